import type { JSX } from 'react';
import { copySharedDesign } from '../commands/designLibrary';
import { forgetSharedLocation } from '../platform/location';
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
        onClick={copySharedDesign}
      >
        Make a copy
      </button>
      <button
        type="button"
        className="toolbar__button"
        onClick={() => {
          useDesignStore.getState().leaveShared();
          forgetSharedLocation();
        }}
      >
        Back to my design
      </button>
    </div>
  );
}
