/**
 * Names of MIG layouts in the GPU Operator's default mig-parted ConfigMap
 * (`default-mig-parted-config`). The MIG manager applies the layout named by a node's
 * `nvidia.com/mig.config` label. These are suggestions: a custom ConfigMap may define others.
 */
export const DEFAULT_MIG_CONFIGS = [
  'all-1g.10gb',
  'all-1g.20gb',
  'all-2g.20gb',
  'all-3g.40gb',
  'all-4g.40gb',
  'all-7g.80gb',
  'all-1g.5gb',
  'all-2g.10gb',
  'all-3g.20gb',
  'all-7g.40gb',
  'all-1g.18gb',
  'all-7g.141gb',
  'all-1g.23gb',
  'all-7g.180gb',
  'all-balanced',
  'all-disabled',
  'all-enabled',
] as const;

export const MIG_CONFIG_LABEL = 'nvidia.com/mig.config';

/**
 * The taint a MIG pool carries so only pods that tolerate it (and so asked for MIG) land there.
 * The GPU Operator's own DaemonSets tolerate `nvidia.com/gpu`; a distinct key keeps MIG pools
 * apart from whole-GPU pools.
 */
export const MIG_TAINT_KEY = 'nvidia.com/mig';

/**
 * A label value: at most 63 characters, alphanumerics with '-', '_' or '.' inside
 * (apimachinery's IsValidLabelValue); a config name is used as one.
 */
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

export function migConfigProblem(config: string): string | undefined {
  if (config.length === 0) return 'a MIG config name is required';
  if (config.length > 63) return 'must be at most 63 characters (it is used as a label value)';
  if (!LABEL_VALUE.test(config)) {
    return "must be letters, digits, '-', '_' or '.', starting and ending with a letter or digit";
  }
  return undefined;
}

/**
 * The name a MIG profile gets when it is recreated from a config label (on import or typing):
 * `all-1g.10gb` -> `all-1g-10gb`, since the profile's name must be a valid object name.
 */
export function profileNameForConfig(config: string): string {
  return (
    config
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'mig-profile'
  );
}
