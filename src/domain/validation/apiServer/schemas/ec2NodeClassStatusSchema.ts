import { array, boolean, object, string, type ObjectSchema } from '../schema';
import { CONDITIONS } from './nodePoolStatusSchema';

/**
 * `status` of an EC2NodeClass. Discarded on create (status subresource), so only its shape
 * matters, for strict unknown-field detection; value constraints are left out.
 */

const REQUIREMENT = object(
  { key: string(), operator: string(), values: array(string()) },
  { required: ['key', 'operator'] },
);

export const EC2NODECLASS_STATUS: ObjectSchema = object({
  amis: array(
    object(
      {
        deprecated: boolean(),
        id: string(),
        name: string(),
        requirements: array(REQUIREMENT),
      },
      { required: ['id', 'requirements'] },
    ),
  ),
  capacityReservations: array(
    object(
      {
        availabilityZone: string(),
        endTime: string(),
        id: string(),
        instanceMatchCriteria: string(),
        instanceType: string(),
        interruptible: boolean(),
        ownerID: string(),
        reservationType: string({ default: 'default' }),
        state: string({ default: 'active' }),
      },
      { required: ['availabilityZone', 'id', 'instanceMatchCriteria', 'instanceType', 'ownerID'] },
    ),
  ),
  conditions: CONDITIONS,
  instanceProfile: string(),
  securityGroups: array(object({ id: string(), name: string() }, { required: ['id'] })),
  subnets: array(
    object({ id: string(), zone: string(), zoneID: string() }, { required: ['id', 'zone'] }),
  ),
});
