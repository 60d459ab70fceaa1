// Compiles the instance catalog the app ships (src/domain/karpenter/catalog/catalogData.ts) from
// the reference copies in test/data/karpenter-instance-types/ (refreshed from the team's shared
// folder by `npm run refresh-data`), so a clone regenerates it without the shared folder.
//
// Usage: node scripts/generate-instance-catalog.mjs [--check]
//   --check   write nothing; exit 1 when the committed module differs from what the copies give
//
// The catalog keeps what Karpenter computes allocatable *from*: the labels (vCPUs, memory MiB,
// architecture, GPUs...), extended resources, the default network card's ENIs and IPv4 per ENI,
// branch ENIs and the us-east-1 on-demand price. It does not keep the reference page's
// allocatable cpu, memory and pods: the app derives them (allocatable.ts) and a unit test proves
// the derivation reproduces the page for every type.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATA_DIR = join(REPO_ROOT, 'test', 'data', 'karpenter-instance-types');
export const OUTPUT = join(REPO_ROOT, 'src', 'domain', 'karpenter', 'catalog', 'catalogData.ts');

const K = 'karpenter.k8s.aws/instance-';

/** Column name -> where its value comes from. Order is the row order in the module. */
export const COLUMNS = [
  ['name', (t) => t.name],
  ['arch', (t) => t.labels['kubernetes.io/arch']],
  ['os', (t) => t.labels['kubernetes.io/os']],
  ['category', (t) => t.labels[`${K}category`]],
  ['family', (t) => t.labels[`${K}family`]],
  ['generation', (t) => t.labels[`${K}generation`]],
  ['size', (t) => t.labels[`${K}size`]],
  ['cpu', (t) => t.labels[`${K}cpu`]],
  ['memory', (t) => t.labels[`${K}memory`]],
  ['cpuManufacturer', (t) => t.labels[`${K}cpu-manufacturer`]],
  ['clockMhz', (t) => t.labels[`${K}cpu-sustained-clock-speed-mhz`]],
  ['ebsBandwidth', (t) => t.labels[`${K}ebs-bandwidth`]],
  ['networkBandwidth', (t) => t.labels[`${K}network-bandwidth`]],
  ['hypervisor', (t) => t.labels[`${K}hypervisor`]],
  ['encryptionInTransit', (t) => t.labels[`${K}encryption-in-transit-supported`]],
  ['capabilityFlex', (t) => t.labels[`${K}capability-flex`]],
  ['localNvme', (t) => t.labels[`${K}local-nvme`]],
  ['gpuName', (t) => t.labels[`${K}gpu-name`]],
  ['gpuManufacturer', (t) => t.labels[`${K}gpu-manufacturer`]],
  ['gpuCount', (t) => t.labels[`${K}gpu-count`]],
  ['gpuMemory', (t) => t.labels[`${K}gpu-memory`]],
  ['acceleratorName', (t) => t.labels[`${K}accelerator-name`]],
  ['acceleratorManufacturer', (t) => t.labels[`${K}accelerator-manufacturer`]],
  ['acceleratorCount', (t) => t.labels[`${K}accelerator-count`]],
  ['nvidiaGpu', (t) => t.resources['nvidia.com/gpu']],
  ['amdGpu', (t) => t.resources['amd.com/gpu']],
  ['neuron', (t) => t.resources['aws.amazon.com/neuron']],
  ['neuronCore', (t) => t.resources['aws.amazon.com/neuroncore']],
  ['efa', (t) => t.resources['vpc.amazonaws.com/efa']],
  ['defaultCardEnis', (t) => t.vpc?.['default-card-enis']],
  ['ipv4PerEni', (t) => t.vpc?.['ipv4-per-interface']],
  ['trunking', (t) => t.vpc?.trunking],
  ['branchEnis', (t) => t.vpc?.['branch-interfaces']],
  // Only for types missing from zz_generated.vpclimits.go: Karpenter reads the ENIs from EC2's
  // DescribeInstanceTypes at run time, so the page's value is the only ENI fact there is.
  ['podsWithoutEniFacts', (t) => (t.vpc ? undefined : t.resources.pods)],
  ['price', (t) => t.price],
];

/** Every label key the page uses must have a column, or the catalog would silently drop it. */
const KNOWN_LABELS = new Set([
  'kubernetes.io/arch',
  'kubernetes.io/os',
  'node.kubernetes.io/instance-type',
  ...[
    'category',
    'family',
    'generation',
    'size',
    'cpu',
    'memory',
    'cpu-manufacturer',
    'cpu-sustained-clock-speed-mhz',
    'ebs-bandwidth',
    'network-bandwidth',
    'hypervisor',
    'encryption-in-transit-supported',
    'capability-flex',
    'local-nvme',
    'gpu-name',
    'gpu-manufacturer',
    'gpu-count',
    'gpu-memory',
    'accelerator-name',
    'accelerator-manufacturer',
    'accelerator-count',
  ].map((k) => `${K}${k}`),
]);
/** Resources derived rather than stored (allocatable.ts), or stored under a column above. */
const KNOWN_RESOURCES = new Set([
  'cpu',
  'memory',
  'ephemeral-storage',
  'pods',
  'vpc.amazonaws.com/pod-eni',
  'nvidia.com/gpu',
  'amd.com/gpu',
  'aws.amazon.com/neuron',
  'aws.amazon.com/neuroncore',
  'vpc.amazonaws.com/efa',
]);

/** The reference page: `### \`type\`` headings, each with a Labels and a Resources table. */
export function parseReferencePage(text) {
  const types = [];
  let current;
  let table;
  for (const line of text.split('\n')) {
    const heading = /^### `([^`]+)`/.exec(line);
    if (heading) {
      current = { name: heading[1], labels: {}, resources: {} };
      types.push(current);
      table = undefined;
      continue;
    }
    if (line.startsWith('#### Labels')) table = 'labels';
    else if (line.startsWith('#### Resources')) table = 'resources';
    else if (line.startsWith('#')) table = undefined;
    const row = /^ \|([^|]+)\|([^|]*)\|$/.exec(line);
    if (
      current &&
      table &&
      row &&
      row[1] !== '--' &&
      row[1].trim() !== 'Label' &&
      row[1].trim() !== 'Resource'
    ) {
      current[table][row[1]] = row[2];
    }
  }
  return types;
}

function parseTsv(text) {
  const lines = text.split('\n').filter((l) => l !== '' && !l.startsWith('#'));
  const [header, ...rows] = lines.map((l) => l.split('\t'));
  return rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i]])));
}

function generatedAt(text) {
  return /generated at (\S+)/.exec(text)?.[1] ?? 'unknown';
}

export function generateCatalog(dataDir = DATA_DIR) {
  const page = readFileSync(join(dataDir, 'instance-types-v1.14.md'), 'utf8');
  const pricesText = readFileSync(join(dataDir, 'on-demand-prices-us-east-1.tsv'), 'utf8');
  const vpcText = readFileSync(join(dataDir, 'vpc-limits.tsv'), 'utf8');
  const prices = new Map(parseTsv(pricesText).map((r) => [r['instance-type'], r['usd-per-hour']]));
  const vpc = new Map(parseTsv(vpcText).map((r) => [r['instance-type'], r]));

  const types = parseReferencePage(page);
  for (const type of types) {
    for (const key of Object.keys(type.labels)) {
      if (!KNOWN_LABELS.has(key)) throw new Error(`${type.name}: label ${key} has no column`);
    }
    for (const key of Object.keys(type.resources)) {
      if (!KNOWN_RESOURCES.has(key)) throw new Error(`${type.name}: resource ${key} has no column`);
    }
    type.vpc = vpc.get(type.name);
    // Prices keep their meaningful digits only: 0.096000 -> 0.096.
    const price = prices.get(type.name);
    type.price = price === undefined ? undefined : String(Number(price));
    if (type.vpc) type.vpc.trunking = type.vpc.trunking === 'true' ? '1' : '';
  }
  const rows = types.map((t) =>
    COLUMNS.map(([, get]) => {
      const value = get(t) ?? '';
      if (/[,\n`$\\]/.test(value)) throw new Error(`${t.name}: value ${value} cannot be stored`);
      return value === 'true' ? '1' : value === 'false' ? '0' : value;
    }).join(','),
  );

  return `// Generated by scripts/generate-instance-catalog.mjs: do not edit; run \`node scripts/generate-instance-catalog.mjs\`.
// Source: EC2 instance types as Karpenter v1.14.1 sees them (aws/karpenter-provider-aws tag v1.14.1,
// commit bde00654cd316fddb3dccfba3f5ac07039865429): the reference page
// website/content/en/v1.14/reference/instance-types.md (docs at main 1d927085), the VPC limits of
// pkg/providers/instancetype/zz_generated.vpclimits.go and the us-east-1 on-demand prices of
// pkg/providers/pricing/zz_generated.pricing_aws.go (generated ${generatedAt(pricesText)}).
// Copies in test/data/karpenter-instance-types/. Booleans are 1/0 (trunking: 1 or empty); an
// empty cell is a label the type does not have.

export const CATALOG_SOURCE = {
  karpenter: 'v1.14.1',
  providerCommit: 'bde00654cd316fddb3dccfba3f5ac07039865429',
  pricesRegion: 'us-east-1',
  pricesGenerated: '${generatedAt(pricesText)}',
  types: ${types.length},
} as const;

export const CATALOG_COLUMNS = ${JSON.stringify(COLUMNS.map(([name]) => name))} as const;

export const CATALOG_ROWS = \`
${rows.join('\n')}
\`;
`;
}

function main() {
  const check = process.argv.includes('--check');
  const text = generateCatalog();
  const committed = existsSync(OUTPUT) ? readFileSync(OUTPUT, 'utf8') : '';
  if (check) {
    if (committed !== text) {
      console.log(`${OUTPUT} is out of date: run node scripts/generate-instance-catalog.mjs`);
      return 1;
    }
    console.log('The instance catalog matches its reference copies.');
    return 0;
  }
  writeFileSync(OUTPUT, text);
  console.log(`Wrote ${OUTPUT}${committed === text ? ' (unchanged)' : ''}.`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main();
}
