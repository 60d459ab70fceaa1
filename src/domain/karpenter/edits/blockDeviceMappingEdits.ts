import { isObject } from '../../lib/isObject';
import { withSpecField } from './ec2NodeClassFieldEdits';
import { removeAt, replaceAt } from '../../lib/listEdits';
import { withOptional } from '../../lib/mapEdits';
import type { BlockDevice, BlockDeviceMapping, EC2NodeClass } from '../model/types';

/**
 * Edits of `spec.blockDeviceMappings`. Without mappings Karpenter uses the AMI family's default
 * root volume, the same as an empty list, so the last mapping removed removes the list.
 */
export function blockDeviceMappings(nodeClass: EC2NodeClass): readonly BlockDeviceMapping[] {
  const value: unknown = nodeClass.spec.blockDeviceMappings;
  return Array.isArray(value) ? (value as BlockDeviceMapping[]) : [];
}

function withMappings(
  nodeClass: EC2NodeClass,
  mappings: readonly BlockDeviceMapping[],
): EC2NodeClass {
  return withSpecField(
    nodeClass,
    'blockDeviceMappings',
    mappings.length > 0 ? [...mappings] : undefined,
  );
}

export function withMappingAt(
  nodeClass: EC2NodeClass,
  index: number,
  update: (mapping: BlockDeviceMapping) => BlockDeviceMapping,
): EC2NodeClass {
  const mappings = blockDeviceMappings(nodeClass);
  const current = mappings[index];
  return current ? withMappings(nodeClass, replaceAt(mappings, index, update(current))) : nodeClass;
}

/**
 * The first mapping is the root volume Linux AMIs boot from (/dev/xvda), as a gp3 volume of
 * 100Gi; later ones are data volumes on the next free device names.
 */
export function withMappingAdded(nodeClass: EC2NodeClass): EC2NodeClass {
  const mappings = blockDeviceMappings(nodeClass);
  const used = new Set(mappings.map((m) => m.deviceName));
  const deviceName =
    ['/dev/xvda', ...'bcdefghijklmnop'.split('').map((l) => `/dev/xvd${l}`)].find(
      (name) => !used.has(name),
    ) ?? '';
  const mapping: BlockDeviceMapping = {
    deviceName,
    ebs: { volumeSize: '100Gi', volumeType: 'gp3', encrypted: true },
    ...(mappings.length === 0 ? { rootVolume: true } : {}),
  };
  return withMappings(nodeClass, [...mappings, mapping]);
}

export function withMappingRemoved(nodeClass: EC2NodeClass, index: number): EC2NodeClass {
  return withMappings(nodeClass, removeAt(blockDeviceMappings(nodeClass), index));
}

/** Empty text removes the device name. */
export function withDeviceName(mapping: BlockDeviceMapping, name: string): BlockDeviceMapping {
  return withOptional(mapping, 'deviceName', name === '' ? undefined : name);
}

/** `rootVolume: false` says no more than leaving it out, so unticking removes it. */
export function withRootVolume(mapping: BlockDeviceMapping, root: boolean): BlockDeviceMapping {
  return withOptional(mapping, 'rootVolume', root ? true : undefined);
}

export function mappingEbs(mapping: BlockDeviceMapping): Readonly<BlockDevice> {
  return isObject(mapping.ebs) ? mapping.ebs : {};
}

/** Sets or removes one `ebs` field; `ebs` goes with its last field. */
export function withEbsField<F extends keyof BlockDevice & string>(
  mapping: BlockDeviceMapping,
  field: F,
  value: BlockDevice[F] | undefined,
): BlockDeviceMapping {
  const ebs = withOptional(mappingEbs(mapping), field, value);
  return withOptional(mapping, 'ebs', Object.keys(ebs).length > 0 ? ebs : undefined);
}

/** Text fields of `ebs` (size, type, KMS key, snapshot): empty text removes the field. */
export function withEbsText(
  mapping: BlockDeviceMapping,
  field: 'volumeSize' | 'volumeType' | 'kmsKeyID' | 'snapshotID',
  text: string,
): BlockDeviceMapping {
  return withEbsField(mapping, field, text === '' ? undefined : text);
}
