import { describe, expect, it } from 'vitest';
import { writtenTaints } from './poolTaints';

describe('writtenTaints', () => {
  it('reads a list of taints as it is', () => {
    const taints = [{ key: 'team', value: 'ml', effect: 'NoSchedule' }];
    expect(writtenTaints(taints)).toEqual(taints);
  });

  it.each(['NoSchedule', { key: 'team' }, null, undefined])(
    'reads no taint from %j, which the CRD refuses',
    (written) => {
      expect(writtenTaints(written)).toEqual([]);
    },
  );

  it('skips list items that are not maps', () => {
    const taint = { key: 'team', effect: 'NoSchedule' };
    expect(writtenTaints([null, 'NoSchedule', taint])).toEqual([taint]);
  });
});
