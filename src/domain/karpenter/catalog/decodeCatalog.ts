import type { CatalogSource, InstanceCatalog, InstanceType } from './instanceType';

const K = 'karpenter.k8s.aws/instance-';

/** Catalog columns that are labels, with the label key each one is. */
const LABEL_COLUMNS: Readonly<Record<string, string>> = {
  arch: 'kubernetes.io/arch',
  os: 'kubernetes.io/os',
  category: `${K}category`,
  family: `${K}family`,
  generation: `${K}generation`,
  size: `${K}size`,
  cpu: `${K}cpu`,
  memory: `${K}memory`,
  cpuManufacturer: `${K}cpu-manufacturer`,
  clockMhz: `${K}cpu-sustained-clock-speed-mhz`,
  ebsBandwidth: `${K}ebs-bandwidth`,
  networkBandwidth: `${K}network-bandwidth`,
  hypervisor: `${K}hypervisor`,
  encryptionInTransit: `${K}encryption-in-transit-supported`,
  capabilityFlex: `${K}capability-flex`,
  localNvme: `${K}local-nvme`,
  gpuName: `${K}gpu-name`,
  gpuManufacturer: `${K}gpu-manufacturer`,
  gpuCount: `${K}gpu-count`,
  gpuMemory: `${K}gpu-memory`,
  acceleratorName: `${K}accelerator-name`,
  acceleratorManufacturer: `${K}accelerator-manufacturer`,
  acceleratorCount: `${K}accelerator-count`,
};
const BOOLEAN_LABELS = new Set(['encryptionInTransit', 'capabilityFlex']);

const EXTENDED_COLUMNS: Readonly<Record<string, string>> = {
  nvidiaGpu: 'nvidia.com/gpu',
  amdGpu: 'amd.com/gpu',
  neuron: 'aws.amazon.com/neuron',
  neuronCore: 'aws.amazon.com/neuroncore',
  efa: 'vpc.amazonaws.com/efa',
};

function numberOf(text: string | undefined): number | undefined {
  return text === undefined || text === '' ? undefined : Number(text);
}

/** The generated rows (catalogData.ts) as instance types. */
export function decodeCatalog(
  source: CatalogSource,
  columns: readonly string[],
  rows: string,
): InstanceCatalog {
  // Cells by column index: a record per row would cost more than the decoding it serves (the
  // CLI decodes the catalog on every run).
  const at = new Map(columns.map((column, i) => [column, i]));
  const index = (column: string): number => at.get(column) ?? -1;
  const labelColumns = Object.entries(LABEL_COLUMNS).map(([column, key]) => ({
    i: index(column),
    key,
    boolean: BOOLEAN_LABELS.has(column),
  }));
  const extendedColumns = Object.entries(EXTENDED_COLUMNS).map(([column, key]) => ({
    i: index(column),
    key,
  }));
  const [
    name,
    arch,
    family,
    size,
    cpu,
    memory,
    localNvme,
    enis,
    ipv4,
    trunking,
    branch,
    pods,
    price,
  ] = [
    'name',
    'arch',
    'family',
    'size',
    'cpu',
    'memory',
    'localNvme',
    'defaultCardEnis',
    'ipv4PerEni',
    'trunking',
    'branchEnis',
    'podsWithoutEniFacts',
    'price',
  ].map(index);
  const types: InstanceType[] = [];
  for (const line of rows.split('\n')) {
    if (line === '') continue;
    const cells = line.split(',');
    const cell = (i: number | undefined): string => (i === undefined ? '' : (cells[i] ?? ''));
    const typeName = cell(name);
    const labels: Record<string, string> = { 'node.kubernetes.io/instance-type': typeName };
    for (const column of labelColumns) {
      const value = cell(column.i);
      if (value === '') continue;
      labels[column.key] = column.boolean ? String(value === '1') : value;
    }
    const extended: Record<string, number> = {};
    for (const column of extendedColumns) {
      const value = numberOf(cell(column.i));
      if (value !== undefined) extended[column.key] = value;
    }
    const defaultCardEnis = numberOf(cell(enis));
    types.push({
      name: typeName,
      labels,
      arch: cell(arch) === 'arm64' ? 'arm64' : 'amd64',
      family: cell(family),
      size: cell(size),
      vcpus: Number(cell(cpu)),
      memoryMiB: Number(cell(memory)),
      localNvmeGB: numberOf(cell(localNvme)),
      extended,
      eni:
        defaultCardEnis === undefined
          ? undefined
          : {
              defaultCardEnis,
              ipv4PerEni: Number(cell(ipv4)),
              trunking: cell(trunking) === '1',
              branchEnis: Number(cell(branch)),
            },
      podsWithoutEniFacts: numberOf(cell(pods)),
      onDemandPrice: numberOf(cell(price)),
    });
  }
  return { source, types, byName: new Map(types.map((t) => [t.name, t])) };
}
