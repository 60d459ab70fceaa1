import type { Design, ResourceId } from '../../design/types';
import type { EC2NodeClass, NodePool } from '../../karpenter/model/types';
import { designToManifests } from '../../yaml/export/manifests';
import { problemDetail, problemSentence } from '../apiServer/apiProblem';
import { validateManifest } from '../apiServer/validateManifest';
import type { Problem } from '../problem';

/**
 * Everything the Kubernetes API server would reject in the design's NodePools and
 * EC2NodeClasses, judged on the manifests as they are exported: a pool with a MIG profile is
 * checked with the label and taint the profile adds.
 */
export function apiServerRules(design: Design): Problem[] {
  const problems: Problem[] = [];
  for (const entry of designToManifests(design)) {
    // Documents of other kinds are exported as imported; the designer does not validate them.
    if ('manifest' in entry) problems.push(...problemsOf(entry.resourceId, entry.manifest));
  }
  return problems;
}

// Keyed by the exported manifest, which keeps its identity while its resource is unchanged
// (designToManifests memoises MIG pools), so an edit maps the problems of one resource only.
const cache = new WeakMap<object, { resourceId: ResourceId; problems: Problem[] }>();

function problemsOf(resourceId: ResourceId, manifest: NodePool | EC2NodeClass): Problem[] {
  const cached = cache.get(manifest);
  if (cached?.resourceId === resourceId) return cached.problems;
  const subject = `${manifest.kind} "${manifest.metadata.name}"`;
  const problems = validateManifest(manifest)
    // invalidNames already reports a missing or invalid name, for every kind, with the same
    // nameProblem check: one finding is enough.
    // nodeClassReferences says the same of an empty nodeClassRef.name, with the fix.
    .filter((p) => p.rule !== 'metadata-name' && p.rule !== 'nodeclassref-name')
    .map((p): Problem => ({
      severity: 'error',
      resourceId,
      path: p.path,
      message: `${subject}: ${problemSentence(p)}`,
      detail: problemDetail(p),
      rule: `api:${p.rule}`,
    }));
  cache.set(manifest, { resourceId, problems });
  return problems;
}
