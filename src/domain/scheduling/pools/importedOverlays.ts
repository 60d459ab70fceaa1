import { parse } from 'yaml';
import type { Design, OtherDocument } from '../../design/types';
import { isObject } from '../../lib/isObject';
import { REQUIREMENT_OPERATORS } from '../../karpenter/facts/wellKnownLabels';
import type { NodeSelectorRequirement, RequirementOperator } from '../../karpenter/model/types';
import type { OverlayManifest } from './overlays';

const read = new WeakMap<OtherDocument, OverlayManifest | null>();

function strings(value: unknown): Record<string, string> | undefined {
  if (!isObject(value)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) {
    if (typeof v === 'string' || typeof v === 'number') out[k] = String(v);
  }
  return out;
}

function isOperator(value: unknown): value is RequirementOperator {
  return REQUIREMENT_OPERATORS.some((op) => op === value);
}

function requirements(value: unknown): NodeSelectorRequirement[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((r): NodeSelectorRequirement[] => {
    if (!isObject(r) || typeof r['key'] !== 'string' || !isOperator(r['operator'])) return [];
    const values = Array.isArray(r['values']) ? r['values'].map(String) : undefined;
    return [
      {
        key: r['key'],
        operator: r['operator'],
        ...(values ? { values } : {}),
      },
    ];
  });
}

/** One imported NodeOverlay document, read leniently: what the scheduler needs, or nothing. */
function overlayOf(other: OtherDocument): OverlayManifest | null {
  let data: unknown;
  try {
    data = parse(other.text, { maxAliasCount: 100 });
  } catch {
    return null;
  }
  if (!isObject(data) || !isObject(data['spec'])) return null;
  const spec = data['spec'];
  const weight = typeof spec['weight'] === 'number' ? spec['weight'] : undefined;
  return {
    metadata: { name: other.name },
    spec: {
      requirements: requirements(spec['requirements']),
      ...(strings(spec['capacity']) ? { capacity: strings(spec['capacity']) } : {}),
      ...(typeof spec['price'] === 'string' ? { price: spec['price'] } : {}),
      ...(typeof spec['priceAdjustment'] === 'string'
        ? { priceAdjustment: spec['priceAdjustment'] }
        : {}),
      ...(weight === undefined ? {} : { weight }),
    },
  };
}

/**
 * NodeOverlays the user brought in their own YAML (kept as other documents): exported with the
 * design, so Karpenter would apply them like the ones the MIG profiles generate.
 */
export function importedOverlays(design: Design): OverlayManifest[] {
  return (design.others ?? []).flatMap((other) => {
    if (other.kind !== 'NodeOverlay' || !other.apiVersion.startsWith('karpenter.sh/')) return [];
    let found = read.get(other);
    if (found === undefined) read.set(other, (found = overlayOf(other)));
    return found ? [found] : [];
  });
}
