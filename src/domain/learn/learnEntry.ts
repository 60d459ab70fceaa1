import type { DocLink } from '../fields/fieldHelp';

/**
 * One explanation in Explain mode: a resource kind, a field, an edge of the canvas or a point of
 * the mental model, in words a newcomer understands, with the page that says it at length.
 *
 * Ids name what is explained: `model:<point>`, `kind:<Kind>`, `edge:<edge>`, and for fields their
 * path in the field catalogue (domain/fields), such as `NodePool:spec.disruption.budgets[].nodes`.
 */
export interface LearnEntry<Id extends string = string> {
  id: Id;
  title: string;
  /** What it is and what it does, in a sentence or three. */
  what: string;
  /** What happens when it is left out; for a field with a CRD default, that default. */
  default?: string;
  /** The mistake newcomers make most with it. */
  mistake?: string;
  docs: DocLink;
}
