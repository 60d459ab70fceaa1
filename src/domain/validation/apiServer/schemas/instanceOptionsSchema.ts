import {
  connectionTrackingSetsOne,
  placementGroupNameOrId,
  placementGroupSelects,
  primaryInterface,
  uniqueInterfaces,
} from '../cel/ec2NodeClassRules';
import { PLACEMENT_GROUP_ID } from '../patterns';
import { array, integer, object, string, type ArraySchema, type ObjectSchema } from '../schema';

/**
 * The launch options of an EC2NodeClass (karpenter.k8s.aws_ec2nodeclasses.yaml, v1.14.1):
 * instance metadata, network interfaces, connection tracking, CPU options, placement group.
 */

const ENABLED_OR_DISABLED = ['enabled', 'disabled'];

/**
 * IMDS options. Absent, the whole block defaults to IMDSv2 only with a hop limit of 1, which
 * keeps pods from reaching the node's credentials (the EKS best practice the CRD cites); a
 * written block gets each missing field's own default.
 */
export const METADATA_OPTIONS: ObjectSchema = object(
  {
    httpEndpoint: string({ default: 'enabled', enum: ENABLED_OR_DISABLED }),
    httpProtocolIPv6: string({ default: 'disabled', enum: ENABLED_OR_DISABLED }),
    httpPutResponseHopLimit: integer({ default: 1, minimum: 1, maximum: 64 }),
    httpTokens: string({ default: 'required', enum: ['required', 'optional'] }),
  },
  {
    default: {
      httpEndpoint: 'enabled',
      httpProtocolIPv6: 'disabled',
      httpPutResponseHopLimit: 1,
      httpTokens: 'required',
    },
  },
);

export const NETWORK_INTERFACES: ArraySchema = array(
  object(
    {
      deviceIndex: integer({ minimum: 0 }),
      interfaceType: string({ enum: ['interface', 'efa-only'] }),
      networkCardIndex: integer({ minimum: 0 }),
    },
    { required: ['deviceIndex', 'interfaceType', 'networkCardIndex'] },
  ),
  { maxItems: 150, rules: [primaryInterface, uniqueInterfaces] },
);

export const CONNECTION_TRACKING: ObjectSchema = object(
  {
    tcpEstablishedTimeout: integer({ minimum: 60, maximum: 432000 }),
    udpStreamTimeout: integer({ minimum: 60, maximum: 180 }),
    udpTimeout: integer({ minimum: 30, maximum: 60 }),
  },
  { rules: [connectionTrackingSetsOne] },
);

export const CPU_OPTIONS: ObjectSchema = object({
  nestedVirtualization: string({ enum: ENABLED_OR_DISABLED }),
});

export const PLACEMENT_GROUP_SELECTOR: ObjectSchema = object(
  { id: string({ pattern: PLACEMENT_GROUP_ID }), name: string({ minLength: 1 }) },
  { rules: [placementGroupSelects, placementGroupNameOrId] },
);
