import { useState, type ReactNode } from 'react';
import { Field } from './Field';
import type { ParseResult } from './parseAmount';

/** `T` is number, or number | undefined for a field that may be left empty. */
export interface ParsedFieldProps<T extends number | undefined = number> {
  label: string;
  value: T;
  /** Called with every valid value as the user types. Return an error message to reject it. */
  onChange: (value: T) => string | null | void;
  parse: (text: string) => ParseResult<T>;
  format: (value: T) => string;
  hint?: ReactNode;
  suffix?: string;
  className?: string;
  hideLabel?: boolean;
  inputMode?: 'decimal' | 'numeric';
  disabled?: boolean;
  placeholder?: string;
}

/**
 * A text input for a number: shows the formatted value, accepts what people type, and keeps
 * garbage out of the model. While focused the raw text is kept; invalid text shows a message
 * next to the field and the model keeps its last valid value.
 */
export function ParsedField<T extends number | undefined = number>({
  label,
  value,
  onChange,
  parse,
  format,
  hint,
  suffix,
  className,
  hideLabel,
  inputMode = 'decimal',
  disabled,
  placeholder,
}: ParsedFieldProps<T>) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [seenValue, setSeenValue] = useState(value);

  // The value changed from outside (undo, another tab, a preset) while a draft was showing:
  // drop the draft unless it already says the same number, so the field never shows stale text.
  if (value !== seenValue) {
    setSeenValue(value);
    const parsedDraft = draft === null ? null : parse(draft);
    if (draft !== null && !(parsedDraft?.ok && parsedDraft.value === value)) {
      setDraft(null);
      setError(null);
    }
  }

  const handleChange = (text: string) => {
    setDraft(text);
    const parsed = parse(text);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    const rejected = onChange(parsed.value);
    setError(rejected || null);
  };

  return (
    <Field label={label} hint={hint} error={error} className={className} hideLabel={hideLabel}>
      {({ inputId, describedBy, invalid }) => (
        <span className="input-with-suffix">
          <input
            id={inputId}
            type="text"
            inputMode={inputMode}
            autoComplete="off"
            spellCheck={false}
            className="num-input"
            value={draft ?? format(value)}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
            disabled={disabled}
            placeholder={placeholder}
            onChange={(e) => handleChange(e.target.value)}
            onFocus={() => setDraft((current) => current ?? format(value))}
            onBlur={() => {
              // Leaving a bad entry restores the last good value; the message stays until fixed.
              if (!error) setDraft(null);
            }}
          />
          {suffix ? (
            <span className="input-suffix" aria-hidden="true">
              {suffix}
            </span>
          ) : null}
        </span>
      )}
    </Field>
  );
}
