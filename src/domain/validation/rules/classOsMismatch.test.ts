import { describe, expect, it } from 'vitest';
import { exampleDesign } from '../../design/example';
import { designOf, nodeClass } from '../../../../test/fixtures/fixtures';
import { classWith, poolWith, requirement } from '../../../../test/fixtures/nodePoolBuilders';
import { CATALOG } from '../../../../test/support/instanceCatalog';
import { classOsMismatch } from './classOsMismatch';

const OS = 'kubernetes.io/os';
const ARCH = 'kubernetes.io/arch';
const windowsClass = classWith('win', { amiSelectorTerms: [{ alias: 'windows2022@latest' }] });

describe('classOsMismatch', () => {
  it('finds nothing in the example design', () => {
    expect(classOsMismatch(exampleDesign(), CATALOG)).toEqual([]);
  });

  it('warns about a Linux-only pool on a Windows class, at the OS requirement', () => {
    const pool = poolWith('web', [requirement(OS, 'In', 'linux')], { className: 'win' });
    const problems = classOsMismatch(designOf(windowsClass, pool), CATALOG);
    expect(problems).toEqual([
      {
        severity: 'warning',
        resourceId: 'np-web',
        path: 'spec.template.spec.requirements[0]',
        message:
          'NodePool "web" requires a kubernetes.io/os other than windows, but its EC2NodeClass "win" boots Windows2022, so all its instances are windows: no instance matches. Point the pool at a class with the OS it asks for, or change kubernetes.io/os.',
        rule: 'nodeclass-os-mismatch',
      },
    ]);
  });

  it('warns about a Windows-only pool on an AL2023 class', () => {
    const pool = poolWith('win', [requirement(OS, 'In', 'windows')], { className: 'default' });
    expect(classOsMismatch(designOf(nodeClass('default'), pool), CATALOG)[0]?.message).toContain(
      'boots AL2023, so all its instances are linux',
    );
  });

  it('warns about an arm64-only pool on a Windows class, at the class reference', () => {
    const pool = poolWith('arm', [requirement(ARCH, 'In', 'arm64')], { className: 'win' });
    const problems = classOsMismatch(designOf(windowsClass, pool), CATALOG);
    expect(problems).toMatchObject([{ path: 'spec.template.spec.nodeClassRef.name' }]);
    expect(problems[0]?.message).toContain('Windows runs only on amd64');
  });

  it('accepts a pool without an OS requirement on a Windows class', () => {
    const pool = poolWith('win', [requirement(ARCH, 'In', 'amd64')], { className: 'win' });
    expect(classOsMismatch(designOf(windowsClass, pool), CATALOG)).toEqual([]);
  });

  it('does not judge Custom AMI families', () => {
    const custom = classWith('custom', {
      amiFamily: 'Custom',
      amiSelectorTerms: [{ id: 'ami-0123456789abcdef0' }],
    });
    const pool = poolWith('win', [requirement(OS, 'In', 'windows')], { className: 'custom' });
    expect(classOsMismatch(designOf(custom, pool), CATALOG)).toEqual([]);
  });
});

describe('classOsMismatch with the catalog', () => {
  it('says nothing until the catalog has loaded', () => {
    const pool = poolWith('web', [requirement(OS, 'In', 'linux')], { className: 'win' });
    expect(classOsMismatch(designOf(windowsClass, pool))).toEqual([]);
  });

  it('warns about a Windows class under a pool of Graviton families only', () => {
    const pool = poolWith(
      'arm',
      [requirement('karpenter.k8s.aws/instance-family', 'In', 'm7g', 'c7g')],
      { className: 'win' },
    );
    const problems = classOsMismatch(designOf(windowsClass, pool), CATALOG);
    expect(problems).toMatchObject([{ path: 'spec.template.spec.nodeClassRef.name' }]);
  });
});
