import { openExample } from '../commands/newDesign';
import { runCommand } from '../commands/run';

/** What an empty canvas says: how to start, and the one rule of the model. */
export function EmptyCanvas() {
  return (
    <div className="canvas__empty">
      <h2>An empty design</h2>
      <p>
        Drag a <strong>NodePool</strong> and an <strong>EC2NodeClass</strong> from the palette, then
        drag from the pool&apos;s right handle to the class. A NodePool references exactly one
        EC2NodeClass; one class serves many pools.
      </p>
      <button type="button" onClick={() => runCommand(openExample, undefined, 'canvas')}>
        Open the example design
      </button>
    </div>
  );
}
