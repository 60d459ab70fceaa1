import {
  discoveredBy,
  documents,
  ec2NodeClass,
  indent,
  nodeClassRefTo,
  nodePool,
} from './yamlText';

/**
 * A storage-heavy class with four EBS volumes: the root, a fast io2 volume that is the kubelet's
 * root dir (`rootVolume`), one restored from a snapshot at a set initialization rate, and a
 * throughput-optimized st1 volume for logs, with RAID0 over the local NVMe instance store.
 */
export function multipleEbsManifests(cluster = 'my-cluster'): string {
  return documents(
    ec2NodeClass(
      'storage',
      `
amiSelectorTerms:
  - alias: al2023@latest
blockDeviceMappings:
  - deviceName: /dev/xvda
    ebs:
      volumeSize: 50Gi
      volumeType: gp3
  - deviceName: /dev/xvdb
    ebs:
      deleteOnTermination: true
      encrypted: true
      iops: 10000
      kmsKeyID: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab
      volumeSize: 500Gi
      volumeType: io2
    rootVolume: true
  - deviceName: /dev/xvdc
    ebs:
      snapshotID: snap-0123456789abcdef0
      volumeInitializationRate: 200
      volumeType: gp3
  - deviceName: /dev/xvdd
    ebs:
      volumeSize: 1Ti
      volumeType: st1
instanceStorePolicy: RAID0
role: KarpenterNodeRole-${cluster}
${discoveredBy(cluster)}
`,
    ),
    nodePool(
      'storage',
      `
disruption:
  consolidateAfter: 30m
  consolidationPolicy: WhenEmpty
template:
  spec:
${indent(nodeClassRefTo('storage'), 4)}
    requirements:
      - key: karpenter.k8s.aws/instance-local-nvme
        operator: Gt
        values:
          - "100"
      - key: karpenter.k8s.aws/instance-ebs-bandwidth
        operator: Gte
        values:
          - "10000"
`,
    ),
  );
}
