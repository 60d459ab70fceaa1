import type { Resource } from '../../domain/design/types';
import { requirementLines } from '../../domain/karpenter/model/requirementSummary';
import { nodePoolChips } from '../../domain/picture/cardFacts';

/*
 * A full card's parts in CSS pixels (canvas.css at its default font sizes), measured in Chromium:
 * the frame with the kind row and the name, the details' top margin, one detail line, the chips'
 * row. Workloads and MIG profiles add a verdict or a slice bar.
 */
const FRAME = 49;
const DETAILS = 4;
const LINE = 13;
const CHIPS = 17;
const EXTRA: Record<Resource['kind'], number> = {
  NodePool: 0,
  EC2NodeClass: 0,
  MigProfile: 18,
  Workload: 21,
};

/**
 * The height a card will have before it was ever drawn in full: a far-zoom block drawn for a card
 * never measured (a large design opened zoomed out) takes it, so the overview's blocks and edges
 * sit where the cards will be. A few pixels off is invisible at that zoom; the full card's own
 * measure replaces it when the user zooms in.
 */
export function cardHeight(resource: Resource): number {
  let lines: number;
  let chips = false;
  switch (resource.kind) {
    case 'NodePool':
      // The card's own lines and chips (NodePoolNode), so the estimate follows them.
      lines = requirementLines(resource.manifest).length;
      chips = nodePoolChips(resource).length > 0;
      break;
    case 'EC2NodeClass':
      lines = 2;
      break;
    case 'MigProfile':
      lines = 3;
      break;
    case 'Workload':
      lines = 2;
      break;
  }
  return FRAME + DETAILS + LINE * lines + (chips ? CHIPS : 0) + EXTRA[resource.kind];
}
