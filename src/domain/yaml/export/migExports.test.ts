import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { validateManifest } from '../../../../test/support/crdOracle';
import { addImported } from '../import/importResources';
import { exampleDesign } from '../../design/example';
import { updateEC2NodeClass, updateMigProfile } from '../../design/operations';
import { migProfiles } from '../../design/resources';
import { EMPTY_DESIGN, type Design } from '../../design/types';
import { sequentialIds } from '../../../../test/fixtures/fixtures';
import { typeInPanel } from '../../../../test/yaml/typeInPanel';
import { exportDesign } from './exportDesign';
import { importYaml } from '../import/importYaml';
import { readMigDocuments } from '../import/migDocuments';
import { migPartedConfigMapFor, nodeOverlaysForDesign } from './migExports';
import { migSetup } from './migSetup';

const PROFILE_ID = 'mig-h100-1g';
const MIX = { '3g.40gb': 1, '2g.20gb': 1, '1g.10gb': 2 };

/** The example with its H100 profile turned into a custom mix under a name of its own. */
function customDesign(): Design {
  return updateMigProfile(exampleDesign(), 'mig-h100-1g', {
    config: 'inference-mix',
    devices: MIX,
  });
}

function documents(design: Design): Record<string, unknown>[] {
  return parseAllDocuments(exportDesign(design).text).map(
    (d) => d.toJS() as Record<string, unknown>,
  );
}

describe('documents a MIG profile generates', () => {
  it('a NodeOverlay per instance type of a mixed pool, with GPUs × devices, that the CRD accepts', () => {
    const overlays = nodeOverlaysForDesign(exampleDesign());
    expect(overlays).toEqual([
      {
        apiVersion: 'karpenter.sh/v1alpha1',
        kind: 'NodeOverlay',
        metadata: { name: 'batch-p5.48xlarge' },
        spec: {
          requirements: [
            { key: 'karpenter.sh/nodepool', operator: 'In', values: ['batch'] },
            { key: 'node.kubernetes.io/instance-type', operator: 'In', values: ['p5.48xlarge'] },
          ],
          // all-balanced on an H100 is 3g + 2g + 2 × 1g per GPU, and a p5.48xlarge has eight
          capacity: {
            'nvidia.com/mig-1g.10gb': '16',
            'nvidia.com/mig-2g.20gb': '8',
            'nvidia.com/mig-3g.40gb': '8',
          },
        },
      },
    ]);
    for (const o of overlays) expect(validateManifest(o).errors).toEqual([]);
  });

  it('no overlay for the single strategy, or when overlays are off', () => {
    const single = updateMigProfile(exampleDesign(), 'mig-h100-1g', {
      config: 'all-1g.10gb',
      strategy: 'single',
    });
    expect(nodeOverlaysForDesign(single)).toEqual([]);
    const off = updateMigProfile(exampleDesign(), 'mig-h100-1g', { nodeOverlay: false });
    expect(nodeOverlaysForDesign(off)).toEqual([]);
  });

  it('no ConfigMap while every layout is one of NVIDIA named ones', () => {
    expect(migPartedConfigMapFor(exampleDesign())).toBeUndefined();
  });

  it('the mig-parted ConfigMap for a custom mix, in the operator namespace under config.yaml', () => {
    const configMap = documents(customDesign()).find((d) => d['kind'] === 'ConfigMap');
    expect(configMap).toMatchObject({
      apiVersion: 'v1',
      metadata: { name: 'custom-mig-config', namespace: 'gpu-operator' },
    });
    const data = (configMap?.['data'] as Record<string, string>)['config.yaml'] ?? '';
    expect(parse(data)).toEqual({
      version: 'v1',
      'mig-configs': {
        'all-disabled': [{ devices: 'all', 'mig-enabled': false }],
        'inference-mix': [
          {
            'device-filter': ['0x233010DE', '0x233110DE'],
            devices: 'all',
            'mig-enabled': true,
            'mig-devices': MIX,
          },
        ],
      },
    });
  });

  it('a ConfigMap of the user own makes ours unnecessary', () => {
    const text = exportDesign(customDesign()).text;
    const theirs = text.replace(/name: custom-mig-config/, 'name: team-mig-layouts');
    const read = readMigDocuments(importYaml(theirs, 'cluster.yaml'));
    const { design } = addImported(EMPTY_DESIGN, read, sequentialIds());
    expect(design.others?.map((o) => `${o.kind}/${o.name}`)).toEqual([
      'ConfigMap/team-mig-layouts',
    ]);
    expect(migProfiles(design)[0]?.devices).toEqual(MIX);
    expect(exportDesign(design).text.match(/kind: ConfigMap/g)).toHaveLength(1);
  });
});

describe('reading generated documents back', () => {
  it('an import of the export gives the custom mix and overlays back, and the same text', () => {
    const text = exportDesign(customDesign()).text;
    const read = readMigDocuments(importYaml(text, 'karpenter.yaml'));
    expect(read.others).toEqual([]);
    const { design } = addImported(EMPTY_DESIGN, read, sequentialIds());
    const [profile] = migProfiles(design);
    expect(profile).toMatchObject({
      gpu: 'h100-80gb',
      config: 'inference-mix',
      devices: MIX,
      strategy: 'mixed',
      nodeOverlay: true,
    });
    expect(exportDesign(design).text).toBe(text);
  });

  it('typing a new mix into the ConfigMap in the YAML panel changes the profile', () => {
    const design = customDesign();
    const text = exportDesign(design).text.replace('1g.10gb: 2', '1g.10gb: 1');
    const edited = typeInPanel(design, text);
    expect(edited.errors).toEqual([]);
    expect(edited.design.resources['mig-h100-1g']).toMatchObject({
      devices: { ...MIX, '1g.10gb': 1 },
    });
    expect(edited.design.others ?? []).toEqual([]);
  });

  it('a mix typed into the ConfigMap that cannot be placed is kept as text, with the reason', () => {
    const text = exportDesign(customDesign()).text.replace('1g.10gb: 2', '1g.10gb: 3');
    const read = readMigDocuments(importYaml(text, 'cluster.yaml'));
    expect(read.others.map((o) => o.name)).toEqual(['custom-mig-config']);
    expect(read.messages.map((m) => m.text).join('\n')).toMatch(
      /custom-mig-config" holds a mig-parted config that cannot be used: mig-configs.inference-mix on the H100 80GB uses 8 compute slices/,
    );
  });

  it('leaves the design alone when the panel text is what it exports', () => {
    const design = customDesign();
    expect(typeInPanel(design, exportDesign(design).text).design).toBe(design);
  });

  it('keeps a NodeOverlay the user wrote', () => {
    const overlay = [
      'apiVersion: karpenter.sh/v1alpha1',
      'kind: NodeOverlay',
      'metadata:',
      '  name: spot-discount',
      'spec:',
      '  requirements:',
      '    - key: karpenter.sh/capacity-type',
      '      operator: In',
      '      values: ["spot"]',
      '  priceAdjustment: "-10%"',
      '',
    ].join('\n');
    const read = readMigDocuments(importYaml(overlay, 'overlay.yaml'));
    expect(read.others.map((o) => o.name)).toEqual(['spot-discount']);
    expect(read.messages.map((m) => m.severity)).toEqual(['info']);
  });
});

describe('cluster setup for a profile', () => {
  it('offers userData for the class of its pools, and says which other pools share it', () => {
    const design = updateMigProfile(exampleDesign(), 'mig-h100-1g', { applyWith: 'user-data' });
    const profile = design.resources['mig-h100-1g'];
    if (profile?.kind !== 'MigProfile') throw new Error('no profile');
    const [classData] = migSetup(design, profile).userData;
    expect(classData).toMatchObject({
      className: 'gpu-al2023',
      family: 'AL2023',
      sharedWith: ['gpu-ondemand', 'gpu-spot'],
      result: {
        ok: true,
        text: expect.stringContaining(
          'nvidia-smi mig -cgi 3g.40gb,2g.20gb,1g.10gb,1g.10gb -C',
        ) as unknown,
      },
    });
  });

  it('a sample pod for the largest profile and a cluster-wide mixed strategy', () => {
    const profile = exampleDesign().resources['mig-h100-1g'];
    if (profile?.kind !== 'MigProfile') throw new Error('no profile');
    const setup = migSetup(exampleDesign(), profile);
    expect(setup.samplePod).toContain('nvidia.com/mig-3g.40gb: 1');
    expect(setup.clusterPolicy).toContain('strategy: mixed');
    expect(setup.clusterPolicy).not.toContain('custom-mig-config');
  });
});

describe('generated EC2NodeClass userData', () => {
  it.each(['al2023@latest', 'bottlerocket@latest'])('passes the CRD on a %s class', (alias) => {
    const base = updateMigProfile(exampleDesign(), PROFILE_ID, {
      applyWith: 'user-data',
      config: 'all-1g.10gb',
      strategy: 'single',
    });
    const design = updateEC2NodeClass(base, 'nc-gpu-al2023', (c) => ({
      ...c,
      spec: { ...c.spec, amiSelectorTerms: [{ alias }] },
    }));
    const profile = design.resources[PROFILE_ID];
    if (profile?.kind !== 'MigProfile') throw new Error('no profile');
    const [classData] = migSetup(design, profile).userData;
    if (!classData?.result.ok) throw new Error('no userData');
    const userData = classData.result.text;
    const withUserData = updateEC2NodeClass(design, 'nc-gpu-al2023', (c) => ({
      ...c,
      spec: { ...c.spec, userData },
    }));
    const nodeClass = withUserData.resources['nc-gpu-al2023'];
    if (nodeClass?.kind !== 'EC2NodeClass') throw new Error('no class');
    expect(validateManifest(nodeClass.manifest).errors).toEqual([]);
    expect(userData).toMatch(
      alias.startsWith('al2023') ? /nvidia-smi mig -cgi/ : /"h100.80gb" = "1g.10gb"/,
    );
  });
});
