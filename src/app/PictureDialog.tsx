import { useMemo, useState } from 'react';
import { measuredSizes } from '../canvas/measuredSizes';
import { closeDialog } from '../commands/dialogs';
import { copyPng, downloadPng, downloadSvg } from '../commands/exportPicture';
import { runCommand } from '../commands/run';
import { designSvg } from '../domain/picture/designSvg';
import { pngSize } from '../domain/picture/pngSize';
import type { PictureThemeName } from '../domain/picture/pictureTheme';
import { useDesignStore } from '../store/designStore';
import { dialogOf } from '../store/dialogs';
import { currentTheme } from '../store/themePreference';
import { useModalDialog } from './useModalDialog';

/**
 * Export a picture of the design: a preview of exactly what is written (cropped to the design),
 * light or dark whatever the app shows, as PNG for documents and slides or SVG to scale.
 */
export function PictureDialog() {
  const open = useDesignStore((s) => dialogOf(s.dialogs, 'picture') !== undefined);
  const dialog = useModalDialog(open);
  return (
    <dialog
      ref={dialog}
      className="dialog picture-dialog"
      data-testid="picture-dialog"
      aria-labelledby="picture-title"
      onClose={() => runCommand(closeDialog, { kind: 'picture' }, 'dialog')}
    >
      {/* Mounted when shown, so it starts on the theme the user is looking at each time. */}
      {open ? <PictureForm /> : null}
    </dialog>
  );
}

function PictureForm() {
  const design = useDesignStore((s) => s.design);
  const [theme, setTheme] = useState<PictureThemeName>(currentTheme);
  const shot = useMemo(() => designSvg(design, { theme, sizes: measuredSizes() }), [theme, design]);
  const png = pngSize(shot);
  const count = Object.keys(design.resources).length;
  return (
    <form method="dialog">
      <h2 id="picture-title">Export picture</h2>
      <fieldset className="picture-dialog__themes">
        <legend>Theme</legend>
        {(['light', 'dark'] as const).map((option) => (
          <label key={option}>
            <input
              type="radio"
              name="picture-theme"
              value={option}
              checked={theme === option}
              onChange={() => setTheme(option)}
            />
            {option === 'light' ? 'Light' : 'Dark'}
          </label>
        ))}
      </fieldset>
      <div className="picture-dialog__preview">
        <img
          data-testid="picture-preview"
          src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(shot.svg)}`}
          alt={`Picture of the design: ${count} resource${count === 1 ? '' : 's'}`}
          width={shot.width}
          height={shot.height}
        />
      </div>
      <p className="picture-dialog__size">
        SVG {shot.width} × {shot.height} px · PNG {png.width} × {png.height} px
        {png.scale < 2 ? ' (less than twice the SVG: browsers cap a picture’s size)' : ''}
      </p>
      <div className="dialog__actions">
        <button type="submit">Close</button>
        <button
          type="button"
          data-testid="copy-png"
          onClick={() => void runCommand(copyPng, { shot, theme }, 'dialog')}
        >
          Copy PNG
        </button>
        <button
          type="button"
          data-testid="download-svg"
          onClick={() => void runCommand(downloadSvg, { shot, theme }, 'dialog')}
        >
          Download SVG
        </button>
        <button
          type="button"
          className="is-primary"
          data-testid="download-png"
          autoFocus
          onClick={() => void runCommand(downloadPng, { shot, theme }, 'dialog')}
        >
          Download PNG
        </button>
      </div>
    </form>
  );
}
