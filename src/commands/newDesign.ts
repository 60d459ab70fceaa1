import { exampleDesign } from '../domain/design/example';
import { EMPTY_DESIGN } from '../domain/design/types';
import type { Command } from './command';
import { startDesign } from './designLibrary';

/**
 * Starts another, empty design; the open one stays in the designs list as it was. Never
 * disabled: starting afresh is always possible, from a shared design too.
 */
export const newDesign: Command = {
  id: 'new-design',
  label: 'New design',
  short: 'New',
  editsDesign: false,
  run: ({ platform }) => {
    startDesign(platform, 'Untitled design', EMPTY_DESIGN);
  },
};

export const openExample: Command = {
  id: 'open-example',
  label: 'Open example design',
  editsDesign: false,
  run: ({ platform }) => {
    startDesign(platform, 'Example design', exampleDesign());
  },
};
