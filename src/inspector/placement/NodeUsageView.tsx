import type { JSX } from 'react';
import { runCommand } from '../../commands/run';
import { openLearn } from '../../commands/learn';
import { formatAmount } from '../../domain/lib/quantity';
import type { NodeUsage, ResourceUsage } from '../../domain/scheduling/present/nodeUsage';

function percent(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 100) : 0;
}

/** One planned node: its type, pods, what binds it, and requests and limits against allocatable. */
export function NodeUsageView({ usage }: { usage: NodeUsage }): JSX.Element {
  const { node } = usage;
  return (
    <li className="plc-node" data-testid="pool-plan-node" data-node={node.id}>
      <div className="plc-row-head">
        <span className="plc-pool">{node.instanceType}</span>
        <span className="plc-muted">
          {node.capacityType}
          {node.instanceTypeCertain ? '' : ' (likely type)'} · {node.podCount}{' '}
          {node.podCount === 1 ? 'pod' : 'pods'} · binding {node.binding}
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
            <th scope="col">resource</th>
            <th scope="col" title="What placement and consolidation count">
              requests
            </th>
            <th scope="col" title="Only matter at run time">
              limits
            </th>
            <th scope="col">allocatable</th>
          </tr>
        </thead>
        <tbody>
          {usage.resources.map((r) => (
            <UsageRow key={r.resource} usage={r} />
          ))}
        </tbody>
      </table>
      {node.daemonSets.length > 0 ? (
        <span className="plc-muted">
          DaemonSets {node.daemonSets.join(', ')}:{' '}
          {Object.entries(node.daemonOverhead)
            .filter(([r, v]) => r !== 'pods' && v > 0)
            .map(([r, v]) => `${r} ${formatAmount(r, v)}`)
            .join(', ')}
        </span>
      ) : null}
      <span className="plc-muted">
        Requests place pods and drive consolidation; limits only matter at run time; Karpenter never
        reads limits.{' '}
        <span
          role="button"
          tabIndex={0}
          className="plc-link plc-link--learn"
          onClick={() => runCommand(openLearn, { entry: 'model:requests-limits' }, 'inspector')}
          onKeyDown={(event) => {
            if (event.key !== 'Enter' && event.key !== ' ') return;
            event.preventDefault();
            runCommand(openLearn, { entry: 'model:requests-limits' }, 'inspector');
          }}
        >
          Learn more
        </span>
      </span>
    </li>
  );
}

function UsageRow({ usage: r }: { usage: ResourceUsage }): JSX.Element {
  const requested = percent(r.requested, r.allocatable);
  const limited = percent(r.limits, r.allocatable);
  return (
    <tr className={r.overcommitted ? 'plc-usage--over' : undefined}>
      <th scope="row">{r.resource}</th>
      <td>
        <span className="plc-bar" aria-hidden="true">
          <span className="plc-bar-fill" style={{ width: `${Math.min(100, requested)}%` }} />
        </span>
        {formatAmount(r.resource, r.requested)} · {requested}%
      </td>
      <td
        title={
          r.unlimited > 0
            ? `${r.unlimited} pods set no ${r.resource} limit: they may use whatever is free`
            : undefined
        }
      >
        <span className="plc-bar" aria-hidden="true">
          <span
            className={`plc-bar-fill plc-bar-fill--limit${r.overcommitted ? ' plc-bar-fill--full' : ''}`}
            style={{ width: `${Math.min(100, limited)}%` }}
          />
        </span>
        {formatAmount(r.resource, r.limits)} · {limited}%{r.unlimited > 0 ? ' +' : ''}
      </td>
      <td>{formatAmount(r.resource, r.allocatable)}</td>
    </tr>
  );
}
