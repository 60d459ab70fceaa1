import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../../test/fixtures/deepFreeze';
import {
  blockDeviceMappings,
  withDeviceName,
  withEbsField,
  withEbsText,
  withMappingAdded,
  withMappingAt,
  withMappingRemoved,
  withRootVolume,
} from './blockDeviceMappingEdits';
import { defaultEC2NodeClass } from '../model/defaults';
import type { BlockDeviceMapping, EC2NodeClass } from '../model/types';

const nodeClass = (blockDeviceMappings?: BlockDeviceMapping[]): EC2NodeClass => {
  const base = defaultEC2NodeClass('default');
  return deepFreeze(
    blockDeviceMappings ? { ...base, spec: { ...base.spec, blockDeviceMappings } } : base,
  );
};

describe('block device mapping edits', () => {
  it('adds the root volume first, then data volumes on the next device names', () => {
    const one = withMappingAdded(nodeClass());
    expect(blockDeviceMappings(one)).toEqual([
      {
        deviceName: '/dev/xvda',
        ebs: { volumeSize: '100Gi', volumeType: 'gp3', encrypted: true },
        rootVolume: true,
      },
    ]);
    const two = withMappingAdded(one);
    expect(blockDeviceMappings(two)[1]).toMatchObject({ deviceName: '/dev/xvdb' });
    expect(blockDeviceMappings(two)[1]).not.toHaveProperty('rootVolume');
  });

  it('removes the list with its last mapping: the AMI default root volume applies again', () => {
    expect('blockDeviceMappings' in withMappingRemoved(withMappingAdded(nodeClass()), 0).spec).toBe(
      false,
    );
  });

  it('edits one ebs field in place, keeping the others and their order', () => {
    const base = nodeClass([
      { deviceName: '/dev/xvda', ebs: { volumeSize: '20Gi', volumeType: 'gp3', future: 1 } },
    ]);
    const resized = withMappingAt(base, 0, (m) => withEbsText(m, 'volumeSize', '200Gi'));
    expect(Object.entries(blockDeviceMappings(resized)[0]?.ebs ?? {})).toEqual([
      ['volumeSize', '200Gi'],
      ['volumeType', 'gp3'],
      ['future', 1],
    ]);
  });

  it('removes emptied fields, and ebs with the last of them', () => {
    const mapping = deepFreeze({ deviceName: '/dev/xvda', ebs: { iops: 3000 } });
    expect(withEbsField(mapping, 'iops', undefined)).toEqual({ deviceName: '/dev/xvda' });
    expect(withDeviceName(mapping, '')).toEqual({ ebs: { iops: 3000 } });
  });

  it('writes rootVolume only when true', () => {
    const root = withRootVolume({ deviceName: '/dev/xvda' }, true);
    expect(root).toEqual({ deviceName: '/dev/xvda', rootVolume: true });
    expect(withRootVolume(root, false)).toEqual({ deviceName: '/dev/xvda' });
  });

  it('keeps encrypted: false, which is not the same as leaving it to the snapshot', () => {
    expect(withEbsField({}, 'encrypted', false)).toEqual({ ebs: { encrypted: false } });
  });
});
