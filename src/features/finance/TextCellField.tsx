import { useState } from 'react';
import { Field } from '@/components/Field';

interface TextCellFieldProps {
  label: string;
  value: string;
  /** Returns an error message when the edit was rejected. */
  onChange: (value: string) => string | null;
  wide?: boolean;
  placeholder?: string;
  hint?: string;
}

/** A text input inside a table cell, with a label for screen readers and an inline error. */
export function TextCellField({
  label,
  value,
  onChange,
  wide,
  placeholder,
  hint,
}: TextCellFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <Field
      hideLabel
      label={label}
      error={error}
      hint={hint}
      className={`cell-field${wide ? ' cell-field--wide' : ''}`}
    >
      {({ inputId, describedBy, invalid }) => (
        <input
          id={inputId}
          type="text"
          autoComplete="off"
          value={draft ?? value}
          title={draft ?? value}
          placeholder={placeholder}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(e) => {
            setDraft(e.target.value);
            setError(onChange(e.target.value));
          }}
          onBlur={() => {
            if (!error) setDraft(null);
          }}
        />
      )}
    </Field>
  );
}
