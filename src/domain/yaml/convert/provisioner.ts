/**
 * `karpenter.sh/v1alpha5` Provisioner -> `karpenter.sh/v1` NodePool: the karpenter.sh "v1beta1
 * Migration" guide, "Provisioner -> NodePool" (aws/karpenter-provider-aws website/content/en/
 * v1.0/upgrading/v1beta1-migration.md), then the v1 rules of nodePool.ts, in one step. The
 * v1alpha5 fields are those of kubernetes-sigs/karpenter pkg/apis/v1alpha5/provisioner.go.
 */
import {
  EC2NODECLASS_API_VERSION,
  EC2NODECLASS_GROUP,
  EC2NODECLASS_KIND,
  NODEPOOL_API_VERSION,
} from '../../karpenter/model/types';
import { isObject } from '../../lib/isObject';
import { nodeClassSpecFromV1alpha1 } from './awsNodeTemplate';
import { MANIFEST_KEY_ORDER, Notes, type Conversion } from './conversion';
import { asObject, asString, clone, objectOf, withKey, withKeysFirst, type Json } from './json';
import { kubeletOf } from './kubeletMove';
import { apiLabel, nameOf } from './olderApis';
import { movePoolKubelet } from './poolKubelet';
import {
  durationOf,
  nodeAnnotationsV1,
  nodeClassRefV1,
  noteForcefulExpiry,
  requirementsV1,
} from './poolRules';

const KNOWN_FIELDS = [
  'annotations',
  'consolidation',
  'kubelet',
  'kubeletConfiguration',
  'labels',
  'limits',
  'provider',
  'providerRef',
  'requirements',
  'startupTaints',
  'taints',
  'ttlSecondsAfterEmpty',
  'ttlSecondsUntilExpired',
  'weight',
];

export function convertProvisioner(provisioner: Json, others: Json[]): Conversion {
  const notes = new Notes();
  const spec = asObject(provisioner.spec) ?? {};
  notes.change(
    'Provisioner is called NodePool since v1beta1: labels, annotations, requirements and taints moved under spec.template; limits and weight stay on spec.',
  );

  const { ref, extra } = nodeClassOf(provisioner, spec, others, notes);
  noteContainerRuntime(spec, notes);
  const requirements = [
    ...requirementsV1(spec.requirements, notes),
    ...droppedDefaults(spec.requirements, notes),
  ];
  const expireAfter = expireAfterOf(spec.ttlSecondsUntilExpired, notes);
  noteForcefulExpiry(expireAfter, notes);

  const templateMetadata = objectOf([
    ['labels', clone(asObject(spec.labels))],
    ['annotations', nodeAnnotationsV1(asObject(spec.annotations), notes)],
  ]);
  const template = objectOf([
    ['metadata', Object.keys(templateMetadata).length > 0 ? templateMetadata : undefined],
    [
      'spec',
      objectOf([
        ['nodeClassRef', ref],
        ['requirements', requirements],
        ['taints', clone(spec.taints)],
        ['startupTaints', clone(spec.startupTaints)],
        ['expireAfter', expireAfter],
      ]),
    ],
  ]);

  const limits = asObject(asObject(spec.limits)?.resources);
  if (limits !== undefined) notes.change('limits.resources became limits.');
  for (const key of Object.keys(spec)) {
    if (!KNOWN_FIELDS.includes(key)) {
      notes.warn(`spec.${key} has no v1 equivalent and was dropped.`);
    }
  }

  const newSpec = objectOf([
    ['template', template],
    ['disruption', disruptionOf(spec, notes)],
    ['limits', clone(limits)],
    ['weight', spec.weight],
  ]);
  const converted = withKeysFirst(
    {
      ...clone(provisioner),
      apiVersion: NODEPOOL_API_VERSION,
      kind: 'NodePool',
      spec: newSpec,
    },
    MANIFEST_KEY_ORDER,
  );
  return {
    from: apiLabel(provisioner),
    converted: [converted, ...extra],
    changes: notes.changes,
    warnings: notes.warnings,
  };
}

/**
 * The class the NodePool points at, and where the kubelet goes. `providerRef` names an
 * AWSNodeTemplate, an EC2NodeClass of the same name after conversion. The inline `spec.provider`
 * "has been deprecated since version v0.7.0 and is now removed ... Any of the fields that you
 * could specify within the `spec.provider` field are now available in the separate `NodeClass`
 * resource" (v1beta1 Migration, "Provider"): it becomes an EC2NodeClass named after the pool.
 */
function nodeClassOf(
  provisioner: Json,
  spec: Json,
  others: Json[],
  notes: Notes,
): { ref: Json; extra: Json[] } {
  const providerRef = asObject(spec.providerRef);
  const provider = asObject(spec.provider);
  if (providerRef !== undefined) {
    if (provider !== undefined) notes.warn('spec.provider was dropped: providerRef wins over it.');
    const className = asString(providerRef.name) ?? '';
    const ref = nodeClassRefV1({ name: className }, new Notes());
    notes.change(
      `providerRef became nodeClassRef {group: ${EC2NODECLASS_GROUP}, kind: ${EC2NODECLASS_KIND}, name: ${className}}: AWSNodeTemplate "${className}" is an EC2NodeClass in v1.`,
    );
    return { ref, extra: movePoolKubelet(provisioner, className, others, notes) };
  }
  if (provider !== undefined) {
    const className = nameOf(provisioner);
    const classNotes = new Notes();
    let classSpec = nodeClassSpecFromV1alpha1(provider, classNotes);
    const kubelet = kubeletOf(provisioner);
    if (kubelet !== undefined) {
      classSpec = withKey(classSpec, 'kubelet', kubelet, ['securityGroupSelectorTerms']);
      notes.change(
        `kubelet moved to EC2NodeClass "${className}": v1 keeps kubelet settings on the EC2NodeClass.`,
      );
    }
    notes.change(
      `spec.provider became EC2NodeClass "${className}", which the NodePool's nodeClassRef names.`,
    );
    classNotes.changes.forEach((line) => notes.change(`EC2NodeClass "${className}": ${line}`));
    classNotes.warnings.forEach((line) => notes.warn(`EC2NodeClass "${className}": ${line}`));
    const taken = others.some(
      (other) =>
        nameOf(other) === className && /NodeClass|NodeTemplate/.test(asString(other.kind) ?? ''),
    );
    if (taken) {
      notes.warn(`This import already has a node class named "${className}"; rename one of them.`);
    }
    const nodeClass = {
      apiVersion: EC2NODECLASS_API_VERSION,
      kind: EC2NODECLASS_KIND,
      metadata: { name: className },
      spec: classSpec,
    };
    return { ref: nodeClassRefV1({ name: className }, new Notes()), extra: [nodeClass] };
  }
  notes.warn(
    'The Provisioner names no providerRef or provider; nodeClassRef set to EC2NodeClass "default": point it at the right class.',
  );
  return { ref: nodeClassRefV1({ name: 'default' }, new Notes()), extra: [] };
}

/**
 * "Support for `spec.template.spec.kubelet.containerRuntime` has been dropped ... EKS 1.24+ only
 * supports containerd as a supported runtime" (v1beta1 Migration, "Provisioner -> NodePool").
 */
function noteContainerRuntime(spec: Json, notes: Notes): void {
  const runtime = asString(asObject(spec.kubeletConfiguration ?? spec.kubelet)?.containerRuntime);
  if (runtime === undefined) return;
  if (runtime === 'containerd') {
    notes.change('kubelet containerRuntime removed: containerd is the only runtime since v1beta1.');
  } else {
    notes.warn(`kubelet containerRuntime ${runtime} removed: nodes run containerd since v1beta1.`);
  }
}

const INSTANCE_TYPE_KEYS = [
  'node.kubernetes.io/instance-type',
  'karpenter.k8s.aws/instance-family',
  'karpenter.k8s.aws/instance-category',
  'karpenter.k8s.aws/instance-generation',
];

/**
 * The requirements v1alpha5 added when a Provisioner left them out (aws/karpenter-provider-aws
 * pkg/apis/v1alpha5/provisioner.go, `SetDefaults`). "Karpenter v1beta1 drops the defaulting
 * logic for the node requirements ... If you were previously relying on this defaulting logic,
 * you will now need to explicitly specify these requirements" (v1beta1 Migration).
 */
function droppedDefaults(requirements: unknown, notes: Notes): Json[] {
  const keys = new Set(
    (Array.isArray(requirements) ? requirements : [])
      .filter(isObject)
      .map((requirement) => asString(requirement.key)),
  );
  const added: Json[] = [];
  const add = (key: string, operator: string, values: string[]) => {
    added.push({ key, operator, values });
    notes.change(
      `Requirement ${key} ${operator} [${values.join(', ')}] written out: v1alpha5 added it by default, later versions do not.`,
    );
  };
  if (!keys.has('kubernetes.io/os')) add('kubernetes.io/os', 'In', ['linux']);
  if (!keys.has('kubernetes.io/arch')) add('kubernetes.io/arch', 'In', ['amd64']);
  if (!keys.has('karpenter.sh/capacity-type')) {
    add('karpenter.sh/capacity-type', 'In', ['on-demand']);
  }
  if (!INSTANCE_TYPE_KEYS.some((key) => keys.has(key))) {
    add('karpenter.k8s.aws/instance-category', 'In', ['c', 'm', 'r']);
    add('karpenter.k8s.aws/instance-generation', 'Gt', ['2']);
  }
  return added;
}

/**
 * "`spec.ttlSecondsUntilExpired` ... has been removed in favor of the `expireAfter` field"
 * (v1beta1 Migration), which v1 moved into the template. v1alpha5 did not expire nodes without
 * it ("Termination due to expiration is disabled if this field is not set"), while v1 defaults
 * to 720h: `Never` keeps the old behaviour.
 */
function expireAfterOf(ttl: unknown, notes: Notes): string {
  if (typeof ttl === 'number') {
    const expireAfter = durationOf(ttl);
    notes.change(
      `ttlSecondsUntilExpired ${ttl} became spec.template.spec.expireAfter ${expireAfter}.`,
    );
    return expireAfter;
  }
  notes.change(
    'expireAfter set to Never: without ttlSecondsUntilExpired the Provisioner never expired nodes, and v1 would default to 720h.',
  );
  return 'Never';
}

/**
 * "The Karpenter `spec.ttlSecondsAfterEmpty` field has been removed in favor of a
 * `consolidationPolicy` and `consolidateAfter` field", and `consolidation.enabled` became
 * `consolidationPolicy: WhenUnderutilized` (v1beta1 Migration, "TTLSecondsAfterEmpty",
 * "Consolidation"), which v1 calls WhenEmptyOrUnderutilized with `consolidateAfter: 0s` (v1
 * Migration). v1alpha5 without either never removed a node for being empty ("Termination due to
 * no utilization is disabled if this field is not set"): `WhenEmpty` after `Never` keeps that.
 */
function disruptionOf(spec: Json, notes: Notes): Json {
  const consolidation = asObject(spec.consolidation)?.enabled === true;
  const ttl = typeof spec.ttlSecondsAfterEmpty === 'number' ? spec.ttlSecondsAfterEmpty : undefined;
  if (consolidation) {
    notes.change(
      'consolidation.enabled became consolidationPolicy WhenEmptyOrUnderutilized (v1beta1 WhenUnderutilized) with consolidateAfter 0s, the required v1 field set to keep the old behaviour.',
    );
    if (ttl !== undefined) {
      notes.warn(
        `ttlSecondsAfterEmpty ${ttl} was dropped: consolidation already removes empty nodes.`,
      );
    }
    return { consolidationPolicy: 'WhenEmptyOrUnderutilized', consolidateAfter: '0s' };
  }
  if (ttl !== undefined) {
    const after = durationOf(ttl);
    notes.change(
      `ttlSecondsAfterEmpty ${ttl} became consolidationPolicy WhenEmpty with consolidateAfter ${after}.`,
    );
    return { consolidationPolicy: 'WhenEmpty', consolidateAfter: after };
  }
  notes.change(
    'consolidationPolicy WhenEmpty with consolidateAfter Never: the Provisioner had neither consolidation nor ttlSecondsAfterEmpty, so it never removed nodes for being empty or underused.',
  );
  return { consolidationPolicy: 'WhenEmpty', consolidateAfter: 'Never' };
}
