import { describe, expect, it } from 'vitest';
import { validateManifest } from '../../../../test/support/crdOracle';
import { defaultNodePool } from '../../karpenter/model/defaults';
import type { EC2NodeClass } from '../../karpenter/model/types';
import { convertToV1 } from './convertToV1';
import {
  DEFAULT_KUBELET,
  v1beta1EC2NodeClass,
  v1beta1NodePool,
} from '../../../../test/convert/olderManifests';

type Json = Record<string, unknown>;

function convert(manifest: Json, others: Json[] = []) {
  const conversion = convertToV1(manifest, { others });
  return { ...conversion, nodeClass: conversion.converted[0] as EC2NodeClass };
}

const PIN_ADVICE =
  ' Pin a release instead of latest (as in al2023@v20240625 or bottlerocket@v1.10.0) so a new AMI does not replace every node.';

describe('converting a karpenter.k8s.aws/v1beta1 EC2NodeClass', () => {
  it('turns AL2 with no amiSelectorTerms into the al2@latest alias the v1 CRD accepts', () => {
    const { nodeClass, changes, warnings, from } = convert(
      v1beta1EC2NodeClass({ amiFamily: 'AL2', amiSelectorTerms: [] }),
    );
    expect(from).toBe('karpenter.k8s.aws/v1beta1 EC2NodeClass');
    expect(nodeClass.apiVersion).toBe('karpenter.k8s.aws/v1');
    expect(nodeClass.spec.amiSelectorTerms).toEqual([{ alias: 'al2@latest' }]);
    expect(nodeClass.spec).not.toHaveProperty('amiFamily');
    expect(changes).toContain(
      `amiFamily AL2 without amiSelectorTerms became amiSelectorTerms [{alias: al2@latest}]: v1 requires amiSelectorTerms, and the alias implies the family.${PIN_ADVICE}`,
    );
    expect(warnings).toEqual([]);
    expect(validateManifest(nodeClass)).toEqual({ valid: true, errors: [] });
  });

  it('turns Bottlerocket without terms into bottlerocket@latest', () => {
    const { nodeClass } = convert(v1beta1EC2NodeClass({ amiFamily: 'Bottlerocket' }));
    expect(nodeClass.spec.amiSelectorTerms).toEqual([{ alias: 'bottlerocket@latest' }]);
    expect(validateManifest(nodeClass)).toEqual({ valid: true, errors: [] });
  });

  it('turns AL2023 and Windows2022 into their aliases, Windows without pinning advice', () => {
    const al2023 = convert(v1beta1EC2NodeClass({ amiFamily: 'AL2023' }));
    expect(al2023.nodeClass.spec.amiSelectorTerms).toEqual([{ alias: 'al2023@latest' }]);
    const windows = convert(v1beta1EC2NodeClass({ amiFamily: 'Windows2022' }));
    expect(windows.nodeClass.spec.amiSelectorTerms).toEqual([{ alias: 'windows2022@latest' }]);
    expect(windows.changes).toContain(
      'amiFamily Windows2022 without amiSelectorTerms became amiSelectorTerms [{alias: windows2022@latest}]: v1 requires amiSelectorTerms, and the alias implies the family.',
    );
    expect(validateManifest(windows.nodeClass)).toEqual({ valid: true, errors: [] });
  });

  it('uses the alias version the conversion webhook kept in its annotation, and removes it', () => {
    const { nodeClass, changes } = convert(
      v1beta1EC2NodeClass({
        amiFamily: 'AL2023',
        metadata: {
          annotations: { 'compatibility.karpenter.k8s.aws/v1beta1-alias-version': 'v20240625' },
        },
      }),
    );
    expect(nodeClass.spec.amiSelectorTerms).toEqual([{ alias: 'al2023@v20240625' }]);
    expect(nodeClass.metadata).not.toHaveProperty('annotations');
    expect(changes).toContain(
      'Annotation compatibility.karpenter.k8s.aws/v1beta1-alias-version removed: it only served the v1beta1 to v1 conversion.',
    );
  });

  it('keeps a family beside its own AMI terms', () => {
    const terms = [{ tags: { 'example.com/ami': 'web' } }];
    const { nodeClass, changes } = convert(
      v1beta1EC2NodeClass({ amiFamily: 'AL2', amiSelectorTerms: terms }),
    );
    expect(nodeClass.spec.amiFamily).toBe('AL2');
    expect(nodeClass.spec.amiSelectorTerms).toEqual(terms);
    expect(changes.some((line) => line.includes('alias'))).toBe(false);
    expect(validateManifest(nodeClass)).toEqual({ valid: true, errors: [] });
  });

  it('keeps Custom with its id terms and warns the userData must add the unregistered taint', () => {
    const terms = [{ id: 'ami-0123456789abcdef0' }, { id: 'ami-0fedcba9876543210' }];
    const { nodeClass, warnings } = convert(
      v1beta1EC2NodeClass({
        amiFamily: 'Custom',
        amiSelectorTerms: terms,
        spec: { userData: '#!/bin/bash\n/etc/eks/bootstrap.sh demo\n' },
      }),
    );
    expect(nodeClass.spec.amiFamily).toBe('Custom');
    expect(nodeClass.spec.amiSelectorTerms).toEqual(terms);
    expect(warnings).toEqual([
      'amiFamily Custom: v1 expects your userData to register nodes with the taint karpenter.sh/unregistered:NoExecute (Karpenter removes it); add it to the userData.',
    ]);
    expect(validateManifest(nodeClass)).toEqual({ valid: true, errors: [] });
  });

  it('turns Ubuntu with terms into AL2 with Ubuntu’s root volume, as Karpenter’s webhook does', () => {
    const { nodeClass, changes, warnings } = convert(
      v1beta1EC2NodeClass({ amiFamily: 'Ubuntu', amiSelectorTerms: [{ id: 'ami-0123abcd' }] }),
    );
    expect(nodeClass.spec.amiFamily).toBe('AL2');
    expect(nodeClass.spec.blockDeviceMappings).toEqual([
      {
        deviceName: '/dev/sda1',
        rootVolume: true,
        ebs: { encrypted: true, volumeType: 'gp3', volumeSize: '20Gi' },
      },
    ]);
    expect(changes).toContain(
      'amiFamily Ubuntu became AL2: v1 dropped Ubuntu, and AL2 generates user data in the same format.',
    );
    expect(warnings).toEqual([
      'Ubuntu nodes now boot with AL2-generated user data; compatibility is not guaranteed long-term. Consider amiFamily Custom with your own userData.',
    ]);
    expect(validateManifest(nodeClass)).toEqual({ valid: true, errors: [] });
  });

  it('puts a placeholder AMI in an Ubuntu class without terms and says to replace it', () => {
    const { nodeClass, warnings } = convert(v1beta1EC2NodeClass({ amiFamily: 'Ubuntu' }));
    expect(nodeClass.spec.amiSelectorTerms).toEqual([{ id: 'ami-placeholder' }]);
    expect(warnings).toContain(
      'v1 cannot pick Ubuntu AMIs by itself: replace the placeholder amiSelectorTerms id ami-placeholder with your Ubuntu AMI (by id, name or tags).',
    );
    expect(validateManifest(nodeClass).valid).toBe(true);
  });

  it('writes out the v1beta1 metadata options so pods keep reaching IMDS', () => {
    const { nodeClass, changes } = convert(v1beta1EC2NodeClass());
    expect(nodeClass.spec.metadataOptions).toEqual({
      httpEndpoint: 'enabled',
      httpProtocolIPv6: 'disabled',
      httpPutResponseHopLimit: 2,
      httpTokens: 'required',
    });
    expect(changes).toContain(
      'metadataOptions written out with the older default httpPutResponseHopLimit 2, so pods without hostNetwork can still reach the instance metadata service (v1 defaults to 1, which blocks them); lower it to 1 if no pod needs that.',
    );
  });

  it('fills in the hop limit v1beta1 defaulted in a partly set metadataOptions', () => {
    const partial = convert(
      v1beta1EC2NodeClass({ spec: { metadataOptions: { httpTokens: 'required' } } }),
    );
    expect(partial.nodeClass.spec.metadataOptions).toEqual({
      httpTokens: 'required',
      httpPutResponseHopLimit: 2,
    });
    const explicit = convert(
      v1beta1EC2NodeClass({ spec: { metadataOptions: { httpPutResponseHopLimit: 1 } } }),
    );
    expect(explicit.nodeClass.spec.metadataOptions).toEqual({ httpPutResponseHopLimit: 1 });
  });

  it('keeps role, selectors, block devices, userData and tags as they were', () => {
    const older = v1beta1EC2NodeClass({
      amiFamily: 'Bottlerocket',
      spec: {
        blockDeviceMappings: [
          {
            deviceName: '/dev/xvdb',
            ebs: { volumeSize: '100Gi', volumeType: 'gp3', encrypted: true },
          },
        ],
        userData: '[settings.kubernetes]\nmax-pods = 110\n',
        detailedMonitoring: true,
      },
    });
    const { nodeClass } = convert(older);
    const spec = older.spec as Json;
    for (const key of [
      'role',
      'subnetSelectorTerms',
      'securityGroupSelectorTerms',
      'blockDeviceMappings',
      'userData',
      'tags',
      'detailedMonitoring',
    ]) {
      expect(nodeClass.spec[key]).toEqual(spec[key]);
    }
    expect(validateManifest(nodeClass)).toEqual({ valid: true, errors: [] });
  });

  it('takes the kubelet of the NodePools that point at it', () => {
    const older = v1beta1EC2NodeClass();
    const { nodeClass, changes, warnings } = convert(older, [
      v1beta1NodePool({ name: 'a' }),
      v1beta1NodePool({ name: 'b' }),
      v1beta1NodePool({ name: 'elsewhere', className: 'other', kubelet: { maxPods: 8 } }),
    ]);
    expect(nodeClass.spec.kubelet).toEqual(DEFAULT_KUBELET);
    expect(changes).toContain(
      'kubelet moved here from NodePools "a" and "b": v1 keeps kubelet settings on the EC2NodeClass.',
    );
    expect(warnings).toEqual([]);
    expect(validateManifest(nodeClass)).toEqual({ valid: true, errors: [] });
  });

  it('warns that a NodePool without kubelet settings gets the moved ones too', () => {
    const { nodeClass, warnings } = convert(v1beta1EC2NodeClass(), [
      v1beta1NodePool({ name: 'a' }),
      v1beta1NodePool({ name: 'plain', kubelet: undefined }),
    ]);
    expect(nodeClass.spec.kubelet).toEqual(DEFAULT_KUBELET);
    expect(warnings).toEqual([
      'NodePool "plain" also uses EC2NodeClass "default" without kubelet settings of its own; in v1 it gets the moved ones too. Give it another EC2NodeClass if that is wrong.',
    ]);
  });

  it('moves no kubelet when the NodePools sharing it disagree, and says how to split', () => {
    const { nodeClass, warnings } = convert(v1beta1EC2NodeClass(), [
      v1beta1NodePool({ name: 'a', kubelet: { maxPods: 20 } }),
      v1beta1NodePool({ name: 'b', kubelet: { maxPods: 40 } }),
    ]);
    expect(nodeClass.spec).not.toHaveProperty('kubelet');
    expect(warnings).toEqual([
      'NodePools "a" and "b" set different kubelet settings but share EC2NodeClass "default"; v1 keeps one kubelet per EC2NodeClass, so none was moved. Make one EC2NodeClass per kubelet configuration and point each NodePool at its own (a: {"maxPods":20}; b: {"maxPods":40}).',
    ]);
    const pool = convertToV1(v1beta1NodePool({ name: 'a', kubelet: { maxPods: 20 } }), {
      others: [v1beta1EC2NodeClass(), v1beta1NodePool({ name: 'b', kubelet: { maxPods: 40 } })],
    });
    expect(pool.warnings).toEqual([
      'kubelet settings were not moved: NodePools sharing EC2NodeClass "default" set different ones, and v1 keeps one per EC2NodeClass. Give this NodePool its own EC2NodeClass with: {"maxPods":20}.',
    ]);
  });

  it('removes the karpenter.sh/managed-by tag, which v1 replaced with eks:eks-cluster-name', () => {
    const { nodeClass, warnings } = convert(
      v1beta1EC2NodeClass({
        spec: { tags: { team: 'platform', 'karpenter.sh/managed-by': 'demo' } },
      }),
    );
    expect(nodeClass.spec.tags).toEqual({ team: 'platform' });
    expect(warnings).toEqual([
      'Tag "karpenter.sh/managed-by" removed: v1 tags eks:eks-cluster-name instead; update IAM policies that key on karpenter.sh/managed-by.',
    ]);
  });

  it('asks to check AL2023 userData, which Karpenter’s NodeConfig now overrides', () => {
    const { warnings } = convert(
      v1beta1EC2NodeClass({
        amiFamily: 'AL2023',
        spec: { userData: 'apiVersion: node.eks.aws/v1alpha1\nkind: NodeConfig\n' },
      }),
    );
    expect(warnings).toEqual([
      "Check userData: with AL2023, Karpenter's generated NodeConfig now takes precedence over values set in userData; set what Karpenter manages (kubelet settings) through spec.kubelet.",
    ]);
  });

  it('puts amiSelectorTerms where amiFamily was', () => {
    const { nodeClass } = convert(v1beta1EC2NodeClass({ amiFamily: 'AL2' }));
    expect(Object.keys(nodeClass.spec).slice(0, 2)).toEqual(['amiSelectorTerms', 'role']);
  });
});

describe('a v1beta1 EC2NodeClass that v1 NodePools of the import also use', () => {
  it('warns that those NodePools get the moved kubelet too', () => {
    const { nodeClass, warnings } = convert(v1beta1EC2NodeClass(), [
      v1beta1NodePool({ name: 'old' }),
      defaultNodePool('new', 'default'),
    ]);
    expect(nodeClass.spec.kubelet).toEqual(DEFAULT_KUBELET);
    expect(warnings).toEqual([
      'NodePool "new" also uses EC2NodeClass "default" without kubelet settings of its own; in v1 it gets the moved ones too. Give it another EC2NodeClass if that is wrong.',
    ]);
  });
});
