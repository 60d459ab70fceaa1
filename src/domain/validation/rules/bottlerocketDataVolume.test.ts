import { describe, expect, it } from 'vitest';
import { exampleDesign } from '../../design/example';
import { designOf } from '../../../../test/fixtures/fixtures';
import { classWith } from '../../../../test/fixtures/nodePoolBuilders';
import { bottlerocketDataVolume } from './bottlerocketDataVolume';

const bottlerocket = [{ alias: 'bottlerocket@latest' }];
const volume = (deviceName: string, volumeSize: string) => ({
  deviceName,
  ebs: { volumeSize, volumeType: 'gp3' as const },
});

describe('bottlerocketDataVolume', () => {
  it('finds nothing in the example design', () => {
    expect(bottlerocketDataVolume(exampleDesign())).toEqual([]);
  });

  it('warns about a Bottlerocket class that sizes only /dev/xvda', () => {
    const design = designOf(
      classWith('br', {
        amiSelectorTerms: bottlerocket,
        blockDeviceMappings: [volume('/dev/xvda', '200Gi')],
      }),
    );
    expect(bottlerocketDataVolume(design)).toEqual([
      {
        severity: 'warning',
        resourceId: 'nc-br',
        path: 'spec.blockDeviceMappings',
        message:
          'EC2NodeClass "br" runs Bottlerocket but sizes only /dev/xvda: Bottlerocket keeps images and pod storage on /dev/xvdb, so that space goes unused while images fill the default 20Gi data volume. Add a /dev/xvdb mapping with the size you need and keep /dev/xvda small (4Gi).',
        rule: 'bottlerocket-data-volume',
      },
    ]);
  });

  it('knows Bottlerocket from amiFamily as well as from the alias', () => {
    const design = designOf(
      classWith('br', {
        amiFamily: 'Bottlerocket',
        amiSelectorTerms: [{ id: 'ami-0123456789abcdef0' }],
        blockDeviceMappings: [volume('/dev/xvda', '100Gi')],
      }),
    );
    expect(bottlerocketDataVolume(design)).toHaveLength(1);
  });

  it('accepts a Bottlerocket class that sizes /dev/xvdb', () => {
    const design = designOf(
      classWith('br', {
        amiSelectorTerms: bottlerocket,
        blockDeviceMappings: [volume('/dev/xvda', '4Gi'), volume('/dev/xvdb', '200Gi')],
      }),
    );
    expect(bottlerocketDataVolume(design)).toEqual([]);
  });

  it('accepts /dev/xvda alone on AL2023, where it is the root volume', () => {
    const design = designOf(
      classWith('al', { blockDeviceMappings: [volume('/dev/xvda', '200Gi')] }),
    );
    expect(bottlerocketDataVolume(design)).toEqual([]);
  });
});
