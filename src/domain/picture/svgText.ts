/** The XML 1.0 `Char` production: anything else makes the whole document unreadable. */
function isXmlChar(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    codePoint >= 0x10000
  );
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  // &apos; is XML but not HTML 4; a numeric reference reads the same everywhere.
  "'": '&#39;',
};

/**
 * Text for element content or a quoted attribute. Names are user input (and may come from a
 * share link someone else made), so markup characters are escaped and characters XML cannot
 * carry at all (control characters, lone surrogates) become U+FFFD.
 */
export function escapeXml(text: string): string {
  let out = '';
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    out += isXmlChar(codePoint) ? (ENTITIES[char] ?? char) : '\uFFFD';
  }
  return out;
}

export type Face = 'sans' | 'bold' | 'mono';

const NARROW = new Set([...'iljtfr.,:;|!\'"()[] -/']);

/**
 * A width estimate, in ems, for one character. A pure function cannot measure text, so it errs
 * wide: a name cut a few characters early is better than one that runs off its card in a font
 * the document tool picked.
 */
function charEms(char: string, face: Face): number {
  const codePoint = char.codePointAt(0) ?? 0;
  // CJK, emoji and the like take a full em in every font.
  if (codePoint >= 0x2e80) return 1;
  if (face === 'mono') return 0.6;
  const ems = NARROW.has(char)
    ? 0.35
    : char === 'm' || char === 'w' || (char >= 'A' && char <= 'Z')
      ? 0.8
      : 0.6;
  return face === 'bold' ? ems * 1.06 : ems;
}

export function textWidth(text: string, fontSize: number, face: Face): number {
  let ems = 0;
  for (const char of text) ems += charEms(char, face);
  return ems * fontSize;
}

const ELLIPSIS = '…';

/** The text, or as much of it as fits in `maxWidth` followed by an ellipsis. */
export function fitText(text: string, maxWidth: number, fontSize: number, face: Face): string {
  if (textWidth(text, fontSize, face) <= maxWidth) return text;
  const room = maxWidth - textWidth(ELLIPSIS, fontSize, face);
  let kept = '';
  let width = 0;
  // By code point, so an emoji or a non-BMP character is never cut in half.
  for (const char of text) {
    const next = charEms(char, face) * fontSize;
    if (width + next > room) break;
    kept += char;
    width += next;
  }
  return `${kept.trimEnd()}${ELLIPSIS}`;
}

/**
 * A user's text wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, as `<bdi>` does in
 * the app: a right-to-left override in a name (`report\u202Etxt.exe`) then reorders only the
 * name, never the text around it. The characters are kept, not stripped, so a name copied out of
 * the picture is still the name the manifest has.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
