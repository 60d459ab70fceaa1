/**
 * How MIG instances sit on one GPU. A GPU is a row of memory units; each GPU instance profile
 * takes a fixed-width block that may start only at listed units (`nvidia-smi mig -lgipp`), so
 * whether a mix fits is a packing question, not a sum of compute slices. Several GPU models
 * share one geometry; the tables are NVIDIA's placements as collected in
 * shared/reference/mig/NOTES.md, sections 1.2 and 1.5 (MIG User Guide, "Getting Started",
 * `-lgipp` captures on A100, A30, H100, H100 NVL and RTX PRO 6000).
 */

/** A shape of GPU instance: how many compute slices it has and where its block may sit. */
export interface InstanceClass {
  /** Compute (SM) slices. */
  slices: number;
  /** Memory units the block covers. */
  width: number;
  /** Units the block may start at. */
  starts: readonly number[];
}

export interface PlacementFamily {
  id: 'F8' | 'F4' | 'F12' | 'F2';
  /** Memory units across the GPU. */
  units: number;
  computeSlices: number;
  /** Set when no `-lgipp` capture backs the geometry (NOTES.md marks it inferred). */
  inferred?: true;
}

export const F8: PlacementFamily = { id: 'F8', units: 8, computeSlices: 7 };
export const F4: PlacementFamily = { id: 'F4', units: 4, computeSlices: 4 };
export const F12: PlacementFamily = { id: 'F12', units: 12, computeSlices: 4 };
export const F2: PlacementFamily = { id: 'F2', units: 2, computeSlices: 2, inferred: true };

const seq = (n: number, step = 1): number[] => Array.from({ length: n }, (_, i) => i * step);

/** The seven-slice, eight-unit parts (A100, H100, H200, B200, GB200, B300). */
export const F8_CLASSES = {
  '1g': { slices: 1, width: 1, starts: seq(7) },
  /** One compute slice with double memory (`1g.20gb` on an H100). */
  '1g-2m': { slices: 1, width: 2, starts: seq(4, 2) },
  '2g': { slices: 2, width: 2, starts: seq(3, 2) },
  /** Three slices take four units: two 3g fill the GPU although 3 + 3 < 7. */
  '3g': { slices: 3, width: 4, starts: [0, 4] },
  '4g': { slices: 4, width: 4, starts: [0] },
  '7g': { slices: 7, width: 8, starts: [0] },
} as const satisfies Record<string, InstanceClass>;

/** A30: four slices, four units. */
export const F4_CLASSES = {
  '1g': { slices: 1, width: 1, starts: seq(4) },
  '2g': { slices: 2, width: 2, starts: [0, 2] },
  '4g': { slices: 4, width: 4, starts: [0] },
} as const satisfies Record<string, InstanceClass>;

/** RTX PRO 6000 Blackwell: the driver reports a 12-unit grid, a 1-slice instance 3 units wide. */
export const F12_CLASSES = {
  '1g': { slices: 1, width: 3, starts: seq(4, 3) },
  '2g': { slices: 2, width: 6, starts: [0, 6] },
  '4g': { slices: 4, width: 12, starts: [0] },
} as const satisfies Record<string, InstanceClass>;

/** RTX PRO 4500 Blackwell: two halves (inferred, no `-lgipp` capture). */
export const F2_CLASSES = {
  '1g': { slices: 1, width: 1, starts: [0, 1] },
  '2g': { slices: 2, width: 2, starts: [0] },
} as const satisfies Record<string, InstanceClass>;
