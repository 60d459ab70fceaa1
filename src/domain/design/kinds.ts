// Adding a kind: (1) its resource type in ResourceByKind (design/types.ts) and its entry in KINDS;
// (2) its node component (canvas/nodes/) and its form (inspector/, taking FormProps<K>);
// (3) `npx tsc -b` names the records left: NODES, FORMS, NEW_RESOURCE, RESTORE, FACTS, learn entry;
// (4) `--<variant>` colours in app/theme.css, its card/palette/inspector CSS (kindStyles.test);
// (5) YAML import/export and validation choose kinds by name: add it there if it has a manifest.
import type { ResourceKind } from './types';

/**
 * Everything the app says about a kind of resource besides its fields, written once: the words
 * for it, how new ones are named, how the canvas, inspector, palette and pictures show it. A new
 * kind starts with an entry here, then its form (inspector) and its node (canvas).
 */
interface KindFacts<K extends ResourceKind> {
  /** How the UI names one: "NodePool", "MIG profile". */
  label: string;
  /** The article before the label in a sentence: "not an EC2NodeClass". */
  article: 'a' | 'an';
  /** The label for a count other than one: "2 EC2NodeClasses". */
  plural: string;
  /** Starts the id of a new resource (`np-1a2b3c4d`). */
  idPrefix: string;
  /** Starts the name of a new resource (`nodepool`, `nodepool-2`...). */
  namePrefix: string;
  /** Where a resource keeps its name: the path problems about the name point at. */
  namePath: 'metadata.name' | 'name';
  /** The React Flow node type; also the `react-flow__node-<type>` class tests rely on (CONTRACT.md). */
  nodeType: string;
  /**
   * The kind's CSS name: `resource-card--<variant>`, `insp-kind--<variant>`,
   * `palette__item--<variant>`, and the theme colour `--<variant>` the minimap paints it with.
   */
  variant: string;
  /**
   * The colour `--<variant>` of src/app/theme.css in each theme, spelled out for what leaves the
   * app and cannot read CSS variables (a picture).
   */
  colour: { light: string; dark: string };
  /** Its learn entry (domain/learn), which the canvas and the inspector show on the kind. */
  learn: `kind:${K}`;
  /** What the palette entry says it is for. */
  paletteHint: string;
}

/** The kinds in palette order. */
export const KINDS = {
  NodePool: {
    label: 'NodePool',
    article: 'a',
    plural: 'NodePools',
    idPrefix: 'np',
    namePrefix: 'nodepool',
    namePath: 'metadata.name',
    nodeType: 'nodePool',
    variant: 'nodepool',
    colour: { light: '#2563eb', dark: '#6ea2ff' },
    learn: 'kind:NodePool',
    paletteHint: 'What nodes you want: requirements, taints, limits, disruption',
  },
  EC2NodeClass: {
    label: 'EC2NodeClass',
    article: 'an',
    plural: 'EC2NodeClasses',
    idPrefix: 'nc',
    namePrefix: 'ec2nodeclass',
    namePath: 'metadata.name',
    nodeType: 'ec2NodeClass',
    variant: 'nodeclass',
    colour: { light: '#b45309', dark: '#f0a54a' },
    learn: 'kind:EC2NodeClass',
    paletteHint: 'How instances are built: AMI, IAM role, subnets, security groups',
  },
  MigProfile: {
    label: 'MIG profile',
    article: 'a',
    plural: 'MIG profiles',
    idPrefix: 'mig',
    namePrefix: 'migprofile',
    namePath: 'name',
    nodeType: 'migProfile',
    variant: 'mig',
    colour: { light: '#15803d', dark: '#5cc98a' },
    learn: 'kind:MigProfile',
    paletteHint: 'A GPU Operator MIG layout a NodePool selects',
  },
  Workload: {
    label: 'Workload',
    article: 'a',
    plural: 'Workloads',
    idPrefix: 'wl',
    namePrefix: 'workload',
    namePath: 'metadata.name',
    nodeType: 'workload',
    variant: 'workload',
    colour: { light: '#7c3aed', dark: '#b794f6' },
    learn: 'kind:Workload',
    paletteHint: 'Pods to place: requests, selectors, tolerations, replicas',
  },
} as const satisfies { [K in ResourceKind]: KindFacts<K> };

/** Whether text (a drag payload, a saved value) names a kind; own keys only, as it is user data. */
export function isResourceKind(value: string): value is ResourceKind {
  return Object.hasOwn(KINDS, value);
}

/** Every kind, in palette order. */
export const RESOURCE_KINDS: readonly ResourceKind[] = Object.keys(KINDS).filter(isResourceKind);

/** "a NodePool", "an EC2NodeClass": the kind as a sentence names it. */
export function kindWithArticle(kind: ResourceKind): string {
  return `${KINDS[kind].article} ${KINDS[kind].label}`;
}
