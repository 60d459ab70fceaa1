import './inspector.css';
import { useEffect, useRef, type JSX } from 'react';
import { resourceById } from '../domain/design/resources';
import type { Design, Resource, ResourceByKind, ResourceKind } from '../domain/design/types';
import { useDesignStore } from '../store/designStore';
import { useEditGesture } from '../ui/useEditGesture';
import { selectEditable } from '../store/selectors';
import type { FormComponent } from './formProps';
import type { FORMS } from './kindForms';
import { PanelSkeleton } from '../ui/PanelSkeleton';
import { useKindForms } from './useKindForms';
import { InspectorEmpty } from './InspectorEmpty';
import { InspectorMultiple } from './InspectorMultiple';
import { useRevealField } from './useRevealField';

/**
 * The right-hand panel: the form of the one selected resource, or what to do when there is none
 * or several. Edits go straight to the design, so the canvas and the YAML follow every keystroke.
 */
export function Inspector(): JSX.Element {
  const design = useDesignStore((state) => state.design);
  const selection = useDesignStore((state) => state.selection);
  // The rule run.ts applies to every editing command: a shared design is read-only.
  const readOnly = useDesignStore((state) => !selectEditable(state));
  const selected = selection
    .map((id) => resourceById(design, id))
    .filter((resource): resource is Resource => resource !== undefined);

  let content: JSX.Element;
  const only = selected.length === 1 ? selected[0] : undefined;
  const panel = useRef<HTMLDivElement>(null);
  const gesture = useEditGesture({ endOnEnter: true });
  // Another resource's form starts at its top, not where the last one was scrolled to.
  useEffect(() => {
    panel.current?.scrollTo({ top: 0 });
  }, [only?.id]);
  const forms = useKindForms(only?.id);
  // A field is revealed once the form that holds it is drawn, which may wait for its chunk.
  useRevealField(panel, forms.status === 'ready' ? only?.id : undefined);
  if (selected.length > 1) {
    content = <InspectorMultiple resources={selected} />;
  } else if (only && forms.status === 'ready') {
    // Keyed by id, so moving to another resource starts with fresh half-typed state.
    content = (
      <KindForm
        key={only.id}
        forms={forms.forms}
        kind={only.kind}
        resource={only}
        design={design}
      />
    );
  } else if (only && forms.status === 'failed') {
    content = (
      <p className="insp-empty" role="alert">
        The form could not be loaded: the connection may be down. Select the resource again once it
        is back; the design is unchanged.
      </p>
    );
  } else if (only) {
    content = <PanelSkeleton label="Inspector" />;
  } else {
    content = <InspectorEmpty />;
  }

  return (
    <div className="inspector" data-testid="inspector" ref={panel} {...gesture}>
      {/* A shared design: every control shows its value and none takes input. */}
      <fieldset className="inspector__fieldset" disabled={readOnly}>
        {content}
      </fieldset>
    </div>
  );
}

/** The form of the resource's own kind, given the resource as that kind. */
function KindForm<K extends ResourceKind>({
  forms,
  kind,
  resource,
  design,
}: {
  forms: typeof FORMS;
  kind: K;
  resource: ResourceByKind[K];
  design: Design;
}): JSX.Element {
  const Form: FormComponent<K> = forms[kind];
  return <Form resource={resource} design={design} />;
}
