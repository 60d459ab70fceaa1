/**
 * v1 moved `kubelet` from the NodePool to the EC2NodeClass ("API Moves: `Kubelet` was moved to
 * the EC2NodeClass from the NodePool", karpenter.sh v1 Migration, Full Changelog). Pools that
 * share a class must agree on it: "If you have multiple NodePools pointing to the same
 * EC2NodeClass that have different kubeletConfigurations, then you have to manually add more
 * EC2NodeClasses and point their NodePools to them" (same guide, "Kubelet Configuration").
 *
 * The pool's conversion and the class's conversion each see the other in `context.others`; both
 * decide from the same plan here, so a kubelet is dropped from a pool exactly when its class
 * takes it.
 */
import { EC2NODECLASS_KIND, NODEPOOL_API_VERSION } from '../../karpenter/model/types';
import { asObject, asString, clone, sameJson, without, type Json } from './json';
import { isV1NodeClass, nameOf, olderApiOf, OLDER_APIS } from './olderApis';

/** The name a v1beta1 NodePool's nodeClassRef or a Provisioner's providerRef points at. */
export function classNameOf(pool: Json): string | undefined {
  const spec = asObject(pool.spec);
  const api = olderApiOf(pool);
  if (api === 'nodePool') {
    const templateSpec = asObject(asObject(asObject(spec?.template)?.spec));
    return asString(asObject(templateSpec?.nodeClassRef)?.name);
  }
  if (api === 'provisioner') return asString(asObject(spec?.providerRef)?.name);
  return undefined;
}

/**
 * The kubelet settings of an older pool. v1alpha5 called the field `kubeletConfiguration` (the
 * v1beta1 Migration guide's example shows it as `kubelet`, so both are read); `containerRuntime`
 * was dropped in v1beta1, only containerd remains.
 */
export function kubeletOf(pool: Json): Json | undefined {
  const spec = asObject(pool.spec);
  const api = olderApiOf(pool);
  let kubelet: Json | undefined;
  if (api === 'nodePool') kubelet = asObject(asObject(asObject(spec?.template)?.spec)?.kubelet);
  if (api === 'provisioner') kubelet = asObject(spec?.kubeletConfiguration ?? spec?.kubelet);
  if (kubelet === undefined) return undefined;
  const settings = without(kubelet, 'containerRuntime');
  return Object.keys(settings).length > 0 ? clone(settings) : undefined;
}

function isOlderPool(manifest: Json): boolean {
  const api = olderApiOf(manifest);
  return api === 'nodePool' || api === 'provisioner';
}

function isKind(manifest: Json, api: { apiVersion: string; kind: string }): boolean {
  return manifest.apiVersion === api.apiVersion && manifest.kind === api.kind;
}

/**
 * The class among `candidates` a pool will point at once both are v1: the same API generation
 * first (a Provisioner's AWSNodeTemplate, a NodePool's v1beta1 EC2NodeClass), then a v1beta1
 * EC2NodeClass, then one already at v1.
 */
export function referencedClass(pool: Json, candidates: Json[]): Json | undefined {
  const name = classNameOf(pool);
  if (name === undefined) return undefined;
  const named = candidates.filter((candidate) => nameOf(candidate) === name);
  const sameGeneration =
    olderApiOf(pool) === 'provisioner' ? OLDER_APIS.awsNodeTemplate : OLDER_APIS.ec2NodeClass;
  return (
    named.find((candidate) => isKind(candidate, sameGeneration)) ??
    named.find((candidate) => isKind(candidate, OLDER_APIS.ec2NodeClass)) ??
    named.find(isV1NodeClass)
  );
}

export interface KubeletPlan {
  /** The kubelet the class takes: set when every pool that has one agrees. */
  kubelet?: Json;
  /** The pools the kubelet comes from. */
  from: string[];
  /** Pools using the class without a kubelet of their own; in v1 they get the class's. */
  without: string[];
  /** When pools disagree: each distinct kubelet with the pools that set it. */
  conflicting: { pools: string[]; kubelet: Json }[];
}

/** A v1 NodePool pointing at EC2NodeClass `name`: it has no kubelet, and gets the class's. */
function isV1PoolOf(manifest: Json, name: string): boolean {
  if (manifest.apiVersion !== NODEPOOL_API_VERSION || manifest.kind !== 'NodePool') return false;
  const spec = asObject(asObject(asObject(manifest.spec)?.template)?.spec);
  const ref = asObject(spec?.nodeClassRef);
  return ref?.name === name && (ref.kind === undefined || ref.kind === EC2NODECLASS_KIND);
}

/**
 * What becomes of the kubelets of the older pools in `manifests` that point at `nodeClass`.
 * v1 NodePools pointing at it count as pools without a kubelet of their own.
 */
export function planKubelet(nodeClass: Json, manifests: Json[]): KubeletPlan {
  const pools = manifests.filter(
    (manifest) => isOlderPool(manifest) && referencedClass(manifest, manifests) === nodeClass,
  );
  const groups: { pools: string[]; kubelet: Json }[] = [];
  const withoutKubelet = manifests
    .filter((manifest) => isV1PoolOf(manifest, nameOf(nodeClass)))
    .map(nameOf);
  for (const pool of pools) {
    const kubelet = kubeletOf(pool);
    if (kubelet === undefined) {
      withoutKubelet.push(nameOf(pool));
      continue;
    }
    const group = groups.find((g) => sameJson(g.kubelet, kubelet));
    if (group) group.pools.push(nameOf(pool));
    else groups.push({ pools: [nameOf(pool)], kubelet });
  }
  const [only, ...others] = groups;
  if (only !== undefined && others.length === 0) {
    return { kubelet: only.kubelet, from: only.pools, without: withoutKubelet, conflicting: [] };
  }
  return { from: [], without: withoutKubelet, conflicting: groups.length > 1 ? groups : [] };
}

/** `NodePool "a"`, `NodePools "a" and "b"`, `NodePools "a", "b" and "c"`. */
export function poolList(names: string[]): string {
  const quoted = names.map((name) => `"${name}"`);
  const noun = names.length === 1 ? 'NodePool' : 'NodePools';
  if (quoted.length <= 1) return `${noun} ${quoted.join('')}`;
  return `${noun} ${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1) ?? ''}`;
}
