import { ec2NodeClasses, nodePools } from '../../design/resources';
import type { Design, EC2NodeClassResource } from '../../design/types';
import { eniLimitedPods, maxPodsOf } from '../../karpenter/catalog/allocatable';
import type { InstanceCatalog, InstanceType } from '../../karpenter/catalog/instanceType';
import { nodeClassSettings } from '../../karpenter/catalog/nodeClassSettings';
import { poolInstanceTypes } from '../poolInstanceTypes';
import type { Problem } from '../problem';

/**
 * A static `kubelet.maxPods` above what the ENIs of an instance type give. Karpenter takes
 * `maxPods` as the node's pod capacity and packs that many pods (aws `types.go :: pods`, spec
 * 2.3), but the VPC CNI gives each pod an IP from the node's ENIs: `ENIs × (IPv4 per ENI − 1) + 2`
 * on the default network card (`ENILimitedPods`), so the pods past that stay ContainerCreating
 * ("failed to assign an IP address to container"). Prefix delegation (`ENABLE_PREFIX_DELEGATION`
 * on the VPC CNI) gives /28 prefixes instead of single IPs; the designer cannot see the CNI's
 * settings, so the message says the warning may then be ignored (spec 2.3: "Prefix delegation
 * / IPv6 are not modelled; users must set maxPods"). Windows classes are left out: their pod IPs
 * come from the VPC resource controller, and Karpenter's default there is 110.
 * Reported on the class, over the types its pools can launch.
 */
export function maxPodsAboveEniLimit(design: Design, catalog?: InstanceCatalog): Problem[] {
  if (!catalog) return [];
  const typesByClass = new Map<EC2NodeClassResource, Set<InstanceType>>();
  for (const pool of nodePools(design)) {
    const { nodeClass, types } = poolInstanceTypes(design, pool, catalog);
    if (!nodeClass?.manifest.spec.kubelet?.maxPods) continue;
    const set = typesByClass.get(nodeClass) ?? new Set();
    for (const type of types) set.add(type);
    typesByClass.set(nodeClass, set);
  }
  const problems: Problem[] = [];
  for (const nodeClass of ec2NodeClasses(design)) {
    const types = typesByClass.get(nodeClass);
    const settings = nodeClassSettings(nodeClass.manifest.spec);
    if (!types || settings.maxPods === undefined || !settings.eniLimitedPodDensity) continue;
    const limitOf = (type: InstanceType) =>
      eniLimitedPods(type, settings.reservedEnis, settings.efaOnlyOnCardZero);
    const short = [...types].filter((type) => maxPodsOf(type, settings) > limitOf(type));
    if (short.length === 0) continue;
    const smallest = short.reduce((a, b) => (limitOf(b) < limitOf(a) ? b : a));
    const count = short.length === 1 ? '1 instance type' : `${short.length} instance types`;
    problems.push({
      severity: 'warning',
      resourceId: nodeClass.id,
      path: 'spec.kubelet.maxPods',
      message: `EC2NodeClass "${nodeClass.manifest.metadata.name}" sets kubelet.maxPods ${settings.maxPods}, more than the ENIs of ${count} its NodePools can launch give pod IPs for, down to ${limitOf(smallest)} on ${smallest.name}: Karpenter packs ${settings.maxPods} pods onto such a node, and with the VPC CNI the pods past its ENI limit never get an IP. Remove maxPods so that Karpenter gives each type its own ENI limit, keep the smaller types out of those pools, or ignore this if the VPC CNI runs with prefix delegation (ENABLE_PREFIX_DELEGATION).`,
      rule: 'max-pods-above-eni',
    });
  }
  return problems;
}
