import { describe, expect, it } from 'vitest';
import { exampleDesign } from '../../../design/example';
import { addImported } from '../../../yaml/import/importResources';
import { withDesignerMigForm } from '../../../design/poolMigProfile';
import { nodePools } from '../../../design/resources';
import { EMPTY_DESIGN, type Design } from '../../../design/types';
import { sequentialIds } from '../../../../../test/fixtures/fixtures';
import { exportDesign } from '../../../yaml/export/exportDesign';
import { importYaml } from '../../../yaml/import/importYaml';
import { validateDesign } from '../../validateDesign';

function migPool(name: string, taints: string, requirements: string): string {
  return `apiVersion: karpenter.sh/v1
kind: NodePool
metadata:
  name: ${name}
spec:
  template:
    metadata:
      labels:
        nvidia.com/mig.config: all-1g.10gb
    spec:
      nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}
      requirements:
${requirements}${taints}`;
}

const H100_NAME = `        - {key: karpenter.k8s.aws/instance-gpu-name, operator: In, values: [h100]}\n`;
const H100_MEMORY = `        - {key: karpenter.k8s.aws/instance-gpu-memory, operator: In, values: ["81920"]}\n`;
const LEGACY_TAINT = `      taints:\n        - {key: nvidia.com/mig, value: "true", effect: NoSchedule}\n`;
const LAYOUT_TAINT = `      taints:\n        - {key: nvidia.com/mig.config, value: all-1g.10gb, effect: NoSchedule}\n`;

function imported(...documents: string[]): Design {
  const read = importYaml(documents.join('---\n'), 'pools.yaml');
  return addImported(EMPTY_DESIGN, read, sequentialIds()).design;
}

function rules(design: Design, pool: string): string[] {
  const id = nodePools(design).find((p) => p.manifest.metadata.name === pool)?.id;
  return validateDesign(design)
    .filter((p) => p.resourceId === id && p.rule.startsWith('mig-pool'))
    .map((p) => p.rule);
}

function messageOf(design: Design, rule: string): string {
  return validateDesign(design).find((p) => p.rule === rule)?.message ?? '';
}

describe('mig-pool-own-form', () => {
  it('says why a legacy taint and a GPU-name pin do less than the designer form', () => {
    const design = imported(migPool('gpu', LEGACY_TAINT, H100_NAME));
    expect(rules(design, 'gpu')).toEqual(['mig-pool-own-form']);
    const message = messageOf(design, 'mig-pool-own-form');
    expect(message).toContain('nvidia.com/mig=true:NoSchedule');
    expect(message).toContain('nvidia.com/mig.config=all-1g.10gb:NoSchedule');
    expect(message).toContain('karpenter.k8s.aws/instance-gpu-memory In [81920]');
  });

  it('leaves an untainted pool to mig-pool-untainted, which names the fix', () => {
    const design = imported(
      migPool('tainted', LAYOUT_TAINT, H100_NAME + H100_MEMORY),
      migPool('bare', '', H100_MEMORY + H100_NAME),
    );
    expect(rules(design, 'bare')).toEqual(['mig-pool-untainted']);
    expect(messageOf(design, 'mig-pool-untainted')).toContain("use the designer's MIG form");
  });

  it('finds nothing in a pool of the designer form, the example, or after the fix', () => {
    const designed = imported(migPool('gpu', LAYOUT_TAINT, H100_NAME + H100_MEMORY));
    expect(nodePools(designed)[0]?.migAdopted).toBeUndefined();
    expect(rules(designed, 'gpu')).toEqual([]);
    const example = imported(exportDesign(exampleDesign()).text);
    expect(validateDesign(example).filter((p) => p.rule === 'mig-pool-own-form')).toEqual([]);

    const legacy = imported(migPool('gpu', LEGACY_TAINT, H100_NAME));
    const fixed = withDesignerMigForm(legacy, nodePools(legacy)[0]?.id ?? '');
    expect(rules(fixed, 'gpu')).toEqual([]);
  });
});
