import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS, RESOURCE_KINDS } from '../domain/design/kinds';

/**
 * A kind's look lives in CSS, which the type checker cannot see: these name what a new kind's
 * KINDS entry still needs in the style sheets.
 */

function styleSheet(path: string): string {
  return readFileSync(join(__dirname, '..', path), 'utf8');
}

/** The declarations of the first rule with exactly this selector. */
function rule(sheet: string, selector: string): string {
  const start = sheet.indexOf(`${selector} {`);
  if (start < 0) return '';
  return sheet.slice(start, sheet.indexOf('}', start));
}

const THEME = styleSheet('app/theme.css');
const CANVAS = styleSheet('canvas/canvas.css');
const INSPECTOR = styleSheet('inspector/inspector.css');

describe('the style of each kind', () => {
  it.each(RESOURCE_KINDS)('colours %s in both themes as its pictures do', (kind) => {
    const { variant, colour } = KINDS[kind];
    const light = rule(THEME, ':root');
    const dark = rule(THEME, ":root[data-theme='dark']");
    expect(light).toContain(`--${variant}: ${colour.light};`);
    expect(dark).toContain(`--${variant}: ${colour.dark};`);
    expect(light).toContain(`--${variant}-soft:`);
    expect(dark).toContain(`--${variant}-soft:`);
  });

  it.each(RESOURCE_KINDS)('styles the card, palette entry and inspector label of %s', (kind) => {
    const { variant } = KINDS[kind];
    expect(rule(CANVAS, `.resource-card--${variant}`)).toContain(`var(--${variant})`);
    expect(rule(CANVAS, `.palette__item--${variant} .palette__swatch`)).toContain(`--${variant}`);
    expect(rule(INSPECTOR, `.insp-kind--${variant}`)).toContain(`var(--${variant})`);
  });
});
