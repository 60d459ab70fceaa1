/**
 * Reads an optional whole-number field as typed (weight, minValues). Empty text means "not set";
 * anything but digits is not a number yet, and the input keeps the stored value.
 */
export type WholeNumberText = { ok: true; value: number | undefined } | { ok: false };

export function parseWholeNumber(text: string): WholeNumberText {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: undefined };
  if (!/^[0-9]+$/.test(trimmed)) return { ok: false };
  return { ok: true, value: Number(trimmed) };
}

export function formatWholeNumber(value: number | undefined): string {
  return value === undefined ? '' : String(value);
}
