import { describe, expect, it } from 'vitest';
import { validateManifest } from '../../../../test/support/crdOracle';
import type { EC2NodeClass } from '../../karpenter/model/types';
import { convertToV1 } from './convertToV1';
import { awsNodeTemplate } from '../../../../test/convert/olderManifests';

type Json = Record<string, unknown>;

function convert(manifest: Json, others: Json[] = []) {
  const conversion = convertToV1(manifest, { others });
  return { ...conversion, nodeClass: conversion.converted[0] as EC2NodeClass };
}

describe('converting a karpenter.k8s.aws/v1alpha1 AWSNodeTemplate', () => {
  it('gives a v1 EC2NodeClass the CRD accepts', () => {
    const { nodeClass, from, changes } = convert(awsNodeTemplate());
    expect(from).toBe('karpenter.k8s.aws/v1alpha1 AWSNodeTemplate');
    expect(nodeClass.apiVersion).toBe('karpenter.k8s.aws/v1');
    expect(nodeClass.kind).toBe('EC2NodeClass');
    expect(changes[0]).toBe('AWSNodeTemplate is called EC2NodeClass since v1beta1.');
    expect(validateManifest(nodeClass)).toEqual({ valid: true, errors: [] });
  });

  it('turns subnet and security group tag selectors into one tags term each', () => {
    const { nodeClass, changes } = convert(awsNodeTemplate());
    expect(nodeClass.spec.subnetSelectorTerms).toEqual([
      { tags: { 'karpenter.sh/discovery': 'demo' } },
    ]);
    expect(nodeClass.spec.securityGroupSelectorTerms).toEqual([
      { tags: { 'karpenter.sh/discovery': 'demo' } },
    ]);
    expect(changes).toContain('subnetSelector became subnetSelectorTerms with one tags term.');
  });

  it('turns aws-ids and aws::ids lists into one id term per id', () => {
    const { nodeClass, changes } = convert(
      awsNodeTemplate('default', {
        subnetSelector: { 'aws-ids': 'subnet-123,subnet-456' },
        securityGroupSelector: { 'aws::ids': 'sg-123, sg-456' },
      }),
    );
    expect(nodeClass.spec.subnetSelectorTerms).toEqual([
      { id: 'subnet-123' },
      { id: 'subnet-456' },
    ]);
    expect(nodeClass.spec.securityGroupSelectorTerms).toEqual([{ id: 'sg-123' }, { id: 'sg-456' }]);
    expect(changes).toContain('subnetSelector ids became 2 subnetSelectorTerms id term(s).');
    expect(validateManifest(nodeClass)).toEqual({ valid: true, errors: [] });
  });

  it('spells the any-value tag selector "*" instead of ""', () => {
    const { nodeClass, changes } = convert(
      awsNodeTemplate('default', { subnetSelector: { 'kubernetes.io/role/internal-elb': '' } }),
    );
    expect(nodeClass.spec.subnetSelectorTerms).toEqual([
      { tags: { 'kubernetes.io/role/internal-elb': '*' } },
    ]);
    expect(changes).toContain(
      'subnetSelector tag "kubernetes.io/role/internal-elb": the empty value (any value) is now "*".',
    );
    expect(validateManifest(nodeClass).valid).toBe(true);
  });

  it('makes the implicit AL2 explicit and selects it by alias', () => {
    const { nodeClass, changes } = convert(awsNodeTemplate());
    expect(nodeClass.spec.amiSelectorTerms).toEqual([{ alias: 'al2@latest' }]);
    expect(nodeClass.spec).not.toHaveProperty('amiFamily');
    expect(changes).toContain('amiFamily was unset, which meant AL2; now explicit.');
  });

  it('turns an amiSelector of names and owners into every name and owner pair', () => {
    const { nodeClass, changes } = convert(
      awsNodeTemplate('default', {
        amiFamily: 'AL2',
        amiSelector: { 'aws::name': 'my-name1,my-name2', 'aws::owners': '123456789012,amazon' },
      }),
    );
    expect(nodeClass.spec.amiFamily).toBe('AL2');
    expect(nodeClass.spec.amiSelectorTerms).toEqual([
      { name: 'my-name1', owner: '123456789012' },
      { name: 'my-name2', owner: '123456789012' },
      { name: 'my-name1', owner: 'amazon' },
      { name: 'my-name2', owner: 'amazon' },
    ]);
    expect(changes).toContain('amiSelector became 4 amiSelectorTerms term(s).');
    expect(validateManifest(nodeClass)).toEqual({ valid: true, errors: [] });
  });

  it('turns amiSelector ids into id terms and tags into a tags term', () => {
    const byId = convert(
      awsNodeTemplate('default', {
        amiFamily: 'Custom',
        amiSelector: { 'aws-ids': 'ami-123,ami-456' },
      }),
    );
    expect(byId.nodeClass.spec.amiSelectorTerms).toEqual([{ id: 'ami-123' }, { id: 'ami-456' }]);
    expect(byId.nodeClass.spec.amiFamily).toBe('Custom');
    expect(validateManifest(byId.nodeClass).valid).toBe(true);
    const byTag = convert(
      awsNodeTemplate('default', { amiSelector: { 'karpenter.sh/discovery': 'demo' } }),
    );
    expect(byTag.nodeClass.spec.amiSelectorTerms).toEqual([
      { tags: { 'karpenter.sh/discovery': 'demo' } },
    ]);
    expect(byTag.nodeClass.spec.amiFamily).toBe('AL2');
  });

  it('keeps instanceProfile, which v1 takes instead of role', () => {
    const { nodeClass, warnings } = convert(awsNodeTemplate());
    expect(nodeClass.spec.instanceProfile).toBe('KarpenterNodeInstanceProfile-demo');
    expect(nodeClass.spec).not.toHaveProperty('role');
    expect(warnings).toEqual([]);
  });

  it('names the Getting Started node role when the template relied on the global instance profile', () => {
    const older = awsNodeTemplate();
    delete (older.spec as Json).instanceProfile;
    const { nodeClass, warnings } = convert(older);
    expect(nodeClass.spec.role).toBe('KarpenterNodeRole-demo');
    expect(warnings).toEqual([
      'No instanceProfile: the template relied on the global defaultInstanceProfile setting, which is gone. role set to KarpenterNodeRole-demo, the Getting Started name; check it is your node role (or set instanceProfile instead).',
    ]);
    expect(validateManifest(nodeClass)).toEqual({ valid: true, errors: [] });
  });

  it('carries block devices, userData, tags, metadata options and detailed monitoring over', () => {
    const blockDeviceMappings = [
      {
        deviceName: '/dev/xvda',
        ebs: { volumeSize: '100Gi', volumeType: 'gp3', encrypted: true, deleteOnTermination: true },
      },
    ];
    const metadataOptions = {
      httpEndpoint: 'enabled',
      httpPutResponseHopLimit: 1,
      httpTokens: 'required',
    };
    const { nodeClass, changes } = convert(
      awsNodeTemplate('default', {
        amiFamily: 'AL2',
        blockDeviceMappings,
        userData: '#!/bin/bash\necho hello\n',
        metadataOptions,
        detailedMonitoring: true,
        associatePublicIpAddress: false,
      }),
    );
    expect(nodeClass.spec.blockDeviceMappings).toEqual(blockDeviceMappings);
    expect(nodeClass.spec.userData).toBe('#!/bin/bash\necho hello\n');
    expect(nodeClass.spec.tags).toEqual({ team: 'team-a' });
    expect(nodeClass.spec.metadataOptions).toEqual(metadataOptions);
    expect(nodeClass.spec.detailedMonitoring).toBe(true);
    expect(nodeClass.spec.associatePublicIPAddress).toBe(false);
    expect(changes).toContain(
      'associatePublicIpAddress is spelled associatePublicIPAddress in v1.',
    );
    expect(validateManifest(nodeClass)).toEqual({ valid: true, errors: [] });
  });

  it('drops launchTemplate and instance store mappings, saying what to carry over', () => {
    const { nodeClass, warnings } = convert(
      awsNodeTemplate('default', {
        launchTemplate: 'my-template',
        blockDeviceMappings: [
          { deviceName: '/dev/xvda', ebs: { volumeSize: '50Gi' } },
          { deviceName: '/dev/sdb', virtualName: 'ephemeral0' },
        ],
      }),
    );
    expect(nodeClass.spec.blockDeviceMappings).toEqual([
      { deviceName: '/dev/xvda', ebs: { volumeSize: '50Gi' } },
    ]);
    expect(warnings).toEqual([
      'launchTemplate "my-template" is not supported since v1beta1 and was dropped; carry its settings (AMI, user data, security groups, block devices) into this EC2NodeClass.',
      'blockDeviceMappings /dev/sdb (instance store ephemeral0) was dropped: v1 maps EBS volumes only; instanceStorePolicy: RAID0 uses instance stores.',
    ]);
    expect(validateManifest(nodeClass).valid).toBe(true);
  });

  it('puts apiVersion, kind, metadata and spec first, and role or instanceProfile first in spec', () => {
    const { nodeClass } = convert(awsNodeTemplate());
    expect(Object.keys(nodeClass)).toEqual(['apiVersion', 'kind', 'metadata', 'spec']);
    expect(Object.keys(nodeClass.spec).slice(0, 4)).toEqual([
      'instanceProfile',
      'amiSelectorTerms',
      'subnetSelectorTerms',
      'securityGroupSelectorTerms',
    ]);
  });
});
