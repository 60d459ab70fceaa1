import { useMemo, useState } from 'react';
import { measuredSizes } from '../canvas/measuredSizes';
import { copyPng, downloadPng, downloadSvg } from '../commands/exportPicture';
import { runCommand } from '../commands/run';
import { designSvg } from '../domain/picture/designSvg';
import { pngSize } from '../domain/picture/pngSize';
import type { PictureThemeName } from '../domain/picture/pictureTheme';
import { useDesignStore } from '../store/designStore';
import { currentTheme } from '../store/themePreference';

/** The picture dialog's form and preview: its own chunk with the SVG drawing, loaded on demand. */
export function PictureForm() {
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
