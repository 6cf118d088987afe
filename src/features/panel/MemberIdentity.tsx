import { useState } from 'react';
import { Field } from '@/components/Field';
import type { PanelRole, StoredPanelMember } from '@/domain';
import { useMemberEditor } from './memberEdits';
import { ROLE_OPTIONS } from './roles';

/** The member's name and role, editable; an empty name is refused and the stored one kept. */
export function MemberIdentity({
  panelId,
  member,
}: {
  panelId: string;
  member: StoredPanelMember;
}) {
  const edit = useMemberEditor(panelId, member.id);
  const [name, setName] = useState(member.name);
  const [error, setError] = useState<string | null>(null);
  const rename = (next: string) => {
    setName(next);
    if (next.trim() === '')
      return setError('Enter a name; the member keeps the old one until then.');
    setError(edit((m) => ({ ...m, name: next.trim() })));
  };
  return (
    <div className="panel-member__identity">
      <Field label={`Name of ${member.name}`} error={error}>
        {({ inputId, describedBy, invalid }) => (
          <input
            id={inputId}
            value={name}
            maxLength={80}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onChange={(e) => rename(e.target.value)}
          />
        )}
      </Field>
      <Field label={`Role of ${member.name}`}>
        {({ inputId }) => (
          <select
            id={inputId}
            value={member.role}
            onChange={(e) => setError(edit((m) => ({ ...m, role: e.target.value as PanelRole })))}
          >
            {ROLE_OPTIONS.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
