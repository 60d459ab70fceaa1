import { useDesignStore } from '../store/designStore';
import type { Command } from './command';

/** `?` opens the sheet, as in Gmail, GitHub and Figma. Some layouts type it without Shift. */
export const shortcutSheet: Command = {
  id: 'shortcut-sheet',
  label: 'Keyboard shortcuts',
  shortcuts: [{ key: '?' }, { key: '?', shift: true }],
  editsDesign: false,
  run: () => useDesignStore.getState().openDialog({ kind: 'shortcuts' }),
};
