import { NODEPOOL_DOCS, NVIDIA_DOCS, SCHEDULING_DOCS } from '../fields/docLinks';
import type { LearnEntry } from './learnEntry';

/** The lines between resources on the canvas. */
export const EDGE_ENTRIES = [
  {
    id: 'edge:nodeClassRef',
    title: 'nodeClassRef (NodePool to EC2NodeClass)',
    what: 'The line from a pool to the class that builds its nodes: the pool’s spec.template.spec.nodeClassRef. Every pool has exactly one; a class may serve many pools. Drag from a pool’s handle to a class to set it.',
    mistake:
      'Changing a shared class to suit one pool: every pool that uses it gets the change, and its nodes are replaced as drifted.',
    docs: NODEPOOL_DOCS.nodeClassRef,
  },
  {
    id: 'edge:migProfile',
    title: 'MIG profile attached to a NodePool',
    what: 'Gives a pool a MIG partitioning: on export the pool gets the nvidia.com/mig.config label, requirements that pin the profile’s GPU model and, if chosen, the MIG taint. It lives only in the design; in the cluster there are just those labels, taints and requirements.',
    mistake:
      'Attaching one profile to several pools that need different partitions: one profile is one partitioning, so make one profile per partitioning.',
    docs: NVIDIA_DOCS.gpuOperatorMig,
  },
  {
    id: 'edge:placement',
    title: 'Placement (workload to the NodePool it lands on)',
    what: 'A result, not a reference: the broad, pale line from a workload to the pool Karpenter would launch its nodes from, labelled with those nodes, their capacity type and their on-demand price an hour (for spot, the most they cost). A workload split over two pools gets a line to each; one that lands nowhere has none and turns red. It moves as you edit requests, tolerations, weights, taints, limits or requirements; you cannot draw or delete it.',
    mistake:
      'Reading the line as the only pool that fits: Karpenter takes the highest-weighted pool that fits, so a lower pool that would also take the pods gets no line. Select the workload to see every pool’s verdict.',
    docs: SCHEDULING_DOCS.page,
  },
] as const satisfies readonly LearnEntry<`edge:${string}`>[];

/** A kind of line on the canvas. */
export type EdgeId = (typeof EDGE_ENTRIES)[number]['id'];

/**
 * What hovering a line says: its learn entry's title and first paragraph. Read here rather than
 * through learnEntries.ts, which brings every field's help: the canvas draws without it.
 */
export function edgeTooltip(id: EdgeId): string {
  const entry = EDGE_ENTRIES.find((e) => e.id === id);
  return entry ? `${entry.title}: ${entry.what}` : '';
}
