import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowserStorage } from '../../test/support/fakeBrowserStorage';
import { fakePlatform } from '../../test/support/fakePlatform';
import { exampleDesign } from '../domain/design/example';
import { EMPTY_DESIGN } from '../domain/design/types';
import { readProjectFile } from '../domain/share/projectFile';
import { loadStorage, writeStored } from '../store/browserStorage';
import { designKey } from '../store/designStorage';
import { useDesignStore } from '../store/designStore';
import { downloadDesignAfterFailure, reloadPage } from './failureRecovery';
import { createRunner } from './run';

beforeEach(() => {
  useDesignStore.getState().leaveShared();
  useDesignStore.setState({
    design: exampleDesign(),
    document: { id: 'mine', name: 'GPU platform' },
  });
});

/** The design in the one project file downloaded. */
function downloadedDesign(downloads: readonly { content: string | Blob }[]) {
  const [only] = downloads;
  const read = readProjectFile(typeof only?.content === 'string' ? only.content : '');
  return read.ok ? read.design : undefined;
}

afterEach(() => {
  useDesignStore.getState().leaveShared();
  vi.unstubAllGlobals();
});

describe('after a failure while drawing', () => {
  it('downloads the design as a project file that opens again', () => {
    const { platform, record } = fakePlatform();
    createRunner(platform)(downloadDesignAfterFailure, undefined, 'page');
    expect(record.downloads.map((d) => d.fileName)).toEqual(['GPU-platform.nodepool.json']);
    expect(downloadedDesign(record.downloads)).toEqual(exampleDesign());
  });

  it('downloads the user’s own design, not the shared one shown over it', () => {
    const { platform, record } = fakePlatform();
    useDesignStore.getState().openShared(EMPTY_DESIGN);
    createRunner(platform)(downloadDesignAfterFailure, undefined, 'page');
    expect(downloadedDesign(record.downloads)).toEqual(exampleDesign());
  });

  it('downloads the stored text itself when the project file cannot be written', async () => {
    fakeBrowserStorage();
    await loadStorage();
    writeStored(designKey('mine'), 'the stored text');
    const { platform, record } = fakePlatform();
    const written = platform.download;
    let calls = 0;
    platform.download = (...args) => {
      calls += 1;
      if (calls === 1) throw new Error('the design cannot be written');
      written(...args);
    };
    createRunner(platform)(downloadDesignAfterFailure, undefined, 'page');
    expect(record.downloads).toEqual([
      { content: 'the stored text', fileName: 'GPU-platform.nodepool.json' },
    ]);
  });

  it('reloads the page through the platform', () => {
    const { platform, record } = fakePlatform();
    createRunner(platform)(reloadPage, undefined, 'page');
    expect(record.reloads).toBe(1);
  });
});
