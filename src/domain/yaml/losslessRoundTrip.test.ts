import { describe, expect, it } from 'vitest';
import { addImported } from './import/importResources';
import { updateNodePool } from '../design/operations';
import { restoreDesign } from '../design/restore';
import { EMPTY_DESIGN } from '../design/types';
import { sequentialIds } from '../../../test/fixtures/fixtures';
import { exportDesign } from './export/exportDesign';
import { importYaml } from './import/importYaml';

/** A NodePool as people write them: comments, their own key order, flow maps. */
const handWritten = `# Spot capacity for batch jobs
apiVersion: karpenter.sh/v1
kind: NodePool
metadata:
  name: batch # owned by the data team
spec:
  template:
    spec:
      nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}
      requirements:
        # Graviton is cheaper for these jobs
        - key: kubernetes.io/arch
          operator: In
          values: ["arm64"]
  weight: 10
  limits:
    cpu: "500"
`;

function imported(text: string) {
  return addImported(EMPTY_DESIGN, importYaml(text, 'batch.yaml'), sequentialIds());
}

describe('lossless round trip', () => {
  it('exports an imported document byte for byte', () => {
    expect(exportDesign(imported(handWritten).design).text).toBe(handWritten);
  });

  it('keeps comments and key order when a field is edited in the designer', () => {
    const { design, added } = imported(handWritten);
    const edited = updateNodePool(design, added[0] ?? '', (pool) => ({
      ...pool,
      spec: { ...pool.spec, weight: 20 },
    }));
    expect(exportDesign(edited).text).toBe(handWritten.replace('weight: 10', 'weight: 20'));
  });

  it('drops cluster-managed fields from the text but keeps the rest', () => {
    const fromCluster = handWritten.replace(
      '  name: batch # owned by the data team\n',
      '  name: batch # owned by the data team\n  resourceVersion: "4242"\n  uid: 0b1c\n',
    );
    const text = exportDesign(imported(`${fromCluster}status: {}\n`).design).text;
    expect(text).toBe(handWritten);
  });

  it('survives a save and restore with the source text', () => {
    const { design } = imported(handWritten);
    const restored = restoreDesign(JSON.parse(JSON.stringify(design)));
    expect(restored.ok && exportDesign(restored.design).text).toBe(handWritten);
  });
});
