import { fitClassOf } from './fitClass';
import { ec2NodeClasses, nodePools } from '../../design/resources';
import type { Design, EC2NodeClassResource, NodePoolResource } from '../../design/types';
import { writtenTaints } from '../../karpenter/model/poolTaints';
import type { NodePool } from '../../karpenter/model/types';
import { allocatableOf, capacityOf } from '../../karpenter/catalog/allocatable';
import type { InstanceCatalog } from '../../karpenter/catalog/instanceType';
import {
  nodeClassSettings,
  type NodeClassSettings,
} from '../../karpenter/catalog/nodeClassSettings';
import { addResources, type ResourceList } from '../../karpenter/catalog/resources';
import {
  describeMinValuesShortfall,
  minValuesShortfall,
} from '../../karpenter/requirements/minValues';
import {
  addRequirements,
  labelsAsRequirements,
  requirementsOf,
  type Requirements,
} from '../../karpenter/requirements/requirements';
import { parseQuantity } from '../../lib/quantity';
import { exportedPool } from '../../yaml/export/manifests';
import type { Refusal } from '../plan/refusal';
import { launchCapacityTypes } from './allows';
import { classTypeRequirements, classTypesAdmitted } from './classTypeRequirements';
import {
  daemonSetsTolerating,
  overheadFor,
  type Overhead,
  type PreparedDaemonSet,
} from './daemonSetOverhead';
import { overlaid, type PreparedOverlay } from './overlays';
import { byKarpenterOrder, type DroppedPool, type PoolTemplate } from './poolTemplate';
import { byPrice, type TypeOption } from './typeOption';

const NODEPOOL_LABEL = 'karpenter.sh/nodepool';
const NODECLASS_LABEL = 'karpenter.k8s.aws/ec2nodeclass';

export interface Pools {
  /** The pools that take part, in Karpenter's order. */
  templates: PoolTemplate[];
  dropped: DroppedPool[];
}

function limitsOf(limits: Record<string, string | number> | undefined): ResourceList | undefined {
  if (!limits) return undefined;
  const parsed: Record<string, number> = {};
  for (const [key, value] of Object.entries(limits)) {
    const quantity = parseQuantity(value);
    if (quantity !== undefined) parsed[key] = quantity;
  }
  return parsed;
}

function drop(pool: NodePoolResource, weight: number, refusal: Refusal): DroppedPool {
  return { resourceId: pool.id, name: pool.manifest.metadata.name, weight, refusal };
}

function classFor(design: Design, pool: NodePoolResource): EC2NodeClassResource | undefined {
  const ref = pool.manifest.spec.template.spec.nodeClassRef;
  return ec2NodeClasses(design).find(
    (c) => c.manifest.metadata.name === ref.name && ref.kind === 'EC2NodeClass',
  );
}

/**
 * Every NodePool of the design as Karpenter's provisioner would take it (spec 1.4): static pools
 * and pools whose EC2NodeClass is missing are not Ready and take no part; a pool whose own
 * requirements leave no instance type (or fail minValues) is skipped with the event
 * `NoCompatibleInstanceTypes`.
 */
export function buildPools(
  design: Design,
  catalog: InstanceCatalog,
  daemonSets: readonly PreparedDaemonSet[],
  overlays: readonly PreparedOverlay[],
): Pools {
  const templates: PoolTemplate[] = [];
  const dropped: DroppedPool[] = [];
  for (const pool of nodePools(design)) {
    const manifest = exportedPool(design, pool);
    const weight = manifest.spec.weight ?? 0;
    if (manifest.spec.replicas !== undefined) {
      dropped.push(
        drop(pool, weight, {
          check: 'pool',
          message: 'static NodePool (spec.replicas)',
          explanation:
            'A static NodePool keeps a fixed number of nodes; Karpenter does not provision for pending pods from it.',
          fix: 'Remove spec.replicas to make the pool dynamic.',
          path: 'spec.replicas',
        }),
      );
      continue;
    }
    const nodeClass = classFor(design, pool);
    const className = manifest.spec.template.spec.nodeClassRef.name;
    if (!nodeClass) {
      dropped.push(
        drop(pool, weight, {
          check: 'pool',
          message: `NodePool is not ready: EC2NodeClass "${className}" not found`,
          explanation: `The pool references EC2NodeClass "${className}", which the design does not have, so Karpenter never marks the pool Ready and skips it.`,
          fix: `Connect the pool to an EC2NodeClass, or add one named "${className}".`,
          path: 'spec.template.spec.nodeClassRef.name',
        }),
      );
      continue;
    }
    const template = cachedTemplate(pool, manifest, nodeClass, catalog, daemonSets, overlays);
    if ('refusal' in template) dropped.push(drop(pool, weight, template.refusal));
    else templates.push(template);
  }
  templates.sort(byKarpenterOrder);
  dropped.sort(byKarpenterOrder);
  return { templates, dropped };
}

type Built = PoolTemplate | { refusal: Refusal };

interface CachedTemplate {
  poolId: string;
  nodeClass: EC2NodeClassResource['manifest'];
  catalog: InstanceCatalog;
  daemonSets: readonly PreparedDaemonSet[];
  overlays: readonly PreparedOverlay[];
  built: Built;
}

/** Each pool's template, kept while its manifest and everything it is built from are the same. */
const templates = new WeakMap<NodePool, CachedTemplate>();

/**
 * The pool's template, built again only when the pool itself, its class, the catalog, the
 * DaemonSets or the overlays changed: editing one pool's weight or taints re-plans without
 * rebuilding the other 19 pools' options over 1,363 types.
 */
function cachedTemplate(
  pool: NodePoolResource,
  manifest: NodePool,
  nodeClass: EC2NodeClassResource,
  catalog: InstanceCatalog,
  daemonSets: readonly PreparedDaemonSet[],
  overlays: readonly PreparedOverlay[],
): Built {
  const cached = templates.get(manifest);
  if (
    cached &&
    cached.poolId === pool.id &&
    cached.nodeClass === nodeClass.manifest &&
    cached.catalog === catalog &&
    cached.daemonSets === daemonSets &&
    cached.overlays === overlays
  )
    return cached.built;
  const built = buildTemplate(pool, manifest, nodeClass, catalog, daemonSets, overlays);
  templates.set(manifest, {
    poolId: pool.id,
    nodeClass: nodeClass.manifest,
    catalog,
    daemonSets,
    overlays,
    built,
  });
  return built;
}

function hasKeys(list: ResourceList): boolean {
  for (const _ in list) return true;
  return false;
}

function anyNegative(list: ResourceList): boolean {
  for (const key in list) if (list[key]! < 0) return true;
  return false;
}

interface Options {
  options: readonly TypeOption[];
  unfit: readonly ResourceList[];
  replaced: readonly string[];
}

/** Past this many distinct requirement sets per class setup, the shared options start afresh. */
const SHARED_LIMIT = 256;
const sharedByCatalog = new WeakMap<
  InstanceCatalog,
  WeakMap<NodeClassSettings, Map<string, Options>>
>();

function sharedOptions(
  catalog: InstanceCatalog,
  settings: NodeClassSettings,
): Map<string, Options> {
  let bySettings = sharedByCatalog.get(catalog);
  if (!bySettings)
    sharedByCatalog.set(
      catalog,
      (bySettings = new WeakMap<NodeClassSettings, Map<string, Options>>()),
    );
  let byKey = bySettings.get(settings);
  if (!byKey) bySettings.set(settings, (byKey = new Map<string, Options>()));
  return byKey;
}

/**
 * What a pool's options depend on besides its class's settings: its requirements and template
 * labels. `karpenter.sh/nodepool` and the class label are left out: no instance type carries
 * them, so they admit or refuse none.
 */
function optionsKey(
  requirements: NodePool['spec']['template']['spec']['requirements'],
  labels: Record<string, string> | undefined,
): string {
  return JSON.stringify([requirements, labels ?? {}]);
}

/** The instance types the pool admits, as it sees them: allocatable, overhead, price; cheapest first. */
function typeOptions(
  requirements: Requirements,
  poolBase: Requirements,
  settings: NodeClassSettings,
  catalog: InstanceCatalog,
  running: readonly PreparedDaemonSet[],
  overlays: readonly PreparedOverlay[],
  offered: boolean,
): Options {
  const groups = new Map<string, Overhead>();
  const options: TypeOption[] = [];
  const unfit: ResourceList[] = [];
  const replaced = new Set<string>();
  if (offered) {
    for (const type of classTypesAdmitted(requirements, catalog.types, settings.amiFamily)) {
      // A Windows class changes the OS a type offers (spec 2.1: resolved per EC2NodeClass).
      const typeRequirements = classTypeRequirements(type, settings.amiFamily);
      const extra = overlaid(overlays, poolBase, typeRequirements, type);
      for (const key of extra.replaced) replaced.add(key);
      // Without overlay capacity the type's own (frozen, shared) lists serve every pool.
      const added = hasKeys(extra.capacity);
      const allocatable = added
        ? addResources(allocatableOf(type, settings), extra.capacity)
        : allocatableOf(type, settings);
      const capacity = added
        ? addResources(capacityOf(type, settings), extra.capacity)
        : capacityOf(type, settings);
      // A negative allocatable (kubeReserved larger than the type) fits nothing (resources.Fits).
      if (anyNegative(allocatable)) {
        unfit.push(capacity);
        continue;
      }
      const overhead = overheadFor(running, requirements, typeRequirements, groups);
      options.push({
        type,
        requirements: typeRequirements,
        allocatable,
        capacity,
        daemonOverhead: overhead.requests,
        daemonSets: overhead.names,
        daemonHostPorts: overhead.hostPorts,
        fit: fitClassOf(allocatable, overhead.requests),
        price: extra.price,
      });
    }
  }
  options.sort(byPrice);
  return { options, unfit, replaced: [...replaced].sort() };
}

function buildTemplate(
  pool: NodePoolResource,
  manifest: NodePool,
  nodeClass: EC2NodeClassResource,
  catalog: InstanceCatalog,
  daemonSets: readonly PreparedDaemonSet[],
  overlays: readonly PreparedOverlay[],
): PoolTemplate | { refusal: Refusal } {
  const name = manifest.metadata.name;
  const spec = manifest.spec.template.spec;
  const labels = {
    ...(manifest.spec.template.metadata?.labels ?? {}),
    [NODEPOOL_LABEL]: name,
    [NODECLASS_LABEL]: nodeClass.manifest.metadata.name,
  };
  const poolBase = labelsAsRequirements(labels);
  const requirements = addRequirements(requirementsOf(spec.requirements), poolBase);
  const settings = nodeClassSettings(nodeClass.manifest.spec);
  const taints = writtenTaints(spec.taints);
  const running = daemonSetsTolerating(daemonSets, taints);
  const offered = launchCapacityTypes(requirements).length > 0;

  // Pools that differ only in name, taints and class name (a pool per team) see the same types
  // when no NodeOverlay or DaemonSet tells them apart: their options are built once and shared.
  const sharable = overlays.length === 0 && running.length === 0;
  const key = sharable
    ? optionsKey(spec.requirements, manifest.spec.template.metadata?.labels)
    : '';
  const shared = sharable ? sharedOptions(catalog, settings).get(key) : undefined;
  const { options, unfit, replaced } =
    shared ?? typeOptions(requirements, poolBase, settings, catalog, running, overlays, offered);
  if (sharable && !shared) {
    const byKey = sharedOptions(catalog, settings);
    // Every edit of a pool's requirements adds a key: start afresh rather than grow without end.
    if (byKey.size >= SHARED_LIMIT) byKey.clear();
    byKey.set(key, { options, unfit, replaced });
  }
  if (options.length === 0) {
    return {
      refusal: {
        check: 'pool',
        message: 'nodepool requirements filtered out all available instance types',
        explanation: offered
          ? 'No instance type in the catalog meets all of the pool’s requirements together, so Karpenter skips the pool (event NoCompatibleInstanceTypes).'
          : 'The pool allows only reserved capacity, and the design models no capacity reservations, so it has nothing to launch.',
        fix: 'Widen the requirements (see the problems list for the one that excludes everything).',
        path: 'spec.template.spec.requirements',
        ...(offered ? {} : { uncertain: true }),
      },
    };
  }
  const shortfall = minValuesShortfall(
    requirements,
    options.map((o) => o.type),
  );
  if (shortfall.length > 0) {
    return {
      refusal: {
        check: 'min-values',
        message: describeMinValuesShortfall(shortfall),
        explanation:
          'The pool’s own requirements leave fewer distinct values than its minValues ask for, so Karpenter skips it (event NoCompatibleInstanceTypes).',
        fix: 'Lower minValues or widen the requirement it sits on.',
        path: 'spec.template.spec.requirements',
      },
    };
  }
  return {
    resourceId: pool.id,
    name,
    weight: manifest.spec.weight ?? 0,
    manifest,
    taints,
    requirements,
    options,
    ...(unfit.length > 0 ? { unfit } : {}),
    overlayReplaced: replaced,
    limits: limitsOf(manifest.spec.limits),
  };
}
