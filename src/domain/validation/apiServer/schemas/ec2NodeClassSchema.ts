import * as ami from '../cel/amiSelectorRules';
import * as nodeClass from '../cel/ec2NodeClassRules';
import { boolean, integer, map, object, string, type ObjectSchema } from '../schema';
import { BLOCK_DEVICE_MAPPINGS } from './blockDeviceMappingsSchema';
import { EC2NODECLASS_STATUS } from './ec2NodeClassStatusSchema';
import {
  CONNECTION_TRACKING,
  CPU_OPTIONS,
  METADATA_OPTIONS,
  NETWORK_INTERFACES,
  PLACEMENT_GROUP_SELECTOR,
} from './instanceOptionsSchema';
import { KUBELET } from './kubeletSchema';
import {
  AMI_SELECTOR_TERMS,
  CAPACITY_RESERVATION_SELECTOR_TERMS,
  SECURITY_GROUP_SELECTOR_TERMS,
  SUBNET_SELECTOR_TERMS,
} from './selectorTermsSchema';

/**
 * EC2NodeClass (karpenter.k8s.aws/v1), transcribed from karpenter.k8s.aws_ec2nodeclasses.yaml of
 * Karpenter v1.14.1.
 */

const SPEC = object(
  {
    amiFamily: string({
      enum: [
        'AL2',
        'AL2023',
        'Bottlerocket',
        'Custom',
        'Windows2019',
        'Windows2022',
        'Windows2025',
      ],
    }),
    amiSelectorTerms: AMI_SELECTOR_TERMS,
    associatePublicIPAddress: boolean(),
    blockDeviceMappings: BLOCK_DEVICE_MAPPINGS,
    capacityReservationSelectorTerms: CAPACITY_RESERVATION_SELECTOR_TERMS,
    connectionTracking: CONNECTION_TRACKING,
    context: string(),
    cpuOptions: CPU_OPTIONS,
    detailedMonitoring: boolean(),
    instanceProfile: string({ rules: [nodeClass.instanceProfileNotEmpty] }),
    instanceStorePolicy: string({ enum: ['RAID0'] }),
    ipPrefixCount: integer({ minimum: 0 }),
    kubelet: KUBELET,
    metadataOptions: METADATA_OPTIONS,
    networkInterfaces: NETWORK_INTERFACES,
    placementGroupSelector: PLACEMENT_GROUP_SELECTOR,
    role: string({ rules: [nodeClass.roleNotEmpty] }),
    securityGroupSelectorTerms: SECURITY_GROUP_SELECTOR_TERMS,
    subnetSelectorTerms: SUBNET_SELECTOR_TERMS,
    tags: map(string(), {
      rules: [
        nodeClass.tagKeyNotEmpty,
        nodeClass.tagEksClusterName,
        nodeClass.tagKubernetesCluster,
        nodeClass.tagNodePool,
        nodeClass.tagNodeClaim,
        nodeClass.tagEC2NodeClass,
      ],
    }),
    userData: string(),
  },
  {
    required: ['amiSelectorTerms', 'securityGroupSelectorTerms', 'subnetSelectorTerms'],
    rules: [
      nodeClass.roleOrInstanceProfile,
      ami.amiFamilyAl2,
      ami.amiFamilyAl2023,
      ami.amiFamilyBottlerocket,
      ami.amiFamilyWindows2019,
      ami.amiFamilyWindows2022,
      ami.amiFamilyWindows2025,
      ami.amiFamilyWithoutAlias,
    ],
  },
);

/**
 * The whole manifest but `metadata`, which the API server checks as ObjectMeta. Unlike a
 * NodePool's, this root does not require `spec`: an EC2NodeClass without one is accepted.
 */
export const EC2NODECLASS_SCHEMA: ObjectSchema = object({
  apiVersion: string(),
  kind: string(),
  spec: SPEC,
  status: EC2NODECLASS_STATUS,
});
