/**
 * Whether a mix of MIG profiles fits on one GPU, decided the way the driver decides it: every
 * instance is a block of memory units that may start only at its profile's allowed units, and a
 * mix fits when all blocks can be placed without overlap (NOTES.md 1.4). Summing compute slices
 * is not enough: two 3g.40gb and one 1g.10gb use 7 of an H100's 7 slices and still do not fit,
 * because each 3g block covers four of the eight units.
 */
import { profileOf, type GpuInstanceProfile, type GpuModel } from './gpuModels';

/** How many instances of each profile one GPU gets, e.g. `{ '3g.40gb': 1, '1g.10gb': 4 }`. */
export type MigDevices = Readonly<Record<string, number>>;

export interface PlacedInstance {
  profile: string;
  /** First memory unit the block covers. */
  start: number;
  width: number;
  slices: number;
}

export type PlacementFailure =
  'unknown-profile' | 'bad-count' | 'over-max' | 'media' | 'compute' | 'geometry';

export type Placement =
  | { ok: true; instances: PlacedInstance[] }
  | { ok: false; failure: PlacementFailure; reason: string };

/** The profiles of a layout, one entry per instance, with their counts checked. */
export function layoutEntries(devices: MigDevices): [string, number][] {
  return Object.entries(devices).filter(([, count]) => count !== 0);
}

function fail(failure: PlacementFailure, reason: string): Placement {
  return { ok: false, failure, reason };
}

function startsText(starts: readonly number[]): string {
  return starts.length === 1 ? `only at unit ${starts[0]}` : `only at units ${starts.join(', ')}`;
}

export function placeLayout(gpu: GpuModel, devices: MigDevices): Placement {
  const wanted: GpuInstanceProfile[] = [];
  let slices = 0;
  let media = 0;
  for (const [name, count] of layoutEntries(devices)) {
    const spec = profileOf(gpu, name);
    if (!spec) {
      return fail(
        'unknown-profile',
        `${name} is not a MIG profile of the ${gpu.label} (it offers ${gpu.profiles.map((p) => p.name).join(', ')})`,
      );
    }
    if (!Number.isInteger(count) || count < 0) {
      return fail('bad-count', `the count of ${name} must be a whole number, not ${count}`);
    }
    if (count > spec.max) {
      return fail(
        'over-max',
        `at most ${spec.max} × ${name} fit on one ${gpu.label}, not ${count}`,
      );
    }
    slices += spec.shape.slices * count;
    if (spec.media) media += count;
    for (let i = 0; i < count; i++) wanted.push(spec);
  }
  if (media > 1) {
    return fail(
      'media',
      `only one instance per GPU can hold the media engines (+me, +me.all): the GPU has one set of them, this mix asks for ${media}`,
    );
  }
  const { computeSlices, units } = gpu.family;
  if (slices > computeSlices) {
    return fail('compute', `uses ${slices} compute slices; the ${gpu.label} has ${computeSlices}`);
  }
  // Widest first, and among equals the one with fewest places to go: the search then fails
  // fast. Ties keep the table order so the placement shown is stable.
  const order = wanted
    .map((spec, i) => ({ spec, i }))
    .sort(
      (a, b) =>
        b.spec.shape.width - a.spec.shape.width ||
        a.spec.shape.starts.length - b.spec.shape.starts.length ||
        a.i - b.i,
    )
    .map((x) => x.spec);
  const taken: boolean[] = new Array<boolean>(units).fill(false);
  const placed: PlacedInstance[] = [];
  let deepest = 0;
  const place = (k: number): boolean => {
    deepest = Math.max(deepest, k);
    const spec = order[k];
    if (!spec) return true;
    const { width, starts } = spec.shape;
    for (const start of starts) {
      let free = true;
      for (let u = start; u < start + width; u++) if (taken[u]) free = false;
      if (!free) continue;
      for (let u = start; u < start + width; u++) taken[u] = true;
      placed.push({ profile: spec.name, start, width, slices: spec.shape.slices });
      if (place(k + 1)) return true;
      placed.pop();
      for (let u = start; u < start + width; u++) taken[u] = false;
    }
    return false;
  };
  if (place(0)) {
    return { ok: true, instances: [...placed].sort((a, b) => a.start - b.start) };
  }
  const stuck = order[deepest] ?? order[order.length - 1];
  const before = order.slice(0, deepest);
  const context =
    before.length > 0 ? ` once ${describeCounts(before.map((s) => s.name))} are placed` : '';
  return fail(
    'geometry',
    `uses ${slices} of ${computeSlices} compute slices but does not fit: ${stuck?.name ?? 'an instance'} takes ${stuck?.shape.width ?? 0} of ${units} memory units and may start ${startsText(stuck?.shape.starts ?? [])}, and no such place is free${context}`,
  );
}

function describeCounts(names: string[]): string {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts].map(([n, c]) => (c === 1 ? n : `${c} × ${n}`)).join(' and ');
}

/** A layout as people write it: `3g.40gb + 2 × 1g.10gb`, largest first. */
export function describeLayout(gpu: GpuModel, devices: MigDevices): string {
  const entries = sortedEntries(gpu, devices);
  if (entries.length === 0) return 'MIG on, no instances';
  return entries.map(([n, c]) => (c === 1 ? n : `${c} × ${n}`)).join(' + ');
}

/**
 * The layout's profiles largest first. `nvidia-smi mig -cgi` must get them in this order: the
 * driver picks places itself, and small instances created first can leave no room for a large
 * one (NVIDIA's MIG User Guide: create the 3g instance first).
 */
export function sortedEntries(gpu: GpuModel, devices: MigDevices): [string, number][] {
  const rank = (name: string): number => {
    const spec = profileOf(gpu, name);
    return spec ? spec.shape.width * 100 + spec.shape.slices : 0;
  };
  return layoutEntries(devices).sort(
    ([a], [b]) => rank(b) - rank(a) || (a < b ? -1 : a > b ? 1 : 0),
  );
}

/** Compute slices a layout takes on one GPU (profiles the GPU lacks count none). */
export function usedSlices(gpu: GpuModel, devices: MigDevices): number {
  return layoutEntries(devices).reduce(
    (sum, [name, count]) => sum + (profileOf(gpu, name)?.shape.slices ?? 0) * count,
    0,
  );
}

/** The profiles that could still be added to a layout that fits. */
export function addableProfiles(gpu: GpuModel, devices: MigDevices): GpuInstanceProfile[] {
  return gpu.profiles.filter(
    (p) => placeLayout(gpu, { ...devices, [p.name]: (devices[p.name] ?? 0) + 1 }).ok,
  );
}
