/** Several messages for one control, as the one line a row's error list shows. */
export function joinMessages(messages: readonly string[]): string | undefined {
  return messages.length > 0 ? messages.join(' ') : undefined;
}
