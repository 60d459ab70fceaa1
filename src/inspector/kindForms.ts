import type { ResourceKind } from '../domain/design/types';
import { EC2NodeClassForm } from './EC2NodeClassForm';
import type { FormComponent } from './formProps';
import { MigProfileForm } from './MigProfileForm';
import { NodePoolForm } from './NodePoolForm';
import { WorkloadForm } from './WorkloadForm';

/**
 * The inspector's form for each kind; a new kind without one is a type error here. A lazy chunk
 * (useKindForms.ts).
 */
export const FORMS: { [K in ResourceKind]: FormComponent<K> } = {
  NodePool: NodePoolForm,
  EC2NodeClass: EC2NodeClassForm,
  MigProfile: MigProfileForm,
  Workload: WorkloadForm,
};
