import { describe, expect, it } from 'vitest';
import { problemSentence } from '../apiProblem';
import { classWith } from '../../../../../test/apiServer/manifestBuilders';
import { validateManifest } from '../validateManifest';

const sentences = (spec: Record<string, unknown>) =>
  validateManifest(classWith(spec)).map(problemSentence);

describe('EC2NodeClass rules', () => {
  it('ask to keep one of role and instanceProfile', () => {
    expect(sentences({ instanceProfile: 'KarpenterNodeInstanceProfile' })).toEqual([
      'spec.role and instanceProfile are both set: keep one (Karpenter makes an instance profile from role).',
    ]);
  });

  it('ask for a role when there is no identity at all', () => {
    expect(sentences({ role: undefined })).toEqual([
      'spec.role is required (or instanceProfile): the IAM identity the nodes run as, e.g. KarpenterNodeRole-my-cluster.',
    ]);
  });

  it('reject tags Karpenter sets itself, at their key', () => {
    expect(sentences({ tags: { team: 'ml', 'karpenter.sh/nodepool': 'x' } })).toEqual([
      'spec.tags[karpenter.sh/nodepool] is set by Karpenter on every instance it launches: remove it.',
    ]);
  });

  it('say how many root volumes there are', () => {
    const root = { rootVolume: true, ebs: { volumeSize: '20Gi' } };
    expect(sentences({ blockDeviceMappings: [root, root, root] })).toEqual([
      "spec.blockDeviceMappings marks 3 devices as rootVolume: at most one can hold the kubelet's root directory.",
    ]);
  });

  it('point at an interface repeating a card and device pair', () => {
    const primary = { networkCardIndex: 0, deviceIndex: 0, interfaceType: 'interface' };
    expect(
      validateManifest(classWith({ networkInterfaces: [primary, primary] })).map((p) => p.path),
    ).toEqual(['spec.networkInterfaces[0]', 'spec.networkInterfaces[1]']);
  });

  it('show the primary interface to add', () => {
    expect(
      sentences({
        networkInterfaces: [{ networkCardIndex: 0, deviceIndex: 1, interfaceType: 'interface' }],
      }),
    ).toEqual([
      'spec.networkInterfaces needs a primary interface: add {networkCardIndex: 0, deviceIndex: 0, interfaceType: interface}.',
    ]);
  });
});
