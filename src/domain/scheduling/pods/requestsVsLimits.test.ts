import { describe, expect, it } from 'vitest';
import { REQUESTS_VERSUS_LIMITS, requestsVersusLimits } from './requestsVsLimits';

describe('requestsVersusLimits (spec 4.6)', () => {
  it('lists each resource with its request and limit, cpu and memory first', () => {
    const rows = requestsVersusLimits({
      containers: [
        {
          resources: {
            requests: { memory: '1Gi', cpu: '500m' },
            limits: { cpu: '2', memory: '1Gi', 'nvidia.com/gpu': '1' },
          },
        },
      ],
    });
    expect(rows).toEqual([
      { resource: 'cpu', request: 0.5, limit: 2, overcommitted: true },
      { resource: 'memory', request: 2 ** 30, limit: 2 ** 30, overcommitted: false },
      { resource: 'nvidia.com/gpu', request: 1, limit: 1, overcommitted: false },
    ]);
  });

  it('shows a resource without limit as not overcommitted and without limit', () => {
    expect(
      requestsVersusLimits({ containers: [{ resources: { requests: { cpu: '1' } } }] }),
    ).toEqual([{ resource: 'cpu', request: 1, limit: undefined, overcommitted: false }]);
  });

  it('says Karpenter never reads limits', () => {
    expect(REQUESTS_VERSUS_LIMITS).toMatch(/Karpenter never reads limits/);
    expect(REQUESTS_VERSUS_LIMITS).toMatch(/^Requests place pods and drive consolidation/);
  });
});
