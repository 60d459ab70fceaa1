import { describe, expect, it } from 'vitest';
import { exampleDesign } from '../../design/example';
import { references } from '../../design/references';
import { sequentialIds } from '../../../../test/fixtures/fixtures';
import { typeInPanel } from '../../../../test/yaml/typeInPanel';
import { exportDesign } from '../export/exportDesign';

const base = exampleDesign();
const text = exportDesign(base).text;
const docs = text.split('---\n');
const indexOf = (name: string) => docs.findIndex((d) => d.includes(`  name: ${name}\n`));

function withDoc(name: string, edit: (doc: string) => string): string {
  const i = indexOf(name);
  return docs.map((d, j) => (j === i ? edit(d) : d)).join('---\n');
}

describe('applyYamlText', () => {
  it('changes nothing when the text is what the design exports', () => {
    const result = typeInPanel(base, text, sequentialIds());
    expect(result.design).toBe(base);
    expect(result.errors).toEqual([]);
  });

  it('adds a resource for a new document, laid out, and wires its reference', () => {
    const added = `${text}---\napiVersion: karpenter.sh/v1\nkind: NodePool\nmetadata:\n  name: typed\nspec:\n  template:\n    spec:\n      nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}\n      requirements: []\n`;
    const { design } = typeInPanel(base, added, sequentialIds());
    const pool = Object.values(design.resources).find(
      (r) => r.kind === 'NodePool' && r.manifest.metadata.name === 'typed',
    );
    expect(pool).toBeDefined();
    expect(references(design).some((r) => r.source === pool?.id && r.target === 'nc-default')).toBe(
      true,
    );
    expect(pool?.position.y).toBeGreaterThan(600);
  });

  it('edits the matched resource in place, keeping its id, position and the typed text', () => {
    const edited = withDoc('general', (d) => d.replace('cpu: "1000"', 'cpu: "2000" # more room'));
    const { design } = typeInPanel(base, edited, sequentialIds());
    const general = design.resources['np-general'];
    expect(general?.kind === 'NodePool' && general.manifest.spec.limits).toEqual({ cpu: '2000' });
    expect(general?.position).toEqual(base.resources['np-general']?.position);
    expect(exportDesign(design).text).toBe(edited);
    // untouched resources keep their identity
    expect(design.resources['np-gpu-spot']).toBe(base.resources['np-gpu-spot']);
  });

  it('treats a renamed document as the same resource', () => {
    const renamed = withDoc('general', (d) =>
      d.replace('  name: general\n', '  name: general-purpose\n'),
    );
    const { design } = typeInPanel(base, renamed, sequentialIds());
    const general = design.resources['np-general'];
    expect(general?.kind === 'NodePool' && general.manifest.metadata.name).toBe('general-purpose');
    expect(Object.keys(design.resources)).toHaveLength(Object.keys(base.resources).length);
  });

  it('deletes the resource of a removed document', () => {
    const i = indexOf('general');
    const without = docs.filter((_, j) => j !== i).join('---\n');
    const { design } = typeInPanel(base, without, sequentialIds());
    expect(design.resources['np-general']).toBeUndefined();
  });

  it('keeps every resource while a document does not parse, and says where', () => {
    const i = indexOf('general');
    const broken = docs
      .map((d, j) =>
        j === i ? 'apiVersion: karpenter.sh/v1\nkind: NodePool\nmetadata: {name: [oops\n' : d,
      )
      .join('---\n');
    const { design, errors } = typeInPanel(base, broken, sequentialIds());
    expect(design.resources['np-general']).toBe(base.resources['np-general']);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.line).toBeGreaterThan(
      text.slice(0, text.indexOf('name: general')).split('\n').length - 5,
    );
  });

  it('detaches a MIG profile when its label is removed from the pool', () => {
    const edited = withDoc('batch', (d) =>
      d.replace(/ {4}metadata:\n {6}labels:\n {8}nvidia.com\/mig.config: all-balanced\n/, ''),
    );
    const { design } = typeInPanel(base, edited, sequentialIds());
    const batch = design.resources['np-batch'];
    expect(batch?.kind).toBe('NodePool');
    expect(batch?.kind === 'NodePool' ? batch.migProfileId : 'not a pool').toBeUndefined();
  });
});
