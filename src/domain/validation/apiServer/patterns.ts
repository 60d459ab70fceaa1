import { pattern } from './schema';

/**
 * The `pattern:` values the two CRDs use (v1.14.1), each written once with what it means.
 * Kubernetes evaluates them with Go's RE2; these patterns use only syntax RE2 and JavaScript
 * read the same way (see the notes on `\s` and `.` at CRON_SCHEDULE).
 */

/** consolidateAfter and expireAfter (Go durations in s/m/h), or Never. */
export const DURATION_OR_NEVER = pattern(
  '^(([0-9]+(s|m|h))+|Never)$',
  'a duration such as 30s, 5m or 1h30m, or Never',
);

/** terminationGracePeriod: a duration, and Never is not allowed. */
export const DURATION = pattern('^([0-9]+(s|m|h))+$', 'a duration such as 30s, 10m or 48h');

/** A budget's duration: minutes and hours only, since cron does not work in seconds. */
export const BUDGET_DURATION = pattern(
  '^((([0-9]+(h|m))|([0-9]+h[0-9]+m))(0s)?)$',
  'hours or minutes such as 8h, 30m or 1h30m',
);

export const BUDGET_NODES = pattern(
  '^((100|[0-9]{1,2})%|[0-9]+)$',
  'a node count such as 5, or a percentage from 0% to 100% such as 10%',
);

/**
 * Either a macro (anchored at the start only) or five whitespace-separated fields (anchored at
 * the end only), as upstream writes it. RE2's `\s` is ASCII whitespace and its `.` matches `\r`,
 * where JavaScript's `\s` also matches Unicode spaces: schedules differing only in such
 * characters are judged differently (noted in the report on parity).
 */
export const CRON_SCHEDULE = pattern(
  '^(@(annually|yearly|monthly|weekly|daily|midnight|hourly))|((.+)\\s(.+)\\s(.+)\\s(.+)\\s(.+))$',
  'a cron schedule of five fields such as "0 9 * * mon-fri", or a macro such as @daily',
);

const QUANTITY_BODY =
  '(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?';

/** A Kubernetes resource.Quantity: 1000, 1.5, 500m, 4000Gi, 1e3. */
export const QUANTITY = pattern(`^${QUANTITY_BODY}$`, 'a quantity such as 1000, 500m or 4000Gi');

/** Kubelet eviction thresholds: a percentage (two decimals at most), a quantity, or empty. */
export const EVICTION_THRESHOLD = pattern(
  `^((\\d{1,2}(\\.\\d{1,2})?|100(\\.0{1,2})?)%||${QUANTITY_BODY})$`,
  'a percentage such as 10% or a quantity such as 500Mi',
);

/** apimachinery's label value: empty, or alphanumerics with '-', '_', '.' inside. */
export const LABEL_VALUE = pattern(
  '^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$',
  "a label value: letters, digits, '-', '_' or '.', starting and ending with a letter or digit",
);

/** Requirement keys and taint keys and values: an optional DNS prefix and '/', then a name. */
export const QUALIFIED_NAME = pattern(
  '^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*(\\/))?([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$',
  "an optional lowercase DNS prefix and '/', then letters, digits, '-', '_' or '.', starting and ending with a letter or digit (e.g. example.com/gpu)",
);

/** nodeClassRef.group: a group, not a group/version. */
export const API_GROUP = pattern(
  '^[^/]*$',
  'an API group without a version, such as karpenter.k8s.aws',
);

// EC2 ids. The AMI, subnet and security group patterns are unanchored upstream, so any text that
// contains an id passes; the capacity reservation, owner and placement group ones are anchored.
export const AMI_ID = pattern('ami-[0-9a-z]+', 'an AMI id such as ami-0123456789abcdef0');
export const SUBNET_ID = pattern(
  'subnet-[0-9a-z]+',
  'a subnet id such as subnet-0123456789abcdef0',
);
export const SECURITY_GROUP_ID = pattern(
  'sg-[0-9a-z]+',
  'a security group id such as sg-0123456789abcdef0',
);
export const CAPACITY_RESERVATION_ID = pattern(
  '^cr-[0-9a-z]+$',
  'a capacity reservation id such as cr-0123456789abcdef0',
);
export const ACCOUNT_ID = pattern('^[0-9]{12}$', 'a 12-digit AWS account id');
export const PLACEMENT_GROUP_ID = pattern(
  '^pg-[0-9a-z]+$',
  'a placement group id such as pg-0123456789abcdef0',
);

/** EBS sizes up to 59000Gi, 64000G, 58Ti or 64T (upstream's empty alternative also passes a bare `Ti` or `T`). */
export const VOLUME_SIZE = pattern(
  '^((?:[1-9][0-9]{0,3}|[1-4][0-9]{4}|[5][0-8][0-9]{3}|59000)Gi|(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|[6][0-3][0-9]{3}|64000)G|([1-9]||[1-5][0-7]|58)Ti|([1-9]||[1-5][0-9]|6[0-3]|64)T)$',
  'a size in Gi, G, Ti or T such as 100Gi (at most 59000Gi, 64000G, 58Ti or 64T)',
);
