import { useState } from 'react';
import type { StoredProfile } from '@/domain';
import { Field } from '@/components/Field';
import { MoneyField } from '@/components/MoneyField';
import { NumberField } from '@/components/NumberField';
import type { DimensionOption } from './dimensionList';
import { defaultMinimum, describeMustHave, mustHaveTargets } from './mustHaves';
import { useProfileEditor } from './profileEdits';

/** Must-haves: an offer below any of these minimums is marked ineligible, whatever its score. */
export function MustHaves({
  profile,
  dimensions,
}: {
  profile: StoredProfile;
  dimensions: DimensionOption[];
}) {
  const edit = useProfileEditor(profile.id);
  const targets = mustHaveTargets(dimensions);
  const [targetId, setTargetId] = useState('base');
  const target = targets.find((t) => t.id === targetId) ?? targets[0]!;
  const [min, setMin] = useState(() => defaultMinimum(target));
  const [error, setError] = useState<string | null>(null);

  const add = () =>
    setError(
      edit((p) => ({ ...p, constraints: [...p.constraints, { dimension: target.id, min }] })),
    );
  const remove = (index: number) =>
    setError(edit((p) => ({ ...p, constraints: p.constraints.filter((_, i) => i !== index) })));

  return (
    <section className="card" aria-labelledby="must-haves-heading">
      <h2 id="must-haves-heading">Must-haves</h2>
      <p className="muted small">
        An offer that misses one is marked ineligible on Compare, whatever its score.
      </p>
      {profile.constraints.length === 0 ? (
        <p className="muted">No must-haves yet.</p>
      ) : (
        <ul className="must-have-list">
          {profile.constraints.map((c, i) => {
            const text = describeMustHave(c, targets, profile.currency);
            return (
              <li key={`${c.dimension}-${i}`}>
                <span>{text}</span>
                <button
                  type="button"
                  className="btn btn--small btn--danger"
                  aria-label={`Remove must-have: ${text}`}
                  onClick={() => remove(i)}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="fields must-have-form">
        <Field label="Must-have">
          {({ inputId }) => (
            <select
              id={inputId}
              value={target.id}
              onChange={(e) => {
                const next = targets.find((t) => t.id === e.target.value);
                setTargetId(e.target.value);
                if (next?.money !== target.money) setMin(defaultMinimum(next));
              }}
            >
              {targets.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        {target.money ? (
          <MoneyField
            key="money"
            label="At least"
            currency={profile.currency}
            value={min}
            onChange={setMin}
          />
        ) : (
          <NumberField
            key="rating"
            label="At least"
            hint="A rating from 0 to 10"
            value={min}
            min={0}
            max={10}
            onChange={setMin}
          />
        )}
        <div className="must-have-form__add">
          <button type="button" className="btn btn--small" onClick={add}>
            Add must-have
          </button>
        </div>
      </div>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
