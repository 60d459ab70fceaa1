export interface TextPart {
  text: string;
  /** Between quotes: a name or value the user typed, which the views isolate and clamp. */
  quoted: boolean;
}

const QUOTED = /“([^”]*)”|"([^"]*)"/g;

/**
 * A message cut where it quotes something (`NodePool "gpu" …`, `Opened “GPU platform” …`), so a
 * view can show each quoted name in an element of its own: a right-to-left override in a name
 * then reorders the name alone, not the rest of the sentence, and a 5,000-character name can be
 * cut short without cutting the message. The quotes stay in the text parts around it.
 */
export function quotedParts(message: string): TextPart[] {
  const parts: TextPart[] = [];
  let from = 0;
  for (const match of message.matchAll(QUOTED)) {
    const open = match.index + 1;
    const inner = match[1] ?? match[2] ?? '';
    parts.push({ text: message.slice(from, open), quoted: false });
    parts.push({ text: inner, quoted: true });
    from = open + inner.length;
  }
  parts.push({ text: message.slice(from), quoted: false });
  return parts.filter((part) => part.quoted || part.text !== '');
}
