import './panelSkeleton.css';

/**
 * What a lazy panel shows while its chunk arrives: a quiet block that fills the panel's own
 * frame, so nothing around it moves when the content replaces it. Busy for assistive technology.
 */
export function PanelSkeleton({ label }: { label: string }) {
  return (
    <div className="panel-skeleton" role="status" aria-busy="true" aria-label={`${label}: loading`}>
      <span className="panel-skeleton__line" />
      <span className="panel-skeleton__line panel-skeleton__line--short" />
      <span className="panel-skeleton__line" />
    </div>
  );
}
