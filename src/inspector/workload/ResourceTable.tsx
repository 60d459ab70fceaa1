import { useId, type JSX } from 'react';
import {
  quantityProblem,
  requestLimitProblem,
  resourceRows,
  withQuantity,
  withResourceAdded,
  withResourceRemoved,
  type ResourceRow,
  type ResourceSide,
} from '../../domain/kube/containerEdits';
import type { Container } from '../../domain/kube/podSpec';
import { LearnHint } from '../fields/LearnHint';
import { describedByError } from '../fields/RowErrors';
import { TextInput } from '../fields/TextInput';

interface ResourceTableProps {
  container: Container;
  /** The container in words, e.g. "container 2", for the controls' names. */
  row: string;
  /** The resources offered to add. */
  resources: readonly string[];
  onEdit: (update: (container: Container) => Container) => void;
}

/** A container's requests and limits, one line per resource, checked as they are typed. */
export function ResourceTable({
  container,
  row,
  resources,
  onEdit,
}: ResourceTableProps): JSX.Element {
  const id = useId();
  const rows = resourceRows(container);
  const present = new Set(rows.map((r) => r.resource));
  const addable = resources.filter((resource) => !present.has(resource));
  return (
    <div className="wl-resources">
      <div className="wl-resources-grid" role="group" aria-label={`Resources of ${row}`}>
        <span className="wl-resources-head">Resource</span>
        <span className="wl-resources-head">
          Request
          <LearnHint learn="Workload:spec.template.spec.containers[].resources.requests" />
        </span>
        <span className="wl-resources-head">
          Limit
          <LearnHint learn="Workload:spec.template.spec.containers[].resources.limits" />
        </span>
        <span aria-hidden="true" />
        {rows.map((resourceRow, index) => (
          <ResourceLine
            key={resourceRow.resource}
            id={`${id}-${index}`}
            row={row}
            resourceRow={resourceRow}
            onEdit={onEdit}
          />
        ))}
      </div>
      {rows.length === 0 ? (
        <p className="insp-hint">No requests: the pod asks for nothing and fits anywhere.</p>
      ) : null}
      {addable.length > 0 ? (
        <>
          <label className="visually-hidden" htmlFor={`${id}-add`}>
            Add a resource to {row}
          </label>
          <select
            id={`${id}-add`}
            className="insp-input wl-resources-add"
            value=""
            onChange={(event) => {
              const resource = event.target.value;
              if (resource) onEdit((c) => withResourceAdded(c, resource));
            }}
          >
            <option value="">Add resource…</option>
            {addable.map((resource) => (
              <option key={resource} value={resource}>
                {resource}
              </option>
            ))}
          </select>
        </>
      ) : null}
    </div>
  );
}

function ResourceLine({
  id,
  row,
  resourceRow,
  onEdit,
}: {
  id: string;
  row: string;
  resourceRow: ResourceRow;
  onEdit: (update: (container: Container) => Container) => void;
}): JSX.Element {
  const { resource, request, limit } = resourceRow;
  const requestError = quantityProblem(resource, request);
  const limitError = quantityProblem(resource, limit);
  const pairError =
    requestError === undefined && limitError === undefined
      ? requestLimitProblem(resourceRow)
      : undefined;
  const errors = [
    requestError && `Request: ${requestError}`,
    limitError && `Limit: ${limitError}`,
    pairError,
  ].filter((e): e is string => Boolean(e));
  const quantity = (side: ResourceSide, value: string | undefined, error: string | undefined) => (
    <>
      <label className="visually-hidden" htmlFor={`${id}-${side}`}>
        {side === 'requests' ? 'Request' : 'Limit'} of {resource} in {row}
      </label>
      <TextInput
        id={`${id}-${side}`}
        className="insp-input insp-mono"
        value={value ?? ''}
        placeholder={side === 'requests' && limit !== undefined ? `= limit` : undefined}
        onChange={(event) => {
          const text = event.target.value;
          onEdit((c) => withQuantity(c, side, resource, text));
        }}
        {...describedByError(`${id}-error`, error ?? pairError)}
      />
    </>
  );
  return (
    <>
      <span className="wl-resource-name insp-mono" title={resource}>
        {resource}
      </span>
      {quantity('requests', request, requestError)}
      {quantity('limits', limit, limitError)}
      <button
        type="button"
        className="insp-button insp-button--quiet wl-resource-remove"
        aria-label={`Remove ${resource} from ${row}`}
        title="Remove"
        onClick={() => onEdit((c) => withResourceRemoved(c, resource))}
      >
        ✕
      </button>
      {errors.length > 0 ? (
        <p className="insp-error wl-resources-error" id={`${id}-error`}>
          {errors.join(' ')}
        </p>
      ) : null}
    </>
  );
}
