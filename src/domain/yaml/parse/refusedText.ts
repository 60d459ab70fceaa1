import { count, MAX_IMPORT_BYTES, MAX_IMPORT_RESOURCES, megabytes } from './importCaps';

/** A NUL byte or many control characters: an image, an archive, not YAML. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8000);
  if (sample.includes('\u0000')) return true;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code < 9 || (code > 13 && code < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

/**
 * Why a text is refused before it is parsed: too large, or not text at all. Undefined when it
 * may be read.
 */
export function refusedText(text: string): string | undefined {
  if (text.length > MAX_IMPORT_BYTES) return tooLargeText(text.length);
  if (looksBinary(text))
    return 'is not a text file (it contains binary data). Nothing was imported.';
  return undefined;
}

export function tooLargeText(size: number): string {
  return `is ${megabytes(size)}; one import takes at most ${megabytes(MAX_IMPORT_BYTES)}. Nothing was imported.`;
}

export function tooManyResources(found: number): string {
  return `holds ${count(found)} resources (each item of a List counts as one); one import takes at most ${count(MAX_IMPORT_RESOURCES)}. Nothing was imported.`;
}
