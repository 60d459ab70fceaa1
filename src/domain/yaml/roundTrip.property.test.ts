import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateYamlDocuments } from '../../../test/support/crdOracle';
import { addImported } from './import/importResources';
import { references } from '../design/references';
import { EMPTY_DESIGN, type Design, type Resource } from '../design/types';
import { applyMigProfile, detachMigProfile } from '../mig/migAttachment';
import { sequentialIds } from '../../../test/fixtures/fixtures';
import { exportDesign } from './export/exportDesign';
import { importYaml } from './import/importYaml';
import { readMigDocuments } from './import/migDocuments';
import { migDocuments } from './export/migExports';
import { designArbitrary } from '../../../test/yaml/designArbitrary';

/** A hundred runs keep the suite quick; `ROUND_TRIP_RUNS=5000` searches deeper by hand. */
const RUNS = { numRuns: Number(process.env.ROUND_TRIP_RUNS ?? 100) };

function reimported(design: Design): { design: Design; text: string } {
  const text = exportDesign(design).text;
  const read = readMigDocuments(importYaml(text, 'karpenter.yaml'));
  expect(read.messages.filter((m) => m.severity !== 'info')).toEqual([]);
  return { design: addImported(EMPTY_DESIGN, read, sequentialIds()).design, text };
}

/** How a resource is told apart without its id: kind and name, MIG profiles by their layout. */
function handle(resource: Resource | undefined): string {
  if (!resource) return '(missing)';
  if (resource.kind === 'MigProfile')
    return `MigProfile:${resource.gpu}/${resource.config}/${JSON.stringify(resource.devices ?? null)}`;
  return `${resource.kind}:${resource.manifest.metadata.name}`;
}

function manifestsByHandle(design: Design): Record<string, unknown> {
  const manifests: Record<string, unknown> = {};
  for (const r of Object.values(design.resources)) {
    if (r.kind !== 'MigProfile') manifests[handle(r)] = r.manifest;
  }
  return manifests;
}

/**
 * The manifests an import can give back: an attached profile pins its GPU, replacing the pool's
 * own requirements on the GPU keys, so a pool comes back as export-then-detach made it.
 */
function expectedManifests(design: Design): Record<string, unknown> {
  const manifests = manifestsByHandle(design);
  for (const r of Object.values(design.resources)) {
    const profile = r.kind === 'NodePool' && r.migProfileId && design.resources[r.migProfileId];
    if (r.kind === 'NodePool' && profile && profile.kind === 'MigProfile')
      manifests[handle(r)] = detachMigProfile(applyMigProfile(r.manifest, profile)).manifest;
  }
  return manifests;
}

/** Pool name -> the config of the MIG profile attached to it. */
function migAttachments(design: Design): Record<string, string> {
  const attached: Record<string, string> = {};
  for (const r of Object.values(design.resources)) {
    const profile = r.kind === 'NodePool' && r.migProfileId && design.resources[r.migProfileId];
    if (r.kind === 'NodePool' && profile && profile.kind === 'MigProfile')
      attached[r.manifest.metadata.name] = profile.config;
  }
  return attached;
}

/** The canvas's edges, by the handles of their ends. */
function edgesByHandle(design: Design): string[] {
  return references(design)
    .map((e) => `${handle(design.resources[e.source])} -> ${handle(design.resources[e.target])}`)
    .sort();
}

describe('a random valid design, exported and imported again', () => {
  it('exports documents the CRDs accept, one per EC2NodeClass and NodePool and NodeOverlay', () => {
    fc.assert(
      fc.property(designArbitrary, (design) => {
        const documents = Object.values(design.resources).filter((r) => r.kind !== 'MigProfile');
        const overlays = migDocuments(design).filter(
          (d) => (d.manifest as { kind: string }).kind === 'NodeOverlay',
        );
        // The mig-parted ConfigMap is core Kubernetes, not a Karpenter CRD: its test is its own.
        const karpenterDocs = exportDesign(design)
          .text.split(/^---\n/m)
          .filter((d) => !/^kind: ConfigMap$/m.test(d))
          .join('---\n');
        const results = validateYamlDocuments(karpenterDocs);
        expect(results).toHaveLength(documents.length + overlays.length);
        expect(results.flatMap((r) => r.errors)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('gives back the same manifests, MIG attachments and references', () => {
    fc.assert(
      fc.property(designArbitrary, (design) => {
        const { design: back } = reimported(design);
        expect(manifestsByHandle(back)).toStrictEqual(expectedManifests(design));
        expect(migAttachments(back)).toEqual(migAttachments(design));
        expect(edgesByHandle(back)).toEqual(edgesByHandle(design));
      }),
      RUNS,
    );
  });

  it('exports the imported design byte for byte as the first export', () => {
    fc.assert(
      fc.property(designArbitrary, (design) => {
        const { design: back, text } = reimported(design);
        expect(exportDesign(back).text).toBe(text);
      }),
      RUNS,
    );
  });
});
