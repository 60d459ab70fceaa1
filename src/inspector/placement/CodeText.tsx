import type { JSX } from 'react';

/** Plain words with `backticked` names shown as code, as the placement fixes write them. */
export function CodeText({ text }: { text: string }): JSX.Element {
  const parts = text.split('`');
  return <>{parts.map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part))}</>;
}
