export const MIG_CONFIG_LABEL = 'nvidia.com/mig.config';

/**
 * The taint key earlier versions of the designer put on MIG pools. Imports still recognise it
 * as part of an attachment; exports now taint by `nvidia.com/mig.config` instead.
 */
export const LEGACY_MIG_TAINT_KEY = 'nvidia.com/mig';

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
