import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakePlatform } from '../../test/support/fakePlatform';
import { typeInPanel } from '../../test/yaml/typeInPanel';
import { createRunner } from '../commands/run';
import { exampleDesign } from '../domain/design/example';
import { deleteResources } from '../domain/design/operations';
import type { ProblemLine } from '../domain/validation/problemLines';
import type { TextError } from '../domain/yaml/parse/textError';
import { checkedStore, followDesign } from '../store/checkedDesign';
import * as checker from '../store/checkerEngine';
import { useDesignStore } from '../store/designStore';
import { selectYaml } from '../store/yamlSelectors';
import { minimalEdits, type TextEdit } from './minimalEdits';
import { SAME_FRAME_RESOURCES, startYamlPanelSession, TYPING_PAUSE_MS } from './yamlPanelSession';
import type { YamlViewer } from './yamlViewer';
import { newWorkloadManifest } from '../domain/kube/workloadManifest';

/** A viewer that keeps its text as Monaco would: `show` applies only the minimal edits. */
function fakeViewer(initial: string) {
  const editListeners: ((text: string) => void)[] = [];
  const blurListeners: (() => void)[] = [];
  const state = {
    text: initial,
    focused: false,
    shown: [] as TextEdit[][],
    problems: [] as ProblemLine[],
    errors: [] as TextError[],
    heading: undefined as { afterLine: number; title: string } | undefined,
  };
  const viewer: YamlViewer = {
    onEdit: (listener) => editListeners.push(listener),
    onBlur: (listener) => blurListeners.push(listener),
    hasFocus: () => state.focused,
    show: (yaml) => {
      const edits = minimalEdits(state.text, yaml.text);
      state.shown.push(edits);
      state.text = edits.reduceRight(
        (text, edit) => text.slice(0, edit.start) + edit.text + text.slice(edit.end),
        state.text,
      );
    },
    mark: () => undefined,
    setMarkers: (problems, errors) => {
      state.problems = [...problems];
      state.errors = [...errors];
    },
    revealLine: () => undefined,
    setSectionHeading: (afterLine, title) => {
      state.heading = afterLine === undefined ? undefined : { afterLine, title };
    },
    setReadOnly: () => undefined,
    dispose: () => undefined,
  };
  return {
    viewer,
    state,
    type: (text: string) => {
      state.focused = true;
      state.text = text;
      for (const listener of editListeners) listener(text);
    },
    blur: () => {
      state.focused = false;
      for (const listener of blurListeners) listener();
    },
  };
}

const run = createRunner(fakePlatform().platform);
const design = () => useDesignStore.getState().design;
const poolLimit = () => {
  const general = design().resources['np-general'];
  return general?.kind === 'NodePool' ? general.manifest.spec.limits : undefined;
};

let stop: () => void = () => undefined;
let stopChecking: () => void = () => undefined;
function start() {
  // Problems follow the design a paint later in the app; here at once.
  stopChecking = followDesign(useDesignStore, (work) => {
    work();
    return () => undefined;
  });
  const fake = fakeViewer(selectYaml(useDesignStore.getState()).text);
  // In the app the panel shows a small edit before its frame and a large change a paint later;
  // here both at once, to test what it shows.
  const now = (work: () => void) => {
    work();
    return () => undefined;
  };
  stop = startYamlPanelSession(fake.viewer, run, { afterPaint: now, inThisFrame: now });
  return fake;
}

/** Like start, but the panel's work that waits for a paint waits until `paint()` is called. */
function startWithPaints() {
  const waiting: (() => void)[] = [];
  const fake = fakeViewer(selectYaml(useDesignStore.getState()).text);
  stop = startYamlPanelSession(fake.viewer, run, {
    afterPaint: (work) => {
      waiting.push(work);
      return () => undefined;
    },
  });
  const paint = () => {
    for (const work of waiting.splice(0)) work();
  };
  return { ...fake, paint };
}

/** The example with `count` more copies of its general pool, each under its own name. */
function withPoolCopies(count: number) {
  const base = exampleDesign();
  const general = base.resources['np-general'];
  if (general?.kind !== 'NodePool') throw new Error('the example has no general pool');
  const resources = { ...base.resources };
  for (let i = 0; i < count; i++) {
    const metadata = { ...general.manifest.metadata, name: `copy-${i}` };
    resources[`np-copy-${i}`] = {
      ...general,
      id: `np-copy-${i}`,
      manifest: { ...general.manifest, metadata },
    };
  }
  return { ...base, resources };
}

beforeEach(() => {
  vi.useFakeTimers();
  useDesignStore.setState({ design: exampleDesign(), viewing: undefined, selection: [], checker });
});

afterEach(() => {
  stop();
  stopChecking();
  checkedStore.setState({ checked: undefined });
  vi.useRealTimers();
});

describe('the YAML panel session', () => {
  it('applies what is typed once the typing pauses', () => {
    const panel = start();
    const text = panel.state.text.replace('cpu: "1000"', 'cpu: "2000"');
    panel.type(text);
    vi.advanceTimersByTime(TYPING_PAUSE_MS - 1);
    expect(poolLimit()).toEqual({ cpu: '1000' });
    vi.advanceTimersByTime(1);
    expect(poolLimit()).toEqual({ cpu: '2000' });
  });

  it('replaces the text with minimal edits when the design changes elsewhere', () => {
    const panel = start();
    const before = panel.state.text;
    const edited = before.replace('cpu: "1000"', 'cpu: "3000"');
    useDesignStore.getState().setDesign((d) => typeInPanel(d, edited).design);
    expect(panel.state.text).toBe(selectYaml(useDesignStore.getState()).text);
    expect(panel.state.text).toContain('cpu: "3000"');
    const edits = panel.state.shown.at(-1) ?? [];
    expect(edits.length).toBeGreaterThan(0);
    // only the changed digit's neighbourhood is rewritten, not the document or the text
    for (const edit of edits) expect(edit.end - edit.start).toBeLessThan(20);
  });

  it("shows an edit of a few resources at once, in the edit's own frame", async () => {
    const panel = startWithPaints();
    const edited = panel.state.text.replace('cpu: "1000"', 'cpu: "5000"');
    useDesignStore.getState().setDesign((d) => typeInPanel(d, edited).design);
    // Not inside the store's update (an export that throws must not fail the edit), but before
    // the frame: in a microtask, and with no paint.
    expect(panel.state.text).not.toContain('cpu: "5000"');
    await Promise.resolve();
    expect(panel.state.text).toContain('cpu: "5000"');
    expect(panel.state.text).toBe(selectYaml(useDesignStore.getState()).text);
  });

  it('shows a change of many resources (an import, an undo) once the canvas is painted', () => {
    const panel = startWithPaints();
    const before = panel.state.text;
    useDesignStore.getState().setDesign(() => withPoolCopies(SAME_FRAME_RESOURCES + 1));
    expect(panel.state.text).toBe(before);
    panel.paint();
    expect(panel.state.text).toContain('name: copy-10');
    expect(panel.state.text).toBe(selectYaml(useDesignStore.getState()).text);
  });

  it('does not overwrite typed text with its own echo, and tidies it on blur', () => {
    const panel = start();
    // The last document typed first: the export would put it back in its place.
    const docs = panel.state.text.replace('cpu: "1000"', 'cpu: "4000"').split('---\n');
    const typed = [docs.at(-1), ...docs.slice(0, -1)].join('---\n');
    panel.type(typed);
    vi.advanceTimersByTime(TYPING_PAUSE_MS);
    expect(poolLimit()).toEqual({ cpu: '4000' });
    expect(panel.state.shown).toEqual([]);
    expect(panel.state.text).toBe(typed);
    panel.blur();
    expect(panel.state.text).not.toBe(typed);
    expect(panel.state.text).toBe(selectYaml(useDesignStore.getState()).text);
  });

  it('marks the lines that do not parse, and clears them when fixed', () => {
    const panel = start();
    const good = panel.state.text;
    const broken = good.replace('  name: general\n', '  name: [general\n');
    const line = good.slice(0, good.indexOf('  name: general\n')).split('\n').length;
    panel.type(broken);
    vi.advanceTimersByTime(TYPING_PAUSE_MS);
    expect(panel.state.errors).toHaveLength(1);
    expect(panel.state.errors[0]?.message).toMatch(/^YAML error:/);
    expect(panel.state.errors[0]?.line).toBeGreaterThanOrEqual(line);
    expect(panel.state.errors[0]?.line).toBeLessThan(line + 4);
    // the design keeps its last good state meanwhile, and the text stays as typed on blur
    expect(design().resources['np-general']).toBeDefined();
    panel.blur();
    expect(panel.state.text).toBe(broken);
    panel.type(good);
    vi.advanceTimersByTime(TYPING_PAUSE_MS);
    expect(panel.state.errors).toEqual([]);
  });

  it("marks the design's problems where they are in the typed text", () => {
    useDesignStore.setState({ design: deleteResources(exampleDesign(), ['nc-gpu-al2023']) });
    const panel = start();
    const dangling = () =>
      panel.state.problems.find(
        (l) => l.problem.resourceId === 'np-gpu-spot' && l.problem.rule === 'nodeclassref-dangling',
      )?.line;
    const exported = dangling();
    expect(exported).toBeDefined();
    panel.type(`# one\n# two\n${panel.state.text}`);
    vi.advanceTimersByTime(TYPING_PAUSE_MS);
    expect(dangling()).toBe((exported ?? 0) + 2);
  });

  it('heads the workloads section once the design has one, and drops the heading with it', () => {
    const panel = start();
    expect(panel.state.heading).toBeUndefined();
    const manifest = newWorkloadManifest('web');
    const web = { id: 'wl-web', kind: 'Workload' as const, position: { x: 0, y: 0 }, manifest };
    useDesignStore
      .getState()
      .setDesign((d) => ({ ...d, resources: { ...d.resources, 'wl-web': web } }));
    const lines = panel.state.text.split('\n');
    expect(panel.state.heading?.title).toMatch(/^Workloads — planned here; left out of Download/);
    expect(lines[panel.state.heading?.afterLine ?? 0]).toBe('---');
    expect(lines[(panel.state.heading?.afterLine ?? 0) + 1]).toBe('apiVersion: apps/v1');
    useDesignStore.getState().setDesign(() => exampleDesign());
    expect(panel.state.heading).toBeUndefined();
  });
});
