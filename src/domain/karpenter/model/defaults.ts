import {
  EC2NODECLASS_API_VERSION,
  EC2NODECLASS_GROUP,
  EC2NODECLASS_KIND,
  NODEPOOL_API_VERSION,
  type EC2NodeClass,
  type NodeClassReference,
  type NodePool,
} from './types';

/** The discovery tag the Karpenter getting-started guide puts on subnets and security groups. */
export const DISCOVERY_TAG_KEY = 'karpenter.sh/discovery';
export const DEFAULT_CLUSTER_NAME = 'my-cluster';

export function nodeClassRef(name: string): NodeClassReference {
  return { group: EC2NODECLASS_GROUP, kind: EC2NODECLASS_KIND, name };
}

/**
 * A NodePool like the Karpenter getting-started one: Linux on-demand amd64 from the c/m/r
 * families newer than generation 2, with a CPU limit so a runaway workload cannot buy an
 * unbounded fleet. The CRD requires `consolidateAfter` once `disruption` is present.
 */
export function defaultNodePool(name: string, className: string): NodePool {
  return {
    apiVersion: NODEPOOL_API_VERSION,
    kind: 'NodePool',
    metadata: { name },
    spec: {
      template: {
        spec: {
          nodeClassRef: nodeClassRef(className),
          requirements: [
            { key: 'kubernetes.io/arch', operator: 'In', values: ['amd64'] },
            { key: 'kubernetes.io/os', operator: 'In', values: ['linux'] },
            { key: 'karpenter.sh/capacity-type', operator: 'In', values: ['on-demand'] },
            { key: 'karpenter.k8s.aws/instance-category', operator: 'In', values: ['c', 'm', 'r'] },
            { key: 'karpenter.k8s.aws/instance-generation', operator: 'Gt', values: ['2'] },
          ],
        },
      },
      limits: { cpu: '1000' },
      disruption: { consolidationPolicy: 'WhenEmptyOrUnderutilized', consolidateAfter: '1m' },
    },
  };
}

/** An AL2023 EC2NodeClass that discovers subnets and security groups by the cluster tag. */
export function defaultEC2NodeClass(
  name: string,
  clusterName = DEFAULT_CLUSTER_NAME,
): EC2NodeClass {
  return {
    apiVersion: EC2NODECLASS_API_VERSION,
    kind: EC2NODECLASS_KIND,
    metadata: { name },
    spec: {
      role: `KarpenterNodeRole-${clusterName}`,
      amiSelectorTerms: [{ alias: 'al2023@latest' }],
      subnetSelectorTerms: [{ tags: { [DISCOVERY_TAG_KEY]: clusterName } }],
      securityGroupSelectorTerms: [{ tags: { [DISCOVERY_TAG_KEY]: clusterName } }],
    },
  };
}
