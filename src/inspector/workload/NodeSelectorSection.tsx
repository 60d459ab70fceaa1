import { memo, type JSX } from 'react';
import type { ResourceId } from '../../domain/design/types';
import { withNodeSelector } from '../../domain/kube/schedulingEdits';
import { KeyValueEditor } from '../fields/KeyValueEditor';
import { Section } from '../fields/Section';
import { editPod } from './editPod';
import { useLabelSuggestions } from './useLabelSuggestions';

/** Labels every node the pod runs on must have. */
export const NodeSelectorSection = memo(function NodeSelectorSection({
  id,
  nodeSelector,
}: {
  id: ResourceId;
  nodeSelector: Readonly<Record<string, string>>;
}): JSX.Element {
  const { suggestions, valuesFor } = useLabelSuggestions();
  return (
    <Section
      title="Node selector"
      count={Object.keys(nodeSelector).length}
      learn="Workload:spec.template.spec.nodeSelector"
    >
      <KeyValueEditor
        entries={nodeSelector}
        noun="node selector label"
        keyLabel="Label"
        keySuggestions={suggestions.labelKeys}
        valueSuggestions={valuesFor}
        keyProblem={(key) => (key === '' ? 'the label key is required' : undefined)}
        valueProblem={(value) => (String(value).length > 63 ? 'at most 63 characters' : undefined)}
        compact
        empty="No node selector: any pool whose taints the pod tolerates may take it."
        onEdit={(edit) =>
          editPod(id, (spec) => {
            const next: Record<string, string> = {};
            for (const [key, value] of Object.entries(edit(spec.nodeSelector ?? {})))
              next[key] = String(value);
            return withNodeSelector(spec, next);
          })
        }
      />
    </Section>
  );
});
