import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { validateManifest } from '../../../../test/support/crdOracle';
import { defaultEC2NodeClass, defaultNodePool } from '../../karpenter/model/defaults';
import type { EC2NodeClass, NodePool } from '../../karpenter/model/types';
import { convertToV1, isConvertible, unifiedDiff } from './index';
import {
  awsNodeTemplate,
  DEFAULT_KUBELET,
  provisioner,
  v1beta1EC2NodeClass,
  v1beta1NodePool,
} from '../../../../test/convert/olderManifests';

describe('isConvertible', () => {
  it('recognises v1beta1 NodePools and EC2NodeClasses, Provisioners and AWSNodeTemplates', () => {
    expect(isConvertible(v1beta1NodePool())).toBe(true);
    expect(isConvertible(v1beta1EC2NodeClass())).toBe(true);
    expect(isConvertible(provisioner())).toBe(true);
    expect(isConvertible(awsNodeTemplate())).toBe(true);
  });

  it('leaves v1 resources and other kinds alone', () => {
    expect(isConvertible(defaultNodePool('a', 'b'))).toBe(false);
    expect(isConvertible(defaultEC2NodeClass('b'))).toBe(false);
    expect(isConvertible({ apiVersion: 'apps/v1', kind: 'Deployment' })).toBe(false);
    expect(isConvertible({ apiVersion: 'karpenter.sh/v1beta1', kind: 'NodeClaim' })).toBe(false);
  });
});

describe('convertToV1', () => {
  it('returns a manifest it cannot convert unchanged, with a warning', () => {
    const pool = defaultNodePool('a', 'b');
    const conversion = convertToV1(pool);
    expect(conversion.converted).toEqual([pool]);
    expect(conversion.changes).toEqual([]);
    expect(conversion.warnings).toEqual([
      'karpenter.sh/v1 NodePool is not an older Karpenter API; nothing was converted.',
    ]);
  });

  it('converts a whole older import into v1 manifests the CRDs accept, moving each kubelet once', () => {
    const older = [
      v1beta1NodePool({ name: 'web', className: 'default' }),
      v1beta1NodePool({ name: 'batch', className: 'default' }),
      v1beta1EC2NodeClass({ name: 'default' }),
      provisioner('legacy', {
        providerRef: { name: 'legacy-template' },
        kubeletConfiguration: { maxPods: 20 },
      }),
      awsNodeTemplate('legacy-template'),
    ];
    const converted = older.flatMap(
      (manifest) => convertToV1(manifest, { others: older }).converted,
    );
    expect(converted.map((m) => `${String(m.kind)}/${(m as NodePool).metadata.name}`)).toEqual([
      'NodePool/web',
      'NodePool/batch',
      'EC2NodeClass/default',
      'NodePool/legacy',
      'EC2NodeClass/legacy-template',
    ]);
    for (const manifest of converted) {
      expect(validateManifest(manifest)).toEqual({ valid: true, errors: [] });
    }
    expect((converted[2] as EC2NodeClass).spec.kubelet).toEqual(DEFAULT_KUBELET);
    expect((converted[4] as EC2NodeClass).spec.kubelet).toEqual({ maxPods: 20 });
  });

  it('ignores the manifest itself when it is among the others', () => {
    const pool = v1beta1NodePool({ className: 'missing' });
    expect(convertToV1(pool, { others: [pool] }).warnings).toEqual(
      convertToV1(pool, { others: [] }).warnings,
    );
  });

  it('keeps a __proto__ key an import let through as an ordinary key', () => {
    const pool = v1beta1NodePool({ kubelet: undefined });
    Object.defineProperty(pool.metadata, '__proto__', {
      value: { polluted: true },
      enumerable: true,
      configurable: true,
      writable: true,
    });
    const converted = convertToV1(pool).converted[0] as NodePool;
    expect(Object.hasOwn(converted.metadata, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(converted.metadata)).toBe(Object.prototype);
  });

  it('gives the preview a diff of the YAML before and after', () => {
    const older = v1beta1EC2NodeClass({
      spec: { metadataOptions: { httpPutResponseHopLimit: 2 } },
    });
    const diff = unifiedDiff(stringify(older), stringify(convertToV1(older).converted[0]));
    expect(diff).toContain(
      '-apiVersion: karpenter.k8s.aws/v1beta1\n+apiVersion: karpenter.k8s.aws/v1\n',
    );
    expect(diff).toContain('-  amiFamily: AL2\n');
    expect(diff).toContain('+  amiSelectorTerms:\n+    - alias: al2@latest\n');
  });
});
