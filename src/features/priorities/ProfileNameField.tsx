import { useState } from 'react';
import type { StoredProfile } from '@/domain';
import { Field } from '@/components/Field';
import { useProfileEditor } from './profileEdits';

/** Renames the profile as the user types; an empty or overlong name is refused next to the field. */
export function ProfileNameField({ profile }: { profile: StoredProfile }) {
  const edit = useProfileEditor(profile.id);
  const [draft, setDraft] = useState(profile.name);
  const [error, setError] = useState<string | null>(null);

  const change = (name: string) => {
    setDraft(name);
    setError(edit((p) => ({ ...p, name }), 'the profile name'));
  };

  // Keep what the user typed (the store trims names, so "Staff " is stored as "Staff"), unless the
  // name changed elsewhere, e.g. by undo.
  const showDraft = Boolean(error) || draft.trim() === profile.name;

  return (
    <Field label="Profile name" error={error}>
      {({ inputId, describedBy, invalid }) => (
        <input
          id={inputId}
          type="text"
          value={showDraft ? draft : profile.name}
          maxLength={100}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(e) => change(e.target.value)}
        />
      )}
    </Field>
  );
}
