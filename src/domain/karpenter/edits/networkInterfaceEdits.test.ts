import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../../test/fixtures/deepFreeze';
import { defaultEC2NodeClass } from '../model/defaults';
import {
  networkInterfaces,
  withInterfaceAdded,
  withInterfaceAt,
  withInterfaceIndex,
  withInterfaceRemoved,
} from './networkInterfaceEdits';

const nodeClass = () => deepFreeze(defaultEC2NodeClass('default'));

describe('network interface edits', () => {
  it('adds the primary interface first, then EFA-only devices on the next cards', () => {
    const two = withInterfaceAdded(withInterfaceAdded(nodeClass()));
    expect(networkInterfaces(two)).toEqual([
      { networkCardIndex: 0, deviceIndex: 0, interfaceType: 'interface' },
      { networkCardIndex: 1, deviceIndex: 0, interfaceType: 'efa-only' },
    ]);
  });

  it('edits an index in place and removes the list with its last interface', () => {
    const one = withInterfaceAdded(nodeClass());
    const moved = withInterfaceAt(one, 0, (i) => withInterfaceIndex(i, 'deviceIndex', 1));
    expect(networkInterfaces(moved)[0]?.deviceIndex).toBe(1);
    expect('networkInterfaces' in withInterfaceRemoved(moved, 0).spec).toBe(false);
  });

  it('leaves a cleared index out for the required-field check to flag', () => {
    const cleared = withInterfaceIndex(
      { networkCardIndex: 0, deviceIndex: 0, interfaceType: 'interface' },
      'deviceIndex',
      undefined,
    );
    expect(cleared).toEqual({ networkCardIndex: 0, interfaceType: 'interface' });
  });
});
