import { celRule, entry, item, type CelRule } from '../celRule';

/**
 * EC2NodeClass rules of karpenter.k8s.aws_ec2nodeclasses.yaml beyond AMI and selector terms:
 * the IAM identity, tags, block devices and network options.
 */

function notEmpty(id: string, message: string): CelRule {
  return celRule<string>({
    id,
    cel: "self != ''",
    check: (text, report) => (text === '' ? report(message) : undefined),
  });
}

export const roleNotEmpty = notEmpty(
  'role-not-empty',
  'must not be empty: name the IAM role nodes run as, e.g. KarpenterNodeRole-my-cluster',
);
export const instanceProfileNotEmpty = notEmpty(
  'instance-profile-not-empty',
  'must not be empty: name an existing instance profile, or set role instead',
);

interface Identity {
  role?: string;
  instanceProfile?: string;
}

/** Karpenter makes an instance profile from `role`, or uses the one given: never both. */
export const roleOrInstanceProfile: CelRule = celRule<Identity>({
  id: 'role-or-instance-profile',
  cel: '(has(self.role) && !has(self.instanceProfile)) || (!has(self.role) && has(self.instanceProfile))',
  check: ({ role, instanceProfile }, report) => {
    if (role !== undefined && instanceProfile !== undefined) {
      report(
        'and instanceProfile are both set: keep one (Karpenter makes an instance profile from role)',
        '.role',
      );
    } else if (role === undefined && instanceProfile === undefined) {
      report(
        'is required (or instanceProfile): the IAM identity the nodes run as, e.g. KarpenterNodeRole-my-cluster',
        '.role',
      );
    }
  },
});

// ---- spec.tags: keys Karpenter and EKS set on every instance themselves ----

function tagKeys(
  id: string,
  cel: string,
  restricted: (key: string) => boolean,
  message: string,
): CelRule {
  return celRule<Record<string, string>>({
    id,
    cel,
    check: (tags, report) => {
      for (const key of Object.keys(tags)) if (restricted(key)) report(message, entry(key));
    },
  });
}

const SET_BY_KARPENTER = 'is set by Karpenter on every instance it launches: remove it';

export const tagKeyNotEmpty = tagKeys(
  'tag-key-not-empty',
  "self.all(k, k != '')",
  (k) => k === '',
  'has an empty tag key: give the tag a key',
);
export const tagEksClusterName = tagKeys(
  'tag-eks-cluster-name',
  "self.all(k, k !='eks:eks-cluster-name')",
  (k) => k === 'eks:eks-cluster-name',
  'is set by EKS: remove it',
);
export const tagKubernetesCluster = tagKeys(
  'tag-kubernetes-cluster',
  "self.all(k, !k.startsWith('kubernetes.io/cluster') )",
  (k) => k.startsWith('kubernetes.io/cluster'),
  'is reserved: Karpenter sets kubernetes.io/cluster/<name> tags itself, remove it',
);
export const tagNodePool = tagKeys(
  'tag-nodepool',
  "self.all(k, k != 'karpenter.sh/nodepool')",
  (k) => k === 'karpenter.sh/nodepool',
  SET_BY_KARPENTER,
);
export const tagNodeClaim = tagKeys(
  'tag-nodeclaim',
  "self.all(k, k !='karpenter.sh/nodeclaim')",
  (k) => k === 'karpenter.sh/nodeclaim',
  SET_BY_KARPENTER,
);
export const tagEC2NodeClass = tagKeys(
  'tag-ec2nodeclass',
  "self.all(k, k !='karpenter.k8s.aws/ec2nodeclass')",
  (k) => k === 'karpenter.k8s.aws/ec2nodeclass',
  SET_BY_KARPENTER,
);

// ---- blockDeviceMappings ----

interface Ebs {
  snapshotID?: string;
  volumeSize?: string;
  volumeInitializationRate?: number;
}

export const ebsSizeOrSnapshot: CelRule = celRule<Ebs>({
  id: 'ebs-size-or-snapshot',
  cel: 'has(self.snapshotID) || has(self.volumeSize)',
  check: (ebs, report) => {
    if (ebs.snapshotID === undefined && ebs.volumeSize === undefined) {
      report('needs a volumeSize (e.g. 100Gi) or a snapshotID to create the volume from');
    }
  },
});

export const ebsInitializationRateNeedsSnapshot: CelRule = celRule<Ebs>({
  id: 'ebs-initialization-rate-snapshot',
  cel: "!has(self.volumeInitializationRate) || (has(self.snapshotID) && self.snapshotID != '')",
  check: (ebs, report) => {
    if (ebs.volumeInitializationRate !== undefined && (ebs.snapshotID ?? '') === '') {
      report(
        'only applies to a volume made from a snapshot: set snapshotID, or remove it',
        '.volumeInitializationRate',
      );
    }
  },
});

export const oneRootVolume: CelRule = celRule<{ rootVolume?: boolean }[]>({
  id: 'block-device-one-root',
  cel: 'self.filter(x, has(x.rootVolume)?x.rootVolume==true:false).size() <= 1',
  check: (mappings, report) => {
    const roots = mappings.filter((m) => m.rootVolume === true).length;
    if (roots > 1)
      report(
        `marks ${roots} devices as rootVolume: at most one can hold the kubelet's root directory`,
      );
  },
});

// ---- connectionTracking, networkInterfaces, placementGroupSelector ----

export const connectionTrackingSetsOne: CelRule = celRule<Record<string, number>>({
  id: 'connection-tracking-not-empty',
  cel: 'has(self.tcpEstablishedTimeout) || has(self.udpStreamTimeout) || has(self.udpTimeout)',
  check: (tracking, report) => {
    if (Object.keys(tracking).length === 0) {
      report(
        'sets no timeout: set tcpEstablishedTimeout, udpStreamTimeout or udpTimeout, or remove it',
      );
    }
  },
});

interface NetworkInterface {
  deviceIndex?: number;
  networkCardIndex?: number;
  interfaceType?: string;
}

export const primaryInterface: CelRule = celRule<NetworkInterface[]>({
  id: 'network-interfaces-primary',
  cel: "self.size() == 0 || self.exists(x, x.deviceIndex == 0 && x.networkCardIndex == 0 && x.interfaceType == 'interface')",
  check: (interfaces, report) => {
    const primary = (x: NetworkInterface) =>
      x.deviceIndex === 0 && x.networkCardIndex === 0 && x.interfaceType === 'interface';
    if (interfaces.length > 0 && !interfaces.some(primary)) {
      report(
        'needs a primary interface: add {networkCardIndex: 0, deviceIndex: 0, interfaceType: interface}',
      );
    }
  },
});

// Interfaces missing a required index are already reported; comparing their undefined indexes
// here cannot make an invalid object valid.
export const uniqueInterfaces: CelRule = celRule<NetworkInterface[]>({
  id: 'network-interfaces-unique',
  cel: "self.all(x, self.filter(y, x.networkCardIndex == y.networkCardIndex && x.deviceIndex == y.deviceIndex).size() == 1 && (x.interfaceType != 'efa-only' || self.filter(y, x.networkCardIndex == y.networkCardIndex && y.interfaceType == 'efa-only').size() == 1))",
  check: (interfaces, report) =>
    interfaces.forEach((x, i) => {
      const card = interfaces.filter((y) => y.networkCardIndex === x.networkCardIndex);
      if (card.filter((y) => y.deviceIndex === x.deviceIndex).length !== 1) {
        report(
          `repeats networkCardIndex ${x.networkCardIndex ?? '?'} with deviceIndex ${x.deviceIndex ?? '?'}: each pair must be unique`,
          item(i),
        );
      } else if (
        x.interfaceType === 'efa-only' &&
        card.filter((y) => y.interfaceType === 'efa-only').length !== 1
      ) {
        report(
          `is one of several efa-only interfaces on network card ${x.networkCardIndex ?? '?'}: a card takes at most one`,
          item(i),
        );
      }
    }),
});

interface PlacementGroupSelector {
  name?: string;
  id?: string;
}

export const placementGroupSelects: CelRule = celRule<PlacementGroupSelector>({
  id: 'placement-group-selects',
  cel: 'has(self.name) || has(self.id)',
  check: (selector, report) => {
    if (selector.name === undefined && selector.id === undefined)
      report('selects nothing: set name or id');
  },
});

export const placementGroupNameOrId: CelRule = celRule<PlacementGroupSelector>({
  id: 'placement-group-name-or-id',
  cel: '!(has(self.name) && has(self.id))',
  check: (selector, report) => {
    if (selector.name !== undefined && selector.id !== undefined)
      report('sets both name and id: keep one');
  },
});
