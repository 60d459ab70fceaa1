import { nodePools } from '../../design/resources';
import type { Design } from '../../design/types';
import type { InstanceCatalog } from '../../karpenter/catalog/instanceType';
import { minValuesShortfall } from '../../karpenter/requirements/minValues';
import { poolInstanceTypes, requirementEntries } from '../poolInstanceTypes';
import type { Problem } from '../problem';
import { describeValues, valuesOf } from './instanceValues';

/**
 * A requirement's `minValues` larger than the number of distinct values the instance types the
 * pool allows can span. Karpenter checks it over the pool's own types before any pod (spec 1.4
 * step 4, 1.13; core `cloudprovider/types.go :: SatisfiesMinValues`): with the default
 * `--min-values-policy=Strict` the pool is skipped (event NoCompatibleInstanceTypes, "minValues
 * requirement is not met for label(s)"), so its pods stay Pending. The API server checks only
 * that an In list has at least minValues values, not what the instance types offer.
 */
export function unmetMinValues(design: Design, catalog?: InstanceCatalog): Problem[] {
  if (!catalog) return [];
  const problems: Problem[] = [];
  for (const pool of nodePools(design)) {
    const { types, requirements, manifest } = poolInstanceTypes(design, pool, catalog);
    // No type at all is requirements-no-instance's finding.
    if (types.length === 0) continue;
    const entries = requirementEntries(manifest);
    for (const shortfall of minValuesShortfall(requirements, types)) {
      const { key, minValues, available } = shortfall;
      const at = entries.findLastIndex(
        (e) => e.source.key === key && e.source.minValues !== undefined,
      );
      const values = valuesOf(types, key);
      const spanned =
        available === 0
          ? `none of them has a ${key} label`
          : `they span only ${available} (${describeValues(values)})`;
      problems.push({
        severity: 'warning',
        resourceId: pool.id,
        path: entries[at]?.path ?? 'spec.template.spec.requirements',
        message: `NodePool "${manifest.metadata.name}" asks for minValues ${minValues} on ${key}, but of the ${types.length} instance types its requirements allow, ${spanned}: Karpenter skips the pool ("minValues requirement is not met for label(s)", event NoCompatibleInstanceTypes) unless it runs with --min-values-policy=BestEffort. ${available === 0 ? 'Remove minValues' : `Lower minValues to ${available}`}, or widen the requirements.`,
        rule: 'min-values-unmet',
      });
    }
  }
  return problems;
}
