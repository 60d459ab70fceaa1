import type { CSSProperties, JSX } from 'react';
import './sliceBar.css';
import type { GpuModel } from '../domain/mig/gpuModels';
import { placeLayout, type MigDevices } from '../domain/mig/placement';

interface SliceBarProps {
  gpu: GpuModel;
  devices: MigDevices | null;
  /** Clicking a block removes that instance; without it the bar only shows. */
  onRemove?: (profile: string) => void;
  compact?: boolean;
  /** Instances per profile the plan's pods use on one GPU: the first that many are marked. */
  used?: Readonly<Record<string, number>>;
}

/**
 * One GPU's memory units left to right, each MIG instance a block where the driver places it:
 * what "does not fit" means is visible as the gaps a block cannot start in.
 */
export function SliceBar({ gpu, devices, onRemove, compact, used }: SliceBarProps): JSX.Element {
  const { units } = gpu.family;
  const placement = devices ? placeLayout(gpu, devices) : null;
  const instances = placement?.ok ? placement.instances : [];
  const label =
    devices === null
      ? 'MIG off: the GPU is used whole'
      : instances.length === 0
        ? 'MIG on, no instances yet'
        : undefined;
  return (
    <div
      className={`slice-bar${compact ? ' slice-bar--compact' : ''}`}
      style={{ '--units': units } as CSSProperties}
      data-testid={compact ? undefined : 'mig-slice-bar'}
      role="group"
      aria-label={`${gpu.label} memory units`}
    >
      {Array.from({ length: units }, (_, u) => (
        <span key={u} className="slice-bar__unit" style={{ gridColumn: u + 1 }} aria-hidden />
      ))}
      {instances.map((inst, i) => {
        const style = { gridColumn: `${inst.start + 1} / span ${inst.width}` };
        const nth = instances.slice(0, i).filter((other) => other.profile === inst.profile).length;
        const inUse = nth < (used?.[inst.profile] ?? 0);
        const className = `slice-bar__block slice-bar__block--${Math.min(inst.slices, 7)}g${inUse ? ' slice-bar__block--used' : ''}`;
        const title = `${inst.profile}: memory units ${inst.start}–${inst.start + inst.width - 1}, ${inst.slices} compute ${inst.slices === 1 ? 'slice' : 'slices'}${inUse ? ', used by the plan' : ''}`;
        return onRemove ? (
          <button
            key={`${inst.profile}-${inst.start}-${i}`}
            type="button"
            className={className}
            style={style}
            title={`${title}. Click to remove.`}
            aria-label={`Remove ${inst.profile} at unit ${inst.start}`}
            data-testid="mig-slice"
            data-profile={inst.profile}
            onClick={() => onRemove(inst.profile)}
          >
            {compact ? null : <BlockLabel profile={inst.profile} />}
          </button>
        ) : (
          <span
            key={`${inst.profile}-${inst.start}-${i}`}
            className={className}
            style={style}
            title={title}
            data-profile={inst.profile}
          >
            {compact ? null : <BlockLabel profile={inst.profile} />}
          </span>
        );
      })}
      {label && !compact ? <span className="slice-bar__empty">{label}</span> : null}
    </div>
  );
}

/** `1g.10gb+me` as `1g` over `10gb+me`: a one-unit block has room for two short lines only. */
function BlockLabel({ profile }: { profile: string }): JSX.Element {
  const dot = profile.indexOf('.');
  if (dot < 0) return <span className="slice-bar__label">{profile}</span>;
  return (
    <span className="slice-bar__label">
      <b>{profile.slice(0, dot)}</b>
      <span>{profile.slice(dot + 1)}</span>
    </span>
  );
}
