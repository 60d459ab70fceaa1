/** The top-level keys a converted manifest starts with, in this order. */
export const MANIFEST_KEY_ORDER = ['apiVersion', 'kind', 'metadata', 'spec'];

/** What converting one older manifest to v1 produces, for the preview and the import. */
export interface Conversion {
  /** The manifest's API before conversion, e.g. `karpenter.sh/v1beta1 NodePool`. */
  from: string;
  /**
   * The v1 manifest(s). The first is the conversion of the manifest itself. Any further ones are
   * EC2NodeClasses the conversion made or changed: one built from a Provisioner's inline
   * `spec.provider`, or a v1 EC2NodeClass from `context.others` with the pool's kubelet added
   * (it replaces the object of the same kind and name).
   */
  converted: Record<string, unknown>[];
  /** What changed, one user-facing line each. */
  changes: string[];
  /** What needs a human: settings that could not be carried over, guesses to check. */
  warnings: string[];
}

export interface ConversionContext {
  /** The other manifests of the same import: the classes pools point at, the pools that do. */
  others: Record<string, unknown>[];
}

/** Collects the change and warning lines of one conversion. */
export class Notes {
  readonly changes: string[] = [];
  readonly warnings: string[] = [];

  change(line: string): void {
    this.changes.push(line);
  }

  warn(line: string): void {
    this.warnings.push(line);
  }
}
