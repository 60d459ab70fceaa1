import { beforeEach, describe, expect, it } from 'vitest';
import { fakePlatform } from '../../test/support/fakePlatform';
import { exampleDesign } from '../domain/design/example';
import { PROJECT_FILE_TYPES } from '../domain/share/projectFile';
import { useDesignStore } from '../store/designStore';
import { IMPORT_FILE_TYPES, pickImportFiles } from './importManifests';
import { pickProjectFile } from './projectFile';
import { createRunner } from './run';

const POOL = `apiVersion: karpenter.sh/v1
kind: NodePool
metadata:
  name: picked
spec:
  template:
    spec:
      nodeClassRef: { group: karpenter.k8s.aws, kind: EC2NodeClass, name: default }
      requirements: []
`;

const names = () =>
  Object.values(useDesignStore.getState().design.resources).flatMap((r) =>
    r.kind === 'MigProfile' ? [] : [r.manifest.metadata.name],
  );

beforeEach(() => {
  useDesignStore.getState().leaveShared();
  useDesignStore.setState({ design: exampleDesign(), notices: [] });
});

describe('file pickers', () => {
  it('Import… offers several YAML files and imports what is picked', async () => {
    const { platform, record } = fakePlatform();
    record.choose = [new File([POOL], 'pool.yaml')];
    createRunner(platform)(pickImportFiles, undefined, 'toolbar');
    expect(record.pickers).toEqual([{ accept: IMPORT_FILE_TYPES, multiple: true }]);
    await expect.poll(names).toContain('picked');
  });

  it('Import… opens no picker in a shared design, and says why', () => {
    const { platform, record } = fakePlatform();
    useDesignStore.getState().openShared(exampleDesign());
    createRunner(platform)(pickImportFiles, undefined, 'toolbar');
    expect(record.pickers).toEqual([]);
    expect(useDesignStore.getState().notices.at(-1)?.text).toMatch(/read-only/);
  });

  it('Open project file… offers one project file', () => {
    const { platform, record } = fakePlatform();
    createRunner(platform)(pickProjectFile, undefined, 'start-screen');
    expect(record.pickers).toEqual([{ accept: PROJECT_FILE_TYPES, multiple: false }]);
  });
});
