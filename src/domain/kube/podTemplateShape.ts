/**
 * Whether a pod template read from outside (an import, the YAML panel, a saved design) has the
 * shapes the scheduler and the form read, and where it does not: the first path that breaks them.
 * The API server would refuse the same document; the designer keeps it as another document with
 * this reason rather than plan from a half-read pod.
 */
import { isObject } from '../lib/isObject';

type Check = (value: unknown, at: string) => string | undefined;

const join = (at: string, key: string) => (at === '' ? key : `${at}.${key}`);

const optional =
  (check: Check): Check =>
  (value, at) =>
    value === undefined || value === null ? undefined : check(value, at);

const mapping: Check = (value, at) => (isObject(value) ? undefined : `${at} is not a mapping`);

const string: Check = (value, at) =>
  typeof value === 'string' ? undefined : `${at} is not a string`;

const number: Check = (value, at) =>
  typeof value === 'number' && Number.isFinite(value) ? undefined : `${at} is not a number`;

function list(item: Check): Check {
  return (value, at) => {
    if (!Array.isArray(value)) return `${at} is not a list`;
    for (const [i, element] of value.entries()) {
      const problem = item(element, `${at}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  };
}

function fields(shape: Record<string, Check>): Check {
  return (value, at) => {
    if (!isObject(value)) return `${at} is not a mapping`;
    for (const [key, check] of Object.entries(shape)) {
      const problem = check(Object.hasOwn(value, key) ? value[key] : undefined, join(at, key));
      if (problem) return problem;
    }
    return undefined;
  };
}

function mapOf(item: Check): Check {
  return (value, at) => {
    if (!isObject(value)) return `${at} is not a mapping`;
    for (const [key, element] of Object.entries(value)) {
      const problem = item(element, join(at, key));
      if (problem) return problem;
    }
    return undefined;
  };
}

const quantity: Check = (value, at) =>
  typeof value === 'string' || typeof value === 'number' ? undefined : `${at} is not a quantity`;

const resources = optional(
  fields({ requests: optional(mapOf(quantity)), limits: optional(mapOf(quantity)) }),
);

const container = fields({
  resources,
  ports: optional(list(mapping)),
});

const expression = fields({ key: string, operator: string, values: optional(list(string)) });

const term = fields({
  matchExpressions: optional(list(expression)),
  matchFields: optional(list(expression)),
});

const podAffinity = optional(
  fields({
    requiredDuringSchedulingIgnoredDuringExecution: optional(list(mapping)),
    preferredDuringSchedulingIgnoredDuringExecution: optional(
      list(fields({ weight: number, podAffinityTerm: mapping })),
    ),
  }),
);

const affinity = optional(
  fields({
    nodeAffinity: optional(
      fields({
        requiredDuringSchedulingIgnoredDuringExecution: optional(
          fields({ nodeSelectorTerms: list(term) }),
        ),
        preferredDuringSchedulingIgnoredDuringExecution: optional(
          list(fields({ weight: number, preference: term })),
        ),
      }),
    ),
    podAffinity,
    podAntiAffinity: podAffinity,
  }),
);

const podSpec = fields({
  containers: list(container),
  initContainers: optional(list(container)),
  resources,
  overhead: optional(mapOf(quantity)),
  nodeSelector: optional(mapOf(string)),
  affinity,
  tolerations: optional(list(mapping)),
  topologySpreadConstraints: optional(
    list(fields({ maxSkew: number, topologyKey: string, whenUnsatisfiable: optional(string) })),
  ),
});

const template = fields({
  metadata: optional(fields({ labels: optional(mapOf(string)) })),
  spec: podSpec,
});

/** The first path at which the template breaks the shape, or undefined when it has it. */
export function podTemplateProblem(value: unknown, at: string): string | undefined {
  return template(value, at);
}
