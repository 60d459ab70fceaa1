import { beforeEach, describe, expect, it } from 'vitest';
import { fakePlatform } from '../../test/support/fakePlatform';
import { exampleDesign } from '../domain/design/example';
import type { Design } from '../domain/design/types';
import { newWorkloadManifest } from '../domain/kube/workloadManifest';
import { exportDownload } from './exportYaml';
import { createRunner } from './run';
import { toggleIncludeWorkloads } from './toggleYaml';
import { useDesignStore } from '../store/designStore';

function addWorkloadsTo(design: Design): Design {
  const api = newWorkloadManifest('api');
  const nightly = newWorkloadManifest('nightly', 'Job');
  const at = { x: -500, y: 0 };
  return {
    ...design,
    resources: {
      ...design.resources,
      'wl-api': { id: 'wl-api', kind: 'Workload', position: at, manifest: api },
      'wl-nightly': { id: 'wl-nightly', kind: 'Workload', position: at, manifest: nightly },
    },
  };
}

async function downloaded(): Promise<string> {
  const fake = fakePlatform();
  await createRunner(fake.platform)(exportDownload, undefined, 'toolbar');
  const content = fake.record.downloads[0]?.content;
  if (typeof content !== 'string') throw new Error('nothing downloaded');
  return content;
}

beforeEach(() => {
  useDesignStore.getState().leaveShared();
  useDesignStore.setState({ design: exampleDesign(), includeWorkloads: false });
});

describe('Download with workloads in the design', () => {
  it('gives the cluster’s resources byte for byte as before, while the toggle is off', async () => {
    const before = await downloaded();
    useDesignStore.setState({ design: addWorkloadsTo(exampleDesign()) });
    expect(await downloaded()).toBe(before);
  });

  it('follows them with the workloads once they are included', async () => {
    const before = await downloaded();
    useDesignStore.setState({ design: addWorkloadsTo(exampleDesign()) });
    createRunner(fakePlatform().platform)(toggleIncludeWorkloads, undefined, 'panel');
    const text = await downloaded();
    expect(text.startsWith(`${before}---\n`)).toBe(true);
    expect(text.slice(before.length)).toMatch(/kind: Deployment[\s\S]*name: api/);
    expect(text.slice(before.length)).toMatch(/kind: Job[\s\S]*name: nightly/);
  });
});
