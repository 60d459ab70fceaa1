import { describe, expect, it } from 'vitest';
import { designOf, nodeClass, nodePool, workload } from '../../test/fixtures/fixtures';
import { exportDesign } from '../domain/yaml/export/exportDesign';
import { workloadsSectionLine } from './workloadsSection';

describe('the workloads section of the YAML panel', () => {
  it('sits right above the --- that opens the first workload', () => {
    const exported = exportDesign(
      designOf(nodeClass('default'), nodePool('general'), workload('web'), workload('api')),
    );
    const line = workloadsSectionLine(exported);
    const lines = exported.text.split('\n');
    expect(line).toBeDefined();
    // Lines are 1-based: the header goes after `line`, so line + 1 is the separator.
    expect(lines[line ?? 0]).toBe('---');
    expect(lines[(line ?? 0) + 1]).toBe('apiVersion: apps/v1');
    expect(lines.slice(line, (line ?? 0) + 6)).toContain('  name: api');
  });

  it('is at the top when the design holds only workloads, and absent without any', () => {
    expect(workloadsSectionLine(exportDesign(designOf(workload('web'))))).toBe(0);
    expect(workloadsSectionLine(exportDesign(designOf(nodeClass('default'))))).toBeUndefined();
  });
});
