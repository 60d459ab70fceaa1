import { useState, type JSX } from 'react';
import { addToMix, removeFromMix } from '../../domain/mig/customMix';
import type { GpuModel } from '../../domain/mig/gpuModels';
import {
  addableProfiles,
  describeLayout,
  usedSlices,
  type MigDevices,
} from '../../domain/mig/placement';
import { SliceBar } from '../../ui/SliceBar';

interface MixEditorProps {
  gpu: GpuModel;
  /** The layout shown; `null` is MIG off. */
  devices: MigDevices | null;
  /** Called with the new mix; a named layout becomes a custom one this way. */
  onChange: (devices: MigDevices) => void;
  /** Instances per profile the plan uses on one GPU, marked on the bar. */
  planned?: Readonly<Record<string, number>>;
}

/**
 * The slice bar with one button per profile of the GPU. A profile that would not fit stays
 * clickable and says why when pressed: the refusal is the lesson, a greyed-out button is not.
 */
export function MixEditor({ gpu, devices, onChange, planned }: MixEditorProps): JSX.Element {
  const [refusal, setRefusal] = useState<string | undefined>();
  const mix = devices ?? {};
  const addable = new Set(addableProfiles(gpu, mix).map((p) => p.name));
  const used = usedSlices(gpu, mix);
  const add = (profile: string) => {
    const step = addToMix(gpu, mix, profile);
    if (step.ok) {
      setRefusal(undefined);
      onChange(step.devices);
    } else setRefusal(step.reason);
  };
  return (
    <div className="mix-editor">
      <SliceBar
        gpu={gpu}
        devices={devices}
        used={planned}
        onRemove={(profile) => {
          setRefusal(undefined);
          onChange(removeFromMix(mix, profile));
        }}
      />
      <p className="mix-editor__summary">
        <span>{describeLayout(gpu, mix)}</span>
        <span>
          {used} of {gpu.family.computeSlices} compute slices · {gpu.family.units} memory units
        </span>
      </p>
      <div className="mix-editor__add" role="group" aria-label="Add a MIG instance">
        {gpu.profiles.map((p) => (
          <button
            key={p.name}
            type="button"
            className={addable.has(p.name) ? 'mix-add' : 'mix-add mix-add--full'}
            data-testid="mig-add-profile"
            data-profile={p.name}
            title={
              addable.has(p.name)
                ? `Add one ${p.name}: ${p.shape.slices} compute, ${p.memoryGb} GB`
                : 'Does not fit in this mix: press to see why'
            }
            onClick={() => add(p.name)}
          >
            + {p.name}
          </button>
        ))}
      </div>
      {refusal ? (
        <p className="mix-editor__refusal" role="alert" data-testid="mig-mix-refusal">
          {refusal}
        </p>
      ) : (
        <p className="insp-hint">Click a block to remove it.</p>
      )}
    </div>
  );
}
