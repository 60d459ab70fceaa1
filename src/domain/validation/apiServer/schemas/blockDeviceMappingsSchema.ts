import {
  ebsInitializationRateNeedsSnapshot,
  ebsSizeOrSnapshot,
  oneRootVolume,
} from '../cel/ec2NodeClassRules';
import { VOLUME_SIZE } from '../patterns';
import { array, boolean, integer, object, string, type ArraySchema } from '../schema';

/** `spec.blockDeviceMappings` of an EC2NodeClass (karpenter.k8s.aws_ec2nodeclasses.yaml, v1.14.1). */

const EBS = object(
  {
    deleteOnTermination: boolean(),
    encrypted: boolean(),
    // IOPS and throughput ranges depend on the volume type; the CRD leaves them to EC2.
    iops: integer(),
    kmsKeyID: string(),
    snapshotID: string(),
    throughput: integer(),
    volumeInitializationRate: integer({ minimum: 100, maximum: 300 }),
    volumeSize: string({ pattern: VOLUME_SIZE }),
    volumeType: string({ enum: ['standard', 'io1', 'io2', 'gp2', 'sc1', 'st1', 'gp3'] }),
  },
  { rules: [ebsSizeOrSnapshot, ebsInitializationRateNeedsSnapshot] },
);

export const BLOCK_DEVICE_MAPPINGS: ArraySchema = array(
  object({ deviceName: string(), ebs: EBS, rootVolume: boolean() }),
  { maxItems: 50, rules: [oneRootVolume] },
);
