/**
 * The requirements an instance type carries, and which types a set of requirements admits
 * (spec 1.6 step 5 `compatible`, 1.7 last paragraph). Offerings (zone, capacity type, region,
 * zone ID, capacity reservations) are not the type's: the engine checks those against offerings.
 */
import type { InstanceType } from '../catalog/instanceType';
import {
  hasIntersection,
  isNegative,
  requirementDoesNotExist,
  requirementIn,
  type Requirement,
} from './requirement';
import type { Requirements } from './requirements';

const K = 'karpenter.k8s.aws/';
const HYPERVISOR = `${K}instance-hypervisor`;
const TENANCY = `${K}instance-tenancy`;
const WINDOWS_BUILD = 'node.kubernetes.io/windows-build';

/**
 * Keys aws `pkg/providers/instancetype/types.go :: computeRequirements` gives every type from the
 * type alone, read from the catalog's labels: a key the type lacks is DoesNotExist there.
 */
const LABEL_KEYS = [
  'node.kubernetes.io/instance-type',
  'kubernetes.io/arch',
  'kubernetes.io/os',
  `${K}instance-cpu`,
  `${K}instance-cpu-manufacturer`,
  `${K}instance-cpu-sustained-clock-speed-mhz`,
  `${K}instance-memory`,
  `${K}instance-ebs-bandwidth`,
  `${K}instance-network-bandwidth`,
  `${K}instance-category`,
  `${K}instance-capability-flex`,
  `${K}instance-family`,
  `${K}instance-generation`,
  `${K}instance-local-nvme`,
  `${K}instance-size`,
  `${K}instance-gpu-name`,
  `${K}instance-gpu-manufacturer`,
  `${K}instance-gpu-count`,
  `${K}instance-gpu-memory`,
  `${K}instance-accelerator-name`,
  `${K}instance-accelerator-manufacturer`,
  `${K}instance-accelerator-count`,
  `${K}instance-encryption-in-transit-supported`,
  HYPERVISOR,
];

/** Every key a type's requirements define, so the keys `typesAdmitted` compares. */
const TYPE_KEYS: readonly string[] = [...LABEL_KEYS, TENANCY, WINDOWS_BUILD];

/**
 * Types share requirement objects (every m5 type holds the same `instance-family In [m5]`), each
 * with a small id, so `typesAdmitted` judges each distinct requirement once per call and reads a
 * type's requirement for a key as `row[keyIndex]`, without hashing.
 */
const interned: Requirement[] = [];

function intern(requirement: Requirement): number {
  interned.push(requirement);
  return interned.length - 1;
}

/** Per key (by index in TYPE_KEYS): the id of `In [value]` for each value seen. */
const idsByValue = TYPE_KEYS.map(() => new Map<string, number>());
const doesNotExistIds = TYPE_KEYS.map((key) => intern(requirementDoesNotExist(key)));
/** computeRequirements: every type offers both tenancies; the NodeClass/pod narrows them. */
const bothTenanciesId = intern(requirementIn(TENANCY, ['default', 'dedicated']));
const TENANCY_INDEX = TYPE_KEYS.indexOf(TENANCY);
const HYPERVISOR_INDEX = TYPE_KEYS.indexOf(HYPERVISOR);

/** The interned id of the type's requirement for `TYPE_KEYS[i]`, for every i. */
type Row = Int32Array;
const rows = new WeakMap<InstanceType, Row>();

function rowOf(type: InstanceType): Row {
  const cached = rows.get(type);
  if (cached) return cached;
  const row = new Int32Array(TYPE_KEYS.length);
  for (let i = 0; i < TYPE_KEYS.length; i++) {
    const key = TYPE_KEYS[i] ?? '';
    const value = i === HYPERVISOR_INDEX ? (type.labels[key] ?? '') : type.labels[key];
    if (i === TENANCY_INDEX) row[i] = bothTenanciesId;
    else if (value === undefined) row[i] = doesNotExistIds[i] ?? -1;
    else {
      const ids = idsByValue[i];
      let id = ids?.get(value);
      if (id === undefined) {
        id = intern(requirementIn(key, [value]));
        ids?.set(value, id);
      }
      row[i] = id;
    }
  }
  rows.set(type, row);
  return row;
}

function requirementAt(row: Row, i: number): Requirement {
  const requirement = interned[row[i] ?? -1];
  if (!requirement) throw new Error(`no interned requirement for ${TYPE_KEYS[i]}`);
  return requirement;
}

const KEY_INDEX: ReadonlyMap<string, number> = new Map(TYPE_KEYS.map((key, i) => [key, i]));

/**
 * `requirementsOfType(type).get(key)` without building the map: the hot path of minValues,
 * which reads one key over hundreds of types.
 */
export function typeRequirement(type: InstanceType, key: string): Requirement | undefined {
  const i = KEY_INDEX.get(key);
  return i === undefined ? undefined : requirementAt(rowOf(type), i);
}

const byType = new WeakMap<InstanceType, Requirements>();

/**
 * The type's requirements: `In [value]` for each label it has, DoesNotExist for each it lacks
 * (so `instance-gpu-count Gt 0` excludes CPU types). Two readings of computeRequirements: bare
 * metal's hypervisor is `In [""]` (EC2 reports none; the reference page prints it empty), and the
 * catalog is AL2023, so `kubernetes.io/os In [linux]` and `windows-build` DoesNotExist.
 */
export function requirementsOfType(type: InstanceType): Requirements {
  const cached = byType.get(type);
  if (cached) return cached;
  const row = rowOf(type);
  const result = new Map(TYPE_KEYS.map((key, i) => [key, requirementAt(row, i)]));
  byType.set(type, result);
  return result;
}

const rowsByList = new WeakMap<readonly InstanceType[], readonly Row[]>();

function rowsOf(types: readonly InstanceType[]): readonly Row[] {
  let cached = rowsByList.get(types);
  if (!cached) rowsByList.set(types, (cached = types.map(rowOf)));
  return cached;
}

const UNJUDGED = 0;
const ADMITS = 1;
const REJECTS = 2;

/**
 * The types whose requirements intersect `requirements` (core `nodeclaim.go :: compatible`, i.e.
 * `intersectsError(requirementsOfType(type), requirements) === undefined`), in the given order.
 * Only keys both sides define count, so offering and custom keys are left to the caller.
 */
export function typesAdmitted(
  requirements: Requirements,
  types: readonly InstanceType[],
): InstanceType[] {
  const keyIndexes: number[] = [];
  const wanted: Requirement[] = [];
  TYPE_KEYS.forEach((key, i) => {
    const requirement = requirements.get(key);
    if (!requirement) return;
    keyIndexes.push(i);
    wanted.push(requirement);
  });
  if (keyIndexes.length === 0) return types.slice();
  const typeRows = rowsOf(types);
  const verdicts = new Uint8Array(interned.length);
  const admitted: InstanceType[] = [];
  types.forEach((type, t) => {
    const row = typeRows[t];
    if (!row) return;
    for (let c = 0; c < keyIndexes.length; c++) {
      const id = row[keyIndexes[c] ?? 0] ?? 0;
      let verdict = verdicts[id];
      if (verdict === UNJUDGED) {
        const theirs = interned[id];
        const ours = wanted[c];
        const ok =
          theirs !== undefined &&
          ours !== undefined &&
          (hasIntersection(theirs, ours) || (isNegative(theirs) && isNegative(ours)));
        verdicts[id] = verdict = ok ? ADMITS : REJECTS;
      }
      if (verdict === REJECTS) return;
    }
    admitted.push(type);
  });
  return admitted;
}
