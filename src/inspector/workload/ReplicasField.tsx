import { useId, useState, type JSX } from 'react';
import { editWorkload } from '../../commands/resourceEdits';
import type { ResourceId } from '../../domain/design/types';
import { withReplicas } from '../../domain/kube/workloadManifest';
import { useDesignStore } from '../../store/designStore';
import { NumberField } from '../fields/NumberField';

interface ReplicasFieldProps {
  id: ResourceId;
  label: string;
  replicas: number;
}

/** The slider's top: room to double what runs now, and never less than 20. */
function sliderMax(replicas: number): number {
  return Math.max(20, 2 * replicas);
}

/**
 * Replicas as a number and a slider. A drag of the slider is one undo step, however many values
 * it passes; its range is fixed while dragging, so the thumb does not run from the pointer.
 */
export function ReplicasField({ id, label, replicas }: ReplicasFieldProps): JSX.Element {
  const sliderId = useId();
  const [dragMax, setDragMax] = useState<number | undefined>(undefined);
  const max = dragMax ?? sliderMax(replicas);
  const set = (value: number) => editWorkload(id, (m) => withReplicas(m, value));

  const startDrag = () => {
    const { beginGesture, endGesture } = useDesignStore.getState();
    endGesture();
    beginGesture();
    setDragMax(sliderMax(replicas));
    // The pointer may be released anywhere on the page, not only over the slider.
    window.addEventListener(
      'pointerup',
      () => {
        useDesignStore.getState().endGesture();
        setDragMax(undefined);
      },
      { once: true },
    );
  };

  return (
    <div className="wl-replicas">
      <NumberField
        label={label}
        learn="Workload:spec.replicas"
        value={replicas}
        narrow
        onValue={(value) => set(value ?? 1)}
      />
      <div className="wl-slider">
        <label className="visually-hidden" htmlFor={sliderId}>
          {label} slider
        </label>
        <span className="wl-slider-end" aria-hidden="true">
          0
        </span>
        <input
          id={sliderId}
          className="wl-slider-input"
          type="range"
          min={0}
          max={max}
          step={1}
          value={Math.min(replicas, max)}
          data-testid="replicas-slider"
          onPointerDown={startDrag}
          onChange={(event) => set(Number(event.target.value))}
        />
        <span className="wl-slider-end" aria-hidden="true">
          {max}
        </span>
      </div>
    </div>
  );
}
