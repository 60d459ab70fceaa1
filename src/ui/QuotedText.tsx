import { quotedParts } from '../domain/lib/quotedParts';

/**
 * A message with each name it quotes in a <bdi>, so a right-to-left override in a name reorders
 * the name alone, not the rest of the sentence; `.quoted-name` cuts a very long one short.
 */
export function QuotedText({ text }: { text: string }) {
  return quotedParts(text).map((part, i) =>
    part.quoted ? (
      <bdi key={i} className="quoted-name">
        {part.text}
      </bdi>
    ) : (
      part.text
    ),
  );
}
