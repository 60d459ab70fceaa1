import { applyTheme } from '../store/themePreference';
import { monaco } from './monacoSetup';

const byteHex = (byte: number) => byte.toString(16).padStart(2, '0');

const colourProbe = document.createElement('canvas').getContext('2d');

/**
 * theme.css is the one source of colours. Monaco wants #rrggbb(aa), and the built CSS may say
 * `#fff` or `red` instead, so let the canvas spell the colour out.
 */
function cssHex(style: CSSStyleDeclaration, variable: string): string | undefined {
  const value = style.getPropertyValue(variable).trim();
  if (!colourProbe || !value || !CSS.supports('color', value)) return undefined;
  colourProbe.fillStyle = value;
  const spelled = String(colourProbe.fillStyle);
  if (/^#[0-9a-f]{6}$/i.test(spelled)) return spelled;
  const rgba = /^rgba\((\d+), (\d+), (\d+), ([\d.]+)\)$/.exec(spelled);
  if (!rgba) return undefined;
  const [r = 0, g = 0, b = 0, a = 1] = rgba.slice(1).map(Number);
  return `#${byteHex(r)}${byteHex(g)}${byteHex(b)}${byteHex(Math.round(a * 255))}`;
}

const withAlpha = (hex: string | undefined, alpha: string) => hex && hex.slice(0, 7) + alpha;

function defineAppTheme(dark: boolean): string {
  const style = getComputedStyle(document.documentElement);
  const colour = (variable: string) => cssHex(style, variable);
  const colours: Record<string, string | undefined> = {
    'editor.background': colour('--panel'),
    'editor.foreground': colour('--text'),
    'editorGutter.background': colour('--panel'),
    'editorLineNumber.foreground': colour('--text-muted'),
    'editorLineNumber.activeForeground': colour('--text'),
    'editor.selectionBackground': colour('--accent-soft'),
    'editor.inactiveSelectionBackground': colour('--panel-2'),
    'editorIndentGuide.background1': colour('--border'),
    'editorWidget.background': colour('--panel-2'),
    'editorWidget.border': colour('--border'),
    'input.background': colour('--panel'),
    'input.border': colour('--border'),
    focusBorder: colour('--accent'),
    // Where the marked document sits, in the scrollbar: the accent, see-through.
    'editorOverviewRuler.rangeHighlightForeground': withAlpha(colour('--accent'), '80'),
  };
  const defined = Object.fromEntries(
    Object.entries(colours).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  const name = dark ? 'nodepool-designer-dark' : 'nodepool-designer-light';
  // Token rules take rrggbb without the hash or alpha.
  const tokenColour = (variable: string) => colour(variable)?.slice(1, 7);
  const keys = tokenColour('--accent');
  const comments = tokenColour('--text-muted');
  monaco.editor.defineTheme(name, {
    base: dark ? 'vs-dark' : 'vs',
    inherit: true,
    rules: [
      // The YAML tokenizer calls mapping keys `type`.
      ...(keys ? [{ token: 'type.yaml', foreground: keys }] : []),
      ...(comments ? [{ token: 'comment.yaml', foreground: comments }] : []),
    ],
    colors: defined,
  });
  return name;
}

/** Applies the app's light or dark theme now and whenever it switches (by choice or system). */
export function followColourScheme(): () => void {
  return applyTheme((theme) => monaco.editor.setTheme(defineAppTheme(theme === 'dark')));
}

export function monoFont(): string {
  const font = getComputedStyle(document.documentElement).getPropertyValue('--font-mono').trim();
  return font || 'monospace';
}
