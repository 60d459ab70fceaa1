import { describe, expect, it } from 'vitest';
import { readTestData } from '../../../test/support/testData';
import { gpuOf } from '../../../test/fixtures/fixtures';
import { GPU_MODELS } from './gpuModels';
import { addableProfiles, placeLayout, usedSlices, type MigDevices } from './placement';

const NOTES = readTestData('mig/NOTES.md');

const H100 = gpuOf('h100-80gb');
/** H100 profile names by placement class, as NOTES.md 1.4 counts them. */
const H100_CLASSES: Record<string, string> = {
  '1g': '1g.10gb',
  '1g-2m': '1g.20gb',
  '2g': '2g.20gb',
  '3g': '3g.40gb',
  '4g': '4g.40gb',
  '7g': '7g.80gb',
};

/** `3g+2×1g-2m` -> `{ '3g.40gb': 1, '1g.20gb': 2 }`. */
function fromClasses(text: string): MigDevices {
  const devices: Record<string, number> = {};
  for (const part of text.split('+')) {
    const m = /^(?:(\d+)×)?(.+)$/.exec(part.trim());
    const name = m?.[2] ? H100_CLASSES[m[2]] : undefined;
    if (!m || !name) throw new Error(`cannot read ${part}`);
    devices[name] = (devices[name] ?? 0) + Number(m[1] ?? 1);
  }
  return devices;
}

function key(devices: MigDevices): string {
  return Object.entries(devices)
    .filter(([, c]) => c > 0)
    .sort()
    .map(([n, c]) => `${c}×${n}`)
    .join('+');
}

/** Every multiset of the six F8 classes within each class's maximum. */
function everyF8Layout(): MigDevices[] {
  const names = Object.values(H100_CLASSES);
  const layouts: MigDevices[] = [];
  const walk = (i: number, current: Record<string, number>) => {
    const name = names[i];
    if (name === undefined) {
      layouts.push({ ...current });
      return;
    }
    const max = H100.profiles.find((p) => p.name === name)?.max ?? 0;
    for (let c = 0; c <= max; c++) walk(i + 1, { ...current, [name]: c });
  };
  walk(0, {});
  return layouts.filter((l) => Object.values(l).some((c) => c > 0));
}

describe('placing a MIG layout on one GPU', () => {
  it.each([
    [{ '3g.40gb': 1, '2g.20gb': 1, '1g.10gb': 2 }, true],
    [{ '3g.40gb': 1, '2g.20gb': 1, '1g.10gb': 3 }, false],
    [{ '3g.40gb': 2, '1g.10gb': 1 }, false],
    [{ '4g.40gb': 1, '3g.40gb': 1 }, true],
    [{ '1g.20gb': 4, '1g.10gb': 1 }, false],
    [{ '2g.20gb': 3, '1g.20gb': 1 }, true],
    [{ '4g.40gb': 1, '2g.20gb': 2 }, false],
    [{ '1g.10gb+me': 1, '1g.10gb': 6 }, true],
    [{ '7g.80gb': 1, '1g.10gb': 1 }, false],
  ])('decides NOTES.md 1.4 worked example %o on an H100: fits = %s', (devices, fits) => {
    expect(placeLayout(H100, devices).ok).toBe(fits);
  });

  it('places 3g+2g+2×1g where the NOTES say: 2g@0, 1g@2, 1g@3, 3g@4', () => {
    const placed = placeLayout(H100, { '3g.40gb': 1, '2g.20gb': 1, '1g.10gb': 2 });
    expect(placed.ok && placed.instances.map((i) => `${i.profile}@${i.start}`)).toEqual([
      '2g.20gb@0',
      '1g.10gb@2',
      '1g.10gb@3',
      '3g.40gb@4',
    ]);
  });

  it('refuses two 3g.40gb and a 1g.10gb with the geometry as the reason, not the slice count', () => {
    const placed = placeLayout(H100, { '3g.40gb': 2, '1g.10gb': 1 });
    expect(placed.ok).toBe(false);
    expect(!placed.ok && placed.failure).toBe('geometry');
    expect(!placed.ok && placed.reason).toMatch(/7 of 7 compute slices but does not fit/);
  });

  it('finds exactly the valid and maximal F8 layouts the NOTES list', () => {
    const total = Number(/gives \*\*(\d+)\s+valid non-empty layouts/.exec(NOTES)?.[1]);
    const maximalText = NOTES.slice(NOTES.indexOf('The maximal ones, as class counts:'));
    const listed = maximalText
      .slice(0, maximalText.indexOf('(These are'))
      .match(/`[^`]+`/g)
      ?.map((s) => key(fromClasses(s.slice(1, -1))))
      .sort();
    const valid = everyF8Layout().filter((l) => placeLayout(H100, l).ok);
    const maximal = valid
      .filter((l) => addableProfiles(H100, l).every((p) => p.name.includes('+')))
      .map(key)
      .sort();
    expect(valid).toHaveLength(total);
    expect(total).toBe(77);
    expect(maximal).toEqual(listed);
    expect(maximal).toHaveLength(28);
  });

  it('refuses a profile the GPU does not have, naming the GPU', () => {
    const placed = placeLayout(H100, { '1g.5gb': 1 });
    expect(!placed.ok && placed.failure).toBe('unknown-profile');
    expect(!placed.ok && placed.reason).toMatch(/1g\.5gb is not a MIG profile of the H100 80GB/);
  });

  it('allows one media-engine instance per GPU', () => {
    const placed = placeLayout(gpuOf('a30-24gb'), { '1g.6gb+me': 1, '2g.12gb+me': 1 });
    expect(!placed.ok && placed.failure).toBe('media');
  });

  it.each([
    ['a30-24gb', { '2g.12gb': 2, '1g.6gb': 1 }],
    ['a30-24gb', { '4g.24gb': 1, '1g.6gb': 1 }],
    ['rtx-pro-6000-96gb', { '2g.48gb': 2, '1g.24gb': 1 }],
    ['rtx-pro-6000-96gb', { '4g.96gb': 1, '1g.24gb': 1 }],
    ['rtx-pro-4500-32gb', { '2g.32gb': 1, '1g.16gb': 1 }],
    ['a100-40gb', { '3g.20gb': 2, '1g.5gb': 1 }],
  ])('refuses an over-full mix on the %s: %o', (id, devices) => {
    const placed = placeLayout(gpuOf(id), devices);
    expect(placed.ok).toBe(false);
    expect(!placed.ok && ['compute', 'geometry']).toContain(!placed.ok && placed.failure);
  });

  it.each(GPU_MODELS.map((g) => [g.label, g] as const))(
    'fits every profile of the %s alone at its maximum count, and not one more',
    (_label, model) => {
      for (const p of model.profiles) {
        expect(placeLayout(model, { [p.name]: p.max }).ok).toBe(true);
        expect(placeLayout(model, { [p.name]: p.max + 1 }).ok).toBe(false);
      }
    },
  );
});

describe('usedSlices', () => {
  it('counts compute slices, not memory units', () => {
    const h100 = gpuOf('h100-80gb');
    // two 3g take eight memory units but six of the seven compute slices
    expect(usedSlices(h100, { '3g.40gb': 2 })).toBe(6);
    expect(usedSlices(h100, { '3g.40gb': 1, '2g.20gb': 1, '1g.10gb': 2 })).toBe(7);
  });
});
