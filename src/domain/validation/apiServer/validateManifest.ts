import { isObject } from '../../lib/isObject';
import type { ApiProblem } from './apiProblem';
import { quote } from './apiProblem';
import { decode, toJson } from './decode';
import { evaluateRules } from './evaluateRules';
import { newFindings, report, type Findings } from './findings';
import { checkObjectMeta } from './objectMeta';
import type { ObjectSchema } from './schema';
import { EC2NODECLASS_SCHEMA } from './schemas/ec2NodeClassSchema';
import { NODEPOOL_SCHEMA } from './schemas/nodePoolSchema';
import { checkStructure } from './structure';

export type ManifestKind = 'NodePool' | 'EC2NodeClass';

/** The served versions this engine knows (Karpenter v1.14.1 CRDs). */
export const KINDS: Readonly<Record<ManifestKind, { apiVersion: string; schema: ObjectSchema }>> = {
  NodePool: { apiVersion: 'karpenter.sh/v1', schema: NODEPOOL_SCHEMA },
  EC2NodeClass: { apiVersion: 'karpenter.k8s.aws/v1', schema: EC2NODECLASS_SCHEMA },
};

/** NodePool or EC2NodeClass when apiVersion and kind name a served version, else undefined. */
export function manifestKind(manifest: unknown): ManifestKind | undefined {
  if (!isObject(manifest)) return undefined;
  const { kind, apiVersion } = manifest;
  if (kind !== 'NodePool' && kind !== 'EC2NodeClass') return undefined;
  return KINDS[kind].apiVersion === apiVersion ? kind : undefined;
}

// The design is immutable, so a manifest object always validates the same: an edit makes a new
// object for the edited resource only, and only that one is validated again.
const cache = new WeakMap<object, readonly ApiProblem[]>();

/**
 * What the API server would reject if this manifest were created with `kubectl apply` (strict
 * field validation), per the Karpenter v1.14.1 CRDs: an empty list when it would be accepted.
 */
export function validateManifest(manifest: unknown): readonly ApiProblem[] {
  if (!isObject(manifest)) return replay(manifest);
  let problems = cache.get(manifest);
  if (problems === undefined) {
    problems = Object.freeze(replay(manifest));
    cache.set(manifest, problems);
  }
  return problems;
}

/**
 * The steps of a CREATE: find the CRD version, decode (unknown fields, nulls, defaults), drop
 * `status` (status subresource), validate ObjectMeta and the schema, then, when nothing is
 * mistyped, the CEL rules. Transition rules (`oldSelf`) have nothing to compare on a create.
 */
function replay(manifest: unknown): ApiProblem[] {
  const findings = newFindings();
  const kind = kindProblem(manifest, findings);
  if (kind === undefined || !isObject(manifest)) return findings.problems;
  const { schema } = KINDS[kind];
  const { metadata, ...body } = manifest;
  const decoded = decode(body, schema, '', findings) as Record<string, unknown>;
  delete decoded['status'];
  checkObjectMeta(
    metadata === undefined ? undefined : toJson(metadata, 'metadata', findings),
    findings,
  );
  checkStructure(decoded, schema, '', findings);
  if (!findings.blocksRules) evaluateRules(decoded, schema, '', findings);
  return findings.problems;
}

function kindProblem(manifest: unknown, findings: Findings): ManifestKind | undefined {
  if (!isObject(manifest)) {
    report(findings, '', 'manifest', `a manifest must be an object (got ${quote(manifest)})`);
    return undefined;
  }
  const kind = manifestKind(manifest);
  if (kind !== undefined) return kind;
  const { apiVersion, kind: written } = manifest;
  if (typeof written !== 'string' || written === '') {
    report(findings, 'kind', 'kind', 'is required: NodePool or EC2NodeClass');
  } else if (written !== 'NodePool' && written !== 'EC2NodeClass') {
    report(
      findings,
      'kind',
      'kind',
      `${quote(written)} is not a kind this designer validates: use NodePool or EC2NodeClass`,
    );
  } else {
    const served = KINDS[written].apiVersion;
    const message =
      typeof apiVersion === 'string' && apiVersion !== ''
        ? `${quote(apiVersion)} does not serve ${written}: use ${served}`
        : `is required: ${served} for a ${written}`;
    report(findings, 'apiVersion', 'api-version', message);
  }
  return undefined;
}
