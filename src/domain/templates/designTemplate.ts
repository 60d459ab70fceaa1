import type { Design } from '../design/types';

/** A page of the Karpenter or NVIDIA documentation that a template's choices rest on. */
export interface TemplateDoc {
  label: string;
  url: string;
}

/**
 * A ready-made design for the templates gallery: a common Karpenter layout a user can open and
 * adapt instead of wiring pools and classes from scratch.
 */
export interface DesignTemplate {
  /** Stable, for links and tests; never shown. */
  id: string;
  title: string;
  /** One paragraph of two to four sentences: what the design shows and why it is built so. */
  summary: string;
  docs: readonly TemplateDoc[];
  /** A new design on every call, so editing what one call returned never changes the gallery. */
  build: () => Design;
}
