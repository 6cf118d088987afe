import { useId, useState, type FormEvent } from 'react';
import { BUILT_IN_DIMENSIONS } from '@/domain';
import { useWorkspaceStore } from '@/state/workspaceStore';
import { showNotice } from '@/state/notices';
import { CustomDimensionFields } from './CustomDimensionFields';

const BUILT_IN_RATED = BUILT_IN_DIMENSIONS.filter((d) => d.kind === 'rating');

/** Add, rename, describe and remove the user's own rated dimensions; built-ins are fixed. */
export function DimensionManager() {
  const dimensions = useWorkspaceStore((s) => s.workspace.dimensions);
  const addDimension = useWorkspaceStore((s) => s.addDimension);
  const removeDimension = useWorkspaceStore((s) => s.removeDimension);
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  const add = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = label.trim();
    if (!trimmed) return setError('Enter a name for the dimension, e.g. Publication freedom');
    if (!addDimension(trimmed))
      return setError(
        'Could not add it: names are at most 40 characters, and there can be at most 10 custom dimensions',
      );
    setLabel('');
    setError(null);
  };
  const remove = (id: string, name: string) => {
    removeDimension(id);
    showNotice({
      message: `Removed "${name}"`,
      action: { label: 'Undo', run: () => useWorkspaceStore.getState().undo() },
    });
  };

  return (
    <section className="offer-dimension-manager" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Rated dimensions</h3>
      <p className="muted small">
        Built in: {BUILT_IN_RATED.map((d) => d.label).join(', ')}. Add your own; each gets a slider
        on every offer and a weight in Priorities.
      </p>
      {dimensions.map((d) => (
        <CustomDimensionFields key={d.id} dimension={d} onRemove={() => remove(d.id, d.label)} />
      ))}
      <form className="offer-dimension-add" onSubmit={add} noValidate>
        <div className={`field${error ? ' field--invalid' : ''}`}>
          <label htmlFor={`${id}-name`}>New dimension name</label>
          <input
            id={`${id}-name`}
            type="text"
            value={label}
            maxLength={40}
            autoComplete="off"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => setLabel(e.target.value)}
          />
          {error ? (
            <p id={`${id}-error`} className="field__error" role="alert">
              {error}
            </p>
          ) : null}
        </div>
        <button type="submit" className="btn">
          Add dimension
        </button>
      </form>
    </section>
  );
}
