import type { DocumentSource, OtherDocument } from '../../design/types';
import type { EC2NodeClass, NodePool } from '../../karpenter/model/types';
import type { WorkloadManifest } from '../../kube/workloadManifest';
import type { ReadAttachment } from '../../mig/migAttachment';
import type { ImportMessage } from '../parse/importMessages';

/** What one import brings in, before it gets ids and positions in a design. */
export interface ImportedResources {
  nodeClasses: {
    manifest: EC2NodeClass;
    source?: DocumentSource;
    line?: number;
    converted?: boolean;
  }[];
  nodePools: {
    manifest: NodePool;
    /** The MIG profile the pool's label, taint and GPU pins say is attached. */
    mig?: ReadAttachment;
    source?: DocumentSource;
    line?: number;
    converted?: boolean;
  }[];
  /** Deployments, Jobs, DaemonSets, Pods...: they become workload nodes. */
  workloads: {
    manifest: WorkloadManifest;
    source?: DocumentSource;
    line?: number;
  }[];
  /** Older-API manifests converted to v1, for the user to review before accepting. */
  conversions: ConversionPreview[];
  /** Other kinds, kept as text and exported untouched. */
  others: (Omit<OtherDocument, 'id'> & { line?: number })[];
  messages: ImportMessage[];
}

export interface ConversionPreview {
  from: string;
  name: string;
  source: string;
  line: number;
  before: string;
  after: string;
  changes: string[];
  warnings: string[];
}
