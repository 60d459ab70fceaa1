/** A file's text, and the lines where bytes that were not valid UTF-8 were replaced. */
export interface DecodedText {
  text: string;
  /** 1-based lines holding U+FFFD where the bytes could not be read; empty when all could. */
  replacedLines: number[];
}

const REPLACEMENT = '\uFFFD';

function decoderFor(bytes: Uint8Array): string {
  // A byte-order mark says UTF-16 (an editor on Windows); anything else is read as UTF-8.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/**
 * Decodes a file's bytes as its byte-order mark says, UTF-8 without one. Bytes that are not
 * valid are replaced with U+FFFD (as the browser would, silently) and their lines said, so the
 * user learns that a name or label may not be what the file meant.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const encoding = decoderFor(bytes);
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), replacedLines: [] };
  } catch {
    const text = new TextDecoder(encoding).decode(bytes);
    return { text, replacedLines: linesWith(text, REPLACEMENT) };
  }
}

function linesWith(text: string, character: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let lastCounted = 0;
  for (let at = 0; at < text.length; at++) {
    const c = text[at];
    if (c === '\n') line++;
    else if (c === character && lastCounted !== line) {
      lines.push(line);
      lastCounted = line;
    }
  }
  return lines;
}
