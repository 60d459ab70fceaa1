import type { DocLink } from './fieldHelp';

/**
 * The documentation pages entries link to, in one place so each URL and anchor is written (and
 * checked) once. Karpenter's anchors are the Hugo ids of the pages' headings (`## spec.weight`
 * becomes `#specweight`); only headings seen in the pages' sources are linked with an anchor,
 * the rest link the page itself.
 */
const KARPENTER = 'https://karpenter.sh/docs/concepts';
const NODEPOOLS = `${KARPENTER}/nodepools/`;
const NODECLASSES = `${KARPENTER}/nodeclasses/`;
const DISRUPTION = `${KARPENTER}/disruption/`;
const SCHEDULING = `${KARPENTER}/scheduling/`;
const MIG_GUIDE = 'https://docs.nvidia.com/datacenter/tesla/mig-user-guide/';
const GPU_OPERATOR_MIG =
  'https://docs.nvidia.com/datacenter/cloud-native/gpu-operator/latest/gpu-operator-mig.html';

const link = (label: string, url: string): DocLink => ({ label, url });

export const NODEPOOL_DOCS = {
  page: link('Karpenter: NodePools', NODEPOOLS),
  name: link('Karpenter: metadata.name', `${NODEPOOLS}#metadataname`),
  labels: link('Karpenter: template labels', `${NODEPOOLS}#spectemplatemetadatalabels`),
  annotations: link(
    'Karpenter: template annotations',
    `${NODEPOOLS}#spectemplatemetadataannotations`,
  ),
  nodeClassRef: link('Karpenter: nodeClassRef', `${NODEPOOLS}#spectemplatespecnodeclassref`),
  taints: link('Karpenter: taints', `${NODEPOOLS}#spectemplatespectaints`),
  startupTaints: link('Karpenter: startupTaints', `${NODEPOOLS}#spectemplatespecstartuptaints`),
  terminationGracePeriod: link(
    'Karpenter: terminationGracePeriod',
    `${NODEPOOLS}#spectemplatespecterminationgraceperiod`,
  ),
  requirements: link('Karpenter: requirements', `${NODEPOOLS}#spectemplatespecrequirements`),
  minValues: link('Karpenter: minValues', `${NODEPOOLS}#min-values`),
  limits: link('Karpenter: spec.limits', `${NODEPOOLS}#speclimits`),
  replicas: link('Karpenter: spec.replicas (static NodePools)', `${NODEPOOLS}#specreplicas`),
} as const;

export const NODECLASS_DOCS = {
  page: link('Karpenter: NodeClasses', NODECLASSES),
  kubelet: link('Karpenter: spec.kubelet', `${NODECLASSES}#speckubelet`),
  amiFamily: link('Karpenter: spec.amiFamily', `${NODECLASSES}#specamifamily`),
  subnets: link('Karpenter: subnetSelectorTerms', `${NODECLASSES}#specsubnetselectorterms`),
  securityGroups: link(
    'Karpenter: securityGroupSelectorTerms',
    `${NODECLASSES}#specsecuritygroupselectorterms`,
  ),
  role: link('Karpenter: spec.role', `${NODECLASSES}#specrole`),
  instanceProfile: link('Karpenter: spec.instanceProfile', `${NODECLASSES}#specinstanceprofile`),
  amis: link('Karpenter: amiSelectorTerms', `${NODECLASSES}#specamiselectorterms`),
  capacityReservations: link(
    'Karpenter: capacityReservationSelectorTerms',
    `${NODECLASSES}#speccapacityreservationselectorterms`,
  ),
  tags: link('Karpenter: spec.tags', `${NODECLASSES}#spectags`),
  metadataOptions: link('Karpenter: spec.metadataOptions', `${NODECLASSES}#specmetadataoptions`),
  blockDeviceMappings: link(
    'Karpenter: spec.blockDeviceMappings',
    `${NODECLASSES}#specblockdevicemappings`,
  ),
  instanceStorePolicy: link(
    'Karpenter: spec.instanceStorePolicy',
    `${NODECLASSES}#specinstancestorepolicy`,
  ),
  userData: link('Karpenter: spec.userData', `${NODECLASSES}#specuserdata`),
  detailedMonitoring: link(
    'Karpenter: spec.detailedMonitoring',
    `${NODECLASSES}#specdetailedmonitoring`,
  ),
  associatePublicIPAddress: link(
    'Karpenter: spec.associatePublicIPAddress',
    `${NODECLASSES}#specassociatepublicipaddress`,
  ),
} as const;

export const DISRUPTION_DOCS = {
  page: link('Karpenter: Disruption', DISRUPTION),
  consolidation: link('Karpenter: Consolidation', `${DISRUPTION}#consolidation`),
  drift: link('Karpenter: Drift', `${DISRUPTION}#drift`),
  expiration: link('Karpenter: Expiration', `${DISRUPTION}#expiration`),
  budgets: link(
    'Karpenter: NodePool disruption budgets',
    `${DISRUPTION}#nodepool-disruption-budgets`,
  ),
} as const;

export const SCHEDULING_DOCS = {
  weighted: link('Karpenter: Weighted NodePools', `${SCHEDULING}#weighted-nodepools`),
  wellKnownLabels: link('Karpenter: well-known labels', `${SCHEDULING}#well-known-labels`),
  page: link('Karpenter: scheduling', SCHEDULING),
} as const;

export const KARPENTER_NODE_OVERLAYS = link(
  'Karpenter: NodeOverlays',
  `${KARPENTER}/nodeoverlays/`,
);

export const NVIDIA_DOCS = {
  migGuide: link('NVIDIA MIG User Guide', MIG_GUIDE),
  migProfiles: link('NVIDIA: supported MIG profiles', `${MIG_GUIDE}supported-mig-profiles.html`),
  gpuOperatorMig: link('NVIDIA GPU Operator with MIG', GPU_OPERATOR_MIG),
} as const;

export const KUBERNETES_DOCS = {
  resources: link(
    'Kubernetes: resource management for pods',
    'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/',
  ),
  taints: link(
    'Kubernetes: taints and tolerations',
    'https://kubernetes.io/docs/concepts/scheduling-eviction/taint-and-toleration/',
  ),
  eviction: link(
    'Kubernetes: node-pressure eviction',
    'https://kubernetes.io/docs/concepts/scheduling-eviction/node-pressure-eviction/',
  ),
  workloads: link('Kubernetes: workloads', 'https://kubernetes.io/docs/concepts/workloads/'),
  nodeAffinity: link(
    'Kubernetes: assigning pods to nodes',
    'https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/',
  ),
  topologySpread: link(
    'Kubernetes: pod topology spread constraints',
    'https://kubernetes.io/docs/concepts/scheduling-eviction/topology-spread-constraints/',
  ),
} as const;

export const AWS_DOCS = {
  createFleet: link(
    'AWS: CreateFleet API',
    'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateFleet.html',
  ),
} as const;
