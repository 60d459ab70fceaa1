/** A page that explains something at length. */
export interface DocLink {
  label: string;
  url: string;
}

/**
 * What the designer says about one field, written once: the YAML panel's hover, the inspector's
 * ⓘ and the learn panel all show `help`.
 */
export interface FieldHelp {
  /** What it is and what it does, in a sentence or three, in words a newcomer understands. */
  help: string;
  /** For an enum, what some of its values mean (the YAML panel's completion list). */
  values?: Readonly<Record<string, string>>;
}

/** A field the learn panel explains, and the inspector's ⓘ opens. */
export interface ExplainedField extends FieldHelp {
  /** The heading in the learn panel. */
  title: string;
  /** What happens when it is left out; for a field with a CRD default, that default. */
  default?: string;
  /** The mistake newcomers make most with it. */
  mistake?: string;
  docs: DocLink;
}
