import { useState } from 'react';
import type { Brackets, Rule } from '@/domain/tax';
import { MoneyField } from '@/components/MoneyField';
import { PercentField } from '@/components/PercentField';
import { Field } from '@/components/Field';

interface Props {
  rule: Rule;
  /** Saves a new value; returns why it was refused, or null. */
  onSave: (value: unknown) => string | null;
  bracketsText: (b: Brackets) => string;
  parseBracketsText: (text: string) => Brackets | string;
}

/** One rule's value, editable in its unit: an amount, a percentage, brackets or JSON. */
export function RuleValueField({ rule, onSave, bracketsText, parseBracketsText }: Props) {
  const label = `${rule.label} (${rule.taxYear})`;
  if ((rule.unit === 'USD' || rule.unit === 'GBP') && typeof rule.value === 'number')
    return (
      <MoneyField
        label={label}
        hideLabel
        currency={rule.unit}
        value={rule.value}
        onChange={(v) => onSave(v)}
      />
    );
  if (rule.unit === 'pct' && typeof rule.value === 'number')
    return <PercentField label={label} hideLabel value={rule.value} onChange={(v) => onSave(v)} />;
  if (rule.unit === 'brackets')
    return (
      <TextValue
        label={label}
        text={bracketsText(rule.value as Brackets)}
        hint="from: rate%; …"
        onSave={(text) => {
          const parsed = parseBracketsText(text);
          return typeof parsed === 'string' ? parsed : onSave(parsed);
        }}
      />
    );
  return (
    <TextValue
      label={label}
      text={rule.value === null ? '' : JSON.stringify(rule.value)}
      hint={rule.value === null ? 'Not known (unverified); enter a value' : 'JSON'}
      onSave={(text) => {
        try {
          return onSave(text.trim() === '' ? null : (JSON.parse(text) as unknown));
        } catch {
          return 'Does not read as JSON: keep the brackets and quotes as shown.';
        }
      }}
    />
  );
}

/** A text value saved on Enter or when leaving the field; a refused value stays for fixing. */
function TextValue({
  label,
  text,
  hint,
  onSave,
}: {
  label: string;
  text: string;
  hint: string;
  onSave: (text: string) => string | null;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const save = () => {
    if (draft === null || draft === text) return;
    const problem = onSave(draft);
    setError(problem);
    if (!problem) setDraft(null);
  };
  return (
    <Field label={label} hideLabel hint={hint} error={error}>
      {({ inputId, describedBy, invalid }) => (
        <input
          id={inputId}
          type="text"
          className="takehome-rules__text"
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          value={draft ?? text}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={save}
          onKeyDown={(e) => {
            if (e.key === 'Enter') save();
          }}
        />
      )}
    </Field>
  );
}
