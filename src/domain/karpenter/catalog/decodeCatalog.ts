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
  const types: InstanceType[] = [];
  for (const line of rows.split('\n')) {
    if (line === '') continue;
    const cells = line.split(',');
    const cell: Record<string, string> = {};
    columns.forEach((column, i) => (cell[column] = cells[i] ?? ''));
    const name = cell.name ?? '';
    const labels: Record<string, string> = { 'node.kubernetes.io/instance-type': name };
    for (const [column, key] of Object.entries(LABEL_COLUMNS)) {
      const value = cell[column] ?? '';
      if (value === '') continue;
      labels[key] = BOOLEAN_LABELS.has(column) ? String(value === '1') : value;
    }
    const extended: Record<string, number> = {};
    for (const [column, key] of Object.entries(EXTENDED_COLUMNS)) {
      const value = numberOf(cell[column]);
      if (value !== undefined) extended[key] = value;
    }
    const defaultCardEnis = numberOf(cell.defaultCardEnis);
    types.push({
      name,
      labels,
      arch: cell.arch === 'arm64' ? 'arm64' : 'amd64',
      family: cell.family ?? '',
      size: cell.size ?? '',
      vcpus: Number(cell.cpu),
      memoryMiB: Number(cell.memory),
      localNvmeGB: numberOf(cell.localNvme),
      extended,
      eni:
        defaultCardEnis === undefined
          ? undefined
          : {
              defaultCardEnis,
              ipv4PerEni: Number(cell.ipv4PerEni),
              trunking: cell.trunking === '1',
              branchEnis: Number(cell.branchEnis),
            },
      podsWithoutEniFacts: numberOf(cell.podsWithoutEniFacts),
      onDemandPrice: numberOf(cell.price),
    });
  }
  return { source, types, byName: new Map(types.map((t) => [t.name, t])) };
}
