import type { JSX } from 'react';

interface ChoiceSelectProps<T extends string> {
  id: string;
  value: T;
  /** The values the API allows, shown as they are written in the manifest. */
  choices: readonly T[];
  onChoose: (choice: T) => void;
}

/** A select among fixed values; the chosen one is looked up among them, so it keeps its type. */
export function ChoiceSelect<T extends string>({
  id,
  value,
  choices,
  onChoose,
}: ChoiceSelectProps<T>): JSX.Element {
  return (
    <select
      id={id}
      className="insp-input"
      value={value}
      onChange={(event) => {
        const chosen = choices.find((choice) => choice === event.target.value);
        if (chosen) onChoose(chosen);
      }}
    >
      {choices.map((choice) => (
        <option key={choice} value={choice}>
          {choice}
        </option>
      ))}
    </select>
  );
}
