import { KINDS } from '../design/kinds';
import type { ResourceKind } from '../design/types';

export type PictureThemeName = 'light' | 'dark';

export interface PictureTheme {
  background: string;
  card: string;
  border: string;
  text: string;
  muted: string;
  /** The card's left stripe and kind label, as on the canvas: the kind's colour (KINDS). */
  accent: (kind: ResourceKind) => string;
}

/**
 * The tones of src/app/theme.css, spelled out: a picture leaves the app, so it cannot read the
 * CSS variables, and a document keeps the colours it was pasted with whatever the reader's
 * system theme is.
 */
export const PICTURE_THEMES: Readonly<Record<PictureThemeName, PictureTheme>> = {
  light: {
    background: '#f6f7f9',
    card: '#ffffff',
    border: '#d9dde3',
    text: '#1d2430',
    muted: '#5b6576',
    accent: (kind) => KINDS[kind].colour.light,
  },
  dark: {
    background: '#111418',
    card: '#1a1e24',
    border: '#343b45',
    text: '#e6e9ee',
    muted: '#9aa4b2',
    accent: (kind) => KINDS[kind].colour.dark,
  },
};

/** Edges take the colour of what they lead to, as the canvas draws them. */
export function edgeColour(theme: PictureTheme, kind: 'nodeClassRef' | 'migProfile'): string {
  return kind === 'nodeClassRef' ? theme.accent('EC2NodeClass') : theme.accent('MigProfile');
}
