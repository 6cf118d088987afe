import { useState } from 'react';
import { Field } from '@/components/Field';
import type { StoredPanelMember } from '@/domain';
import { useMemberEditor } from './memberEdits';

/** Parses an influence weight: a number > 0 and ≤ 100, or a message saying what is wrong. */
export function parseInfluence(text: string): number | string {
  const trimmed = text.trim();
  if (trimmed === '') return 'Enter an influence, e.g. 1 (equal) or 2 (counts twice).';
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return `"${trimmed}" is not a number.`;
  if (value <= 0) return 'Influence must be more than 0; remove the member to leave them out.';
  if (value > 100) return 'Influence must be at most 100.';
  return value;
}

/** The member's influence weight λ (1 = equal); bad input keeps the stored value and says why. */
export function InfluenceField({
  panelId,
  member,
}: {
  panelId: string;
  member: StoredPanelMember;
}) {
  const edit = useMemberEditor(panelId, member.id);
  const [text, setText] = useState(String(member.influence));
  const [error, setError] = useState<string | null>(null);
  const commit = (next: string) => {
    setText(next);
    const parsed = parseInfluence(next);
    if (typeof parsed === 'string') return setError(parsed);
    setError(edit((m) => ({ ...m, influence: parsed })));
  };
  return (
    <Field
      label={`Influence of ${member.name}`}
      error={error}
      hint="1 = equal say. 2 counts this view twice as much."
      className="panel-member__influence"
    >
      {({ inputId, describedBy, invalid }) => (
        <input
          id={inputId}
          inputMode="decimal"
          value={text}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(e) => commit(e.target.value)}
          onBlur={() => {
            if (!error) setText(String(member.influence));
          }}
        />
      )}
    </Field>
  );
}
