/** Immutable edits of lists, and the comma-separated text form a list of values is typed in. */

export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((existing, i) => (i === index ? item : existing));
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** `"spot, on-demand,"` to `['spot', 'on-demand']`: blanks between commas are not values. */
export function parseList(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

export function formatList(values: readonly string[]): string {
  return values.join(', ');
}
