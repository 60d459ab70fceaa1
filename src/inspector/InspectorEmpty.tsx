import type { JSX } from 'react';
import { openStartScreen } from '../commands/designLibrary';
import { openLearn } from '../commands/learn';
import { runCommand } from '../commands/run';

/** What the panel says before anything is selected: how to get started. */
export function InspectorEmpty(): JSX.Element {
  return (
    <div className="insp-empty">
      <h2 className="insp-empty-title">Nothing selected</h2>
      <ul className="insp-empty-list">
        <li>Select a node on the canvas to edit it here.</li>
        <li>
          Drag a NodePool, EC2NodeClass or MIG profile from the palette onto the canvas, or click it
          to add one in view.
        </li>
        <li>
          A NodePool references exactly one EC2NodeClass; a class serves many pools. Drag from a
          pool&apos;s handle to a class to connect them.
        </li>
        <li>Drag from a MIG profile to a NodePool to partition that pool&apos;s GPUs.</li>
      </ul>
      <p className="insp-empty-more">
        New to Karpenter?{' '}
        <button
          type="button"
          className="insp-empty-link"
          onClick={() => runCommand(openLearn, {}, 'inspector')}
        >
          Learn the model
        </button>{' '}
        or start from a{' '}
        <button
          type="button"
          className="insp-empty-link"
          onClick={() => runCommand(openStartScreen, undefined, 'inspector')}
        >
          template
        </button>
        .
      </p>
    </div>
  );
}
