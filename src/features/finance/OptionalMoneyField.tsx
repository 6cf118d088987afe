import { useState } from 'react';
import { Field } from '@/components/Field';
import { formatNumber } from '@/components/format';
import { parseMoney } from '@/components/parseAmount';

interface OptionalMoneyFieldProps {
  label: string;
  value: number | undefined;
  /** undefined means "none" (an empty field). Returns an error message when rejected. */
  onChange: (value: number | undefined) => string | null;
}

/** A money amount that may be left empty, e.g. a wage cap ("No cap"). */
export function OptionalMoneyField({ label, value, onChange }: OptionalMoneyFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = value === undefined ? '' : formatNumber(value, 2);

  const handleChange = (text: string) => {
    setDraft(text);
    if (text.trim() === '') return setError(onChange(undefined));
    const parsed = parseMoney(text);
    setError(parsed.ok ? onChange(parsed.value) : parsed.error);
  };

  return (
    <Field hideLabel label={label} error={error} className="cell-field">
      {({ inputId, describedBy, invalid }) => (
        <input
          id={inputId}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          className="num-input"
          placeholder="No cap"
          value={draft ?? shown}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(e) => handleChange(e.target.value)}
          onBlur={() => {
            if (!error) setDraft(null);
          }}
        />
      )}
    </Field>
  );
}
