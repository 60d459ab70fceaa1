import type { JSX } from 'react';

/** A `<datalist>`: values offered while typing, free text still allowed. */
export function Suggestions({
  id,
  values,
}: {
  id: string;
  values: readonly string[];
}): JSX.Element {
  return (
    <datalist id={id}>
      {values.map((value) => (
        <option key={value} value={value} />
      ))}
    </datalist>
  );
}
