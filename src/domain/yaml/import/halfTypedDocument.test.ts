import { describe, expect, it } from 'vitest';
import { sequentialIds, sharedClassDesign } from '../../../../test/fixtures/fixtures';
import { typeInPanel } from '../../../../test/yaml/typeInPanel';
import { exportDesign } from '../export/exportDesign';
import { importYaml } from './importYaml';

const design = sharedClassDesign();
const text = exportDesign(design).text;
/** `ondemand` half-typed: a `---` typed into its metadata cuts it in two broken documents. */
const broken = text.replace('  name: ondemand\nspec:\n', '  name: ondemand\n---\n  x: 1\nspec:\n');

describe('a document after a half-typed one', () => {
  it('is read with its own text only, not what the broken one left unread', () => {
    const spot = importYaml(broken, 'YAML panel').nodePools.find(
      (p) => p.manifest.metadata.name === 'spot',
    );
    expect(spot?.source?.text).toMatch(/^apiVersion: karpenter\.sh\/v1\nkind: NodePool\n/);
    expect(spot?.source?.text).not.toContain('---');
  });

  it('keeps the export at the last good state while the text does not parse', () => {
    const { design: next, errors } = typeInPanel(design, broken, sequentialIds());
    expect(errors.length).toBeGreaterThan(0);
    expect(exportDesign(next).text).toBe(text);
  });
});
