import { describe, expect, it } from 'vitest';
import { PLAIN_COMMANDS } from './registry';
import { commandFor } from './shortcuts';
import { zoomToSelection } from './zoomToSelection';

const press = { ctrlKey: false, metaKey: false, altKey: false };

describe('Shift+2, zoom to selection', () => {
  it('is the digit key whatever character the keyboard layout types with Shift', () => {
    for (const key of ['@', '"', 'é', '2'])
      expect(
        commandFor(PLAIN_COMMANDS, { ...press, key, code: 'Digit2', shiftKey: true }, false),
      ).toBe(zoomToSelection);
  });

  it('is not the 2 typed without Shift, nor Shift with another key that types @', () => {
    expect(
      commandFor(PLAIN_COMMANDS, { ...press, key: '2', code: 'Digit2', shiftKey: false }, false),
    ).toBeUndefined();
    expect(
      commandFor(PLAIN_COMMANDS, { ...press, key: '@', code: 'Quote', shiftKey: true }, false),
    ).toBeUndefined();
  });
});
