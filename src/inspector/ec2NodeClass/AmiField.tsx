import type { JSX } from 'react';
import { editEC2NodeClass } from '../../commands/resourceEdits';
import type { ResourceId } from '../../domain/design/types';
import { amiAlias, withAmiAlias } from '../../domain/karpenter/ec2NodeClassFieldEdits';
import { amiAliasProblem } from '../../domain/karpenter/ec2NodeClassFieldProblems';
import type { EC2NodeClass } from '../../domain/karpenter/types';
import { AMI_ALIASES } from '../../domain/karpenter/wellKnownLabels';
import { TextField } from '../fields/TextField';

const FIRST_ALIAS = AMI_ALIASES[0];

/**
 * The AMI, chosen by an EKS-optimized alias. Terms that are not a single alias (ids, tags, a
 * custom owner) are shown, not edited here: replacing them is an explicit choice.
 */
export function AmiField({
  classId,
  nodeClass,
}: {
  classId: ResourceId;
  nodeClass: EC2NodeClass;
}): JSX.Element {
  const alias = amiAlias(nodeClass);
  if (alias !== undefined) {
    return (
      <TextField
        label="AMI alias"
        value={alias}
        onChange={(next) => editEC2NodeClass(classId, 'amiAlias', (c) => withAmiAlias(c, next))}
        error={amiAliasProblem(alias)}
        hint="family@version. @latest follows every AMI release (and drifts nodes); pin a version such as al2023@v20240807 in production."
        suggestions={AMI_ALIASES}
        mono
      />
    );
  }
  const terms = nodeClass.spec.amiSelectorTerms.length;
  return (
    <div className="insp-field">
      <span className="insp-label">AMI</span>
      <p className="insp-readonly">custom AMI selector terms ({terms})</p>
      <p className="insp-hint">Edit them in the YAML panel, or switch to an EKS-optimized alias.</p>
      <button
        type="button"
        className="insp-button"
        onClick={() => editEC2NodeClass(classId, 'amiAlias', (c) => withAmiAlias(c, FIRST_ALIAS))}
      >
        Use an alias instead
      </button>
    </div>
  );
}
