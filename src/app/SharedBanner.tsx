import type { JSX } from 'react';
import { backToMyDesign, copySharedDesign } from '../commands/designLibrary';
import { runCommand } from '../commands/run';
import { useDesignStore } from '../store/designStore';

/** While a shared design is shown: that it is read-only, and the two ways out. */
export function SharedBanner(): JSX.Element | null {
  const viewing = useDesignStore((s) => s.viewing);
  if (!viewing) return null;
  return (
    <div className="shared-banner" role="status" data-testid="shared-banner">
      <span>
        <strong>Shared design</strong>, read-only. Your own design is kept as it was.
      </span>
      <button
        type="button"
        className="toolbar__button is-primary"
        data-testid="make-copy"
        onClick={() => runCommand(copySharedDesign, undefined, 'banner')}
      >
        {copySharedDesign.label}
      </button>
      <button
        type="button"
        className="toolbar__button"
        onClick={() => runCommand(backToMyDesign, undefined, 'banner')}
      >
        {backToMyDesign.label}
      </button>
    </div>
  );
}
