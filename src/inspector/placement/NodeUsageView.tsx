import type { JSX } from 'react';
import { formatAmount } from '../../domain/lib/quantity';
import type { NodeUsage, ResourceUsage } from '../../domain/scheduling/present/nodeUsage';

function percent(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 100) : 0;
}

/**
 * One kind of planned node (`count` alike): its type, pods, what binds it, and requests and
 * limits against allocatable.
 */
export function NodeUsageView({ usage, count }: { usage: NodeUsage; count: number }): JSX.Element {
  const { node } = usage;
  return (
    <li className="plc-node" data-testid="pool-plan-node" data-node={node.id} data-count={count}>
      <div className="plc-row-head">
        <span className="plc-pool">
          {count > 1 ? `${count} × ` : ''}
          {node.instanceType}
        </span>
        <span className="plc-muted">
          {node.capacityType}
          {node.instanceTypeCertain ? '' : ' (likely type)'} · {node.podCount}{' '}
          {node.podCount === 1 ? 'pod' : 'pods'}
          {count > 1 ? ' each' : ''} · binding {node.binding}
        </span>
        {usage.overcommitted ? (
          <span className="plc-verdict plc-verdict--refused" title="Limits exceed allocatable">
            overcommitted
          </span>
        ) : null}
      </div>
      <table className="plc-usage">
        <thead>
          <tr>
            <th scope="col">of allocatable</th>
            <th scope="col" title="What placement and consolidation count">
              requests
            </th>
            <th scope="col" title="Only matter at run time: Karpenter never reads them">
              limits
            </th>
          </tr>
        </thead>
        <tbody>
          {usage.resources.map((r) => (
            <UsageRow key={r.resource} usage={r} />
          ))}
        </tbody>
      </table>
    </li>
  );
}

function UsageRow({ usage: r }: { usage: ResourceUsage }): JSX.Element {
  const requested = percent(r.requested, r.allocatable);
  const limited = percent(r.limits, r.allocatable);
  const unbounded =
    r.unlimited > 0
      ? `${r.unlimited} ${r.unlimited === 1 ? 'pod sets' : 'pods set'} no ${r.resource} limit and may use whatever is free`
      : undefined;
  return (
    <tr className={r.overcommitted ? 'plc-usage--over' : undefined}>
      <th scope="row">
        {r.resource}
        <span className="plc-muted"> {formatAmount(r.resource, r.allocatable)}</span>
      </th>
      <td>
        <span className="plc-bar" aria-hidden="true">
          <span className="plc-bar-fill" style={{ width: `${Math.min(100, requested)}%` }} />
        </span>
        {formatAmount(r.resource, r.requested)} · {requested}%
      </td>
      <td title={unbounded}>
        <span className="plc-bar" aria-hidden="true">
          <span
            className={`plc-bar-fill plc-bar-fill--limit${r.overcommitted ? ' plc-bar-fill--full' : ''}`}
            style={{ width: `${Math.min(100, limited)}%` }}
          />
        </span>
        {unbounded ? '≥ ' : ''}
        {formatAmount(r.resource, r.limits)} · {limited}%
      </td>
    </tr>
  );
}
