import { withSpecField } from './ec2NodeClassFieldEdits';
import { removeAt, replaceAt } from '../../lib/listEdits';
import type { EC2NodeClass, NetworkInterface } from '../model/types';

/**
 * Edits of `spec.networkInterfaces`. Without any, Karpenter attaches one primary interface per
 * instance, as with an empty list, so the last one removed removes the list.
 */
export function networkInterfaces(nodeClass: EC2NodeClass): readonly NetworkInterface[] {
  const value: unknown = nodeClass.spec.networkInterfaces;
  return Array.isArray(value) ? (value as NetworkInterface[]) : [];
}

function withInterfaces(
  nodeClass: EC2NodeClass,
  interfaces: readonly NetworkInterface[],
): EC2NodeClass {
  return withSpecField(
    nodeClass,
    'networkInterfaces',
    interfaces.length > 0 ? [...interfaces] : undefined,
  );
}

export function withInterfaceAt(
  nodeClass: EC2NodeClass,
  index: number,
  update: (networkInterface: NetworkInterface) => NetworkInterface,
): EC2NodeClass {
  const interfaces = networkInterfaces(nodeClass);
  const current = interfaces[index];
  return current
    ? withInterfaces(nodeClass, replaceAt(interfaces, index, update(current)))
    : nodeClass;
}

/**
 * The CRD wants a primary interface (card 0, device 0, type interface) once the list is set, so
 * the first one added is that; later ones are EFA-only devices on the next network card, the
 * usual shape of an EFA-enabled GPU instance.
 */
export function withInterfaceAdded(nodeClass: EC2NodeClass): EC2NodeClass {
  const interfaces = networkInterfaces(nodeClass);
  const added: NetworkInterface =
    interfaces.length === 0
      ? { networkCardIndex: 0, deviceIndex: 0, interfaceType: 'interface' }
      : {
          networkCardIndex: Math.max(...interfaces.map((i) => Number(i.networkCardIndex) || 0)) + 1,
          deviceIndex: 0,
          interfaceType: 'efa-only',
        };
  return withInterfaces(nodeClass, [...interfaces, added]);
}

export function withInterfaceRemoved(nodeClass: EC2NodeClass, index: number): EC2NodeClass {
  return withInterfaces(nodeClass, removeAt(networkInterfaces(nodeClass), index));
}

/**
 * Sets one index of an interface. The indexes are required, but a cleared input removes its
 * index, as every other cleared field does, and the required-field check says so; refusing the
 * empty text would make the input impossible to retype.
 */
export function withInterfaceIndex(
  networkInterface: NetworkInterface,
  field: 'deviceIndex' | 'networkCardIndex',
  value: number | undefined,
): NetworkInterface {
  if (value !== undefined) return { ...networkInterface, [field]: value };
  const { [field]: _removed, ...rest } = networkInterface;
  return rest as NetworkInterface;
}
