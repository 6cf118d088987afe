import { useState, type ReactNode } from 'react';
import { Field } from '@/components/Field';

interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => string | null;
  hint?: ReactNode;
}

/** A labeled select; choices come from the schema's enums, so the store rarely rejects one. */
export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  hint,
}: SelectFieldProps<T>) {
  const [error, setError] = useState<string | null>(null);
  return (
    <Field label={label} hint={hint} error={error}>
      {({ inputId, describedBy }) => (
        <select
          id={inputId}
          value={value}
          aria-describedby={describedBy}
          onChange={(e) => setError(onChange(e.target.value as T))}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
