import type { JSX, ReactNode } from 'react';
import { OptionalSelectField } from './OptionalSelectField';
import type { LearnId } from '../../domain/learn/learnEntries';

interface BooleanFieldProps {
  label: string;
  value: unknown;
  /** What leaving the field out means, e.g. "(not set) AWS decides per subnet". */
  unsetLabel: string;
  onChange: (value: boolean | undefined) => void;
  error?: string | readonly string[] | undefined;
  hint?: ReactNode;
  /** The learn entry explaining the field (domain/learn). */
  learn?: LearnId;
}

const CHOICES = ['true', 'false'] as const;

/**
 * An optional boolean: not set, true or false. A checkbox cannot say "not set", and for these
 * fields leaving them out means something of its own (the subnet's or the AMI's setting).
 */
export function BooleanField({
  label,
  value,
  unsetLabel,
  onChange,
  error,
  hint,
  learn,
}: BooleanFieldProps): JSX.Element {
  return (
    <OptionalSelectField
      label={label}
      value={
        value === undefined
          ? undefined
          : typeof value === 'boolean'
            ? String(value)
            : JSON.stringify(value)
      }
      choices={CHOICES}
      unsetLabel={unsetLabel}
      onChange={(text) => onChange(text === undefined ? undefined : text === 'true')}
      error={error}
      hint={hint}
      learn={learn}
    />
  );
}
