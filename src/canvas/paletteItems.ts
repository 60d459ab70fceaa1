import { KINDS, RESOURCE_KINDS } from '../domain/design/kinds';
import type { ResourceKind } from '../domain/design/types';

export const DRAG_MIME = 'application/x-nodepool-designer-kind';

export interface PaletteItem {
  kind: ResourceKind;
  testId: string;
  label: string;
  hint: string;
  variant: string;
}

/** One entry per kind; the test ids are `palette-nodepool`, `palette-ec2nodeclass`... (CONTRACT.md). */
export const PALETTE_ITEMS: readonly PaletteItem[] = RESOURCE_KINDS.map((kind) => ({
  kind,
  testId: `palette-${kind.toLowerCase()}`,
  label: KINDS[kind].label,
  hint: KINDS[kind].paletteHint,
  variant: KINDS[kind].variant,
}));
