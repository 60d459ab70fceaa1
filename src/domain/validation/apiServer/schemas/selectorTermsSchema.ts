import * as ami from '../cel/amiSelectorRules';
import * as terms from '../cel/selectorTermRules';
import {
  ACCOUNT_ID,
  AMI_ID,
  CAPACITY_RESERVATION_ID,
  SECURITY_GROUP_ID,
  SUBNET_ID,
} from '../patterns';
import { array, map, object, string, type ArraySchema } from '../schema';

/** The selector terms of an EC2NodeClass (karpenter.k8s.aws_ec2nodeclasses.yaml, v1.14.1). */

const TAGS = map(string(), { maxProperties: 20, rules: [terms.selectorTagsNotEmpty] });

export const AMI_SELECTOR_TERMS: ArraySchema = array(
  object({
    alias: string({
      maxLength: 30,
      rules: [ami.aliasFormat, ami.aliasFamily, ami.windowsAliasLatest],
    }),
    id: string({ pattern: AMI_ID }),
    name: string(),
    owner: string(),
    ssmParameter: string(),
    tags: TAGS,
  }),
  {
    minItems: 1,
    maxItems: 30,
    example: '[{alias: al2023@latest}]',
    rules: [ami.amiTermSelects, ami.amiIdAlone, ami.amiAliasAloneInTerm, ami.amiAliasOnlyTerm],
  },
);

export const SUBNET_SELECTOR_TERMS: ArraySchema = array(
  object({ id: string({ pattern: SUBNET_ID }), tags: TAGS }),
  {
    maxItems: 30,
    example: '[{tags: {karpenter.sh/discovery: my-cluster}}]',
    rules: [terms.subnetTermsNotEmpty, terms.subnetTermSelects, terms.subnetIdAlone],
  },
);

export const SECURITY_GROUP_SELECTOR_TERMS: ArraySchema = array(
  object({ id: string({ pattern: SECURITY_GROUP_ID }), name: string(), tags: TAGS }),
  {
    maxItems: 30,
    example: '[{tags: {karpenter.sh/discovery: my-cluster}}]',
    rules: [
      terms.securityGroupTermsNotEmpty,
      terms.securityGroupTermSelects,
      terms.securityGroupIdAlone,
      terms.securityGroupNameAlone,
    ],
  },
);

export const CAPACITY_RESERVATION_SELECTOR_TERMS: ArraySchema = array(
  object({
    id: string({ pattern: CAPACITY_RESERVATION_ID }),
    instanceMatchCriteria: string({ enum: ['open', 'targeted'] }),
    ownerID: string({ pattern: ACCOUNT_ID }),
    tags: TAGS,
  }),
  {
    maxItems: 30,
    rules: [terms.capacityReservationTermSelects, terms.capacityReservationIdAlone],
  },
);
