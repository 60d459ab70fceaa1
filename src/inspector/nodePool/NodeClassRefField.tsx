import { useMemo, type JSX } from 'react';
import { editNodePool } from '../../commands/resourceEdits';
import { ec2NodeClasses } from '../../domain/design/resources';
import type { Design, ResourceId } from '../../domain/design/types';
import { nodeClassRef } from '../../domain/karpenter/model/defaults';
import { withNodeClassRef } from '../../domain/karpenter/edits/nodePoolEdits';
import { SelectField, type SelectOption } from '../fields/SelectField';

interface NodeClassRefFieldProps {
  poolId: ResourceId;
  /** The pool's `nodeClassRef.name`; empty when it has none. */
  className: string;
  design: Design;
}

/** Which EC2NodeClass builds this pool's nodes, chosen among the classes in the design. */
export function NodeClassRefField({
  poolId,
  className,
  design,
}: NodeClassRefFieldProps): JSX.Element {
  const options = useMemo(() => {
    const names = [...new Set(ec2NodeClasses(design).map((c) => c.manifest.metadata.name))].sort();
    const list: SelectOption<string>[] = [{ value: '', label: '(none)' }];
    list.push(...names.map((name) => ({ value: name, label: name })));
    // A reference to a class that is not in the design stays visible rather than being lost.
    if (className !== '' && !names.includes(className)) {
      list.push({ value: className, label: `${className} (missing)` });
    }
    return list;
  }, [design, className]);

  return (
    <SelectField
      label="EC2NodeClass"
      learn="NodePool:spec.template.spec.nodeClassRef"
      value={className}
      options={options}
      onChange={(name) =>
        editNodePool(poolId, (pool) => withNodeClassRef(pool, nodeClassRef(name)))
      }
      hint="A NodePool references exactly one EC2NodeClass; a class serves many pools."
    />
  );
}
