import { useId, useState, type FormEvent } from 'react';
import type { PanelRole } from '@/domain';
import { ROLE_OPTIONS } from './roles';

/** Name and role of a new panel member; the name is required. */
export function AddMemberForm({
  onAdd,
}: {
  onAdd: (fields: { name: string; role: PanelRole }) => string | null;
}) {
  const id = useId();
  const [name, setName] = useState('');
  const [role, setRole] = useState<PanelRole>('hiringManager');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim() === '') return setError('Enter the member’s name.');
    if (name.trim().length > 80) return setError('A name can be at most 80 characters.');
    const added = onAdd({ name: name.trim(), role });
    if (!added) return setError('Not added: the panel is full (at most 20 members).');
    setError(null);
    setName('');
  };
  return (
    <form className="panel-add" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h3 id={`${id}-title`}>Add member</h3>
      <div className="panel-add__fields">
        <div className={`field${error ? ' field--invalid' : ''}`}>
          <label htmlFor={`${id}-name`}>Member name</label>
          <input
            id={`${id}-name`}
            value={name}
            maxLength={80}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => setName(e.target.value)}
          />
          {error ? (
            <p id={`${id}-error`} className="field__error" role="alert">
              {error}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor={`${id}-role`}>Role</label>
          <select
            id={`${id}-role`}
            value={role}
            onChange={(e) => setRole(e.target.value as PanelRole)}
          >
            {ROLE_OPTIONS.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn btn--primary panel-add__button">
          Add member
        </button>
      </div>
    </form>
  );
}
