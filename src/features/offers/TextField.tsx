import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Field } from '@/components/Field';

interface TextFieldProps {
  label: string;
  value: string;
  /** Called on every keystroke; return a message to reject the text (the model keeps its value). */
  onChange: (text: string) => string | null;
  hint?: ReactNode;
  multiline?: boolean;
  maxLength?: number;
  /** Focus and select the text on mount, e.g. right after duplicating so the user can rename. */
  autoSelect?: boolean;
  className?: string;
}

/** A text input that keeps what the user typed while the store rejects it, with the reason beside it. */
export function TextField({
  label,
  value,
  onChange,
  hint,
  multiline,
  maxLength,
  autoSelect,
  className,
}: TextFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const [seenValue, setSeenValue] = useState(value);
  if (value !== seenValue) {
    // A change from elsewhere (undo, another view) replaces the text being typed, unless it is
    // just the model's normalized form of that text.
    setSeenValue(value);
    if (draft !== null && draft.trim() !== value.trim()) {
      setDraft(null);
      setError(null);
    }
  }

  useEffect(() => {
    if (autoSelect) {
      ref.current?.focus();
      ref.current?.select();
    }
  }, [autoSelect]);

  // The typed text is kept while editing: the model may normalize it (names are trimmed), and
  // replacing the input's text with that would eat the space the user just typed.
  const handleChange = (text: string) => {
    setDraft(text);
    setError(onChange(text));
  };

  return (
    <Field label={label} hint={hint} error={error} className={className}>
      {({ inputId, describedBy, invalid }) => {
        const common = {
          id: inputId,
          ref,
          value: draft ?? value,
          maxLength,
          'aria-invalid': invalid || undefined,
          'aria-describedby': describedBy,
          onBlur: () => {
            if (!error) setDraft(null);
          },
        };
        return multiline ? (
          <textarea {...common} rows={4} onChange={(e) => handleChange(e.target.value)} />
        ) : (
          <input
            {...common}
            type="text"
            autoComplete="off"
            onChange={(e) => handleChange(e.target.value)}
          />
        );
      }}
    </Field>
  );
}
