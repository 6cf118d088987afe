import type { StoredProfile } from '@/domain';
import { MoneyField } from '@/components/MoneyField';
import { useProfileEditor } from './profileEdits';

type MoneyDimension = 'cash' | 'equity';
type Bound = 'floor' | 'target';

const FIELDS: { dimension: MoneyDimension; bound: Bound; label: string }[] = [
  { dimension: 'cash', bound: 'floor', label: 'Cash walk-away' },
  { dimension: 'cash', bound: 'target', label: 'Cash ideal' },
  { dimension: 'equity', bound: 'floor', label: 'Equity walk-away' },
  { dimension: 'equity', bound: 'target', label: 'Equity ideal' },
];

/** Walk-away and ideal yearly amounts: the value function that turns money into a 0–1 utility. */
export function ValueFunction({ profile }: { profile: StoredProfile }) {
  const edit = useProfileEditor(profile.id);
  // The store refuses an ideal at or below the walk-away; its message shows next to the field.
  const change = (dimension: MoneyDimension, bound: Bound) => (value: number) =>
    edit((p) => ({
      ...p,
      money: { ...p.money, [dimension]: { ...p.money[dimension], [bound]: value } },
    }));

  return (
    <section className="card" aria-labelledby="value-function-heading">
      <h2 id="value-function-heading">Walk-away and ideal pay</h2>
      <p className="muted small">
        Yearly amounts in {profile.currency}: below the walk-away amount (the floor) cash or equity
        scores 0, at the ideal (the target) it earns full marks, and in between it scores in a
        straight line.
      </p>
      <div className="fields">
        {FIELDS.map((f) => (
          <MoneyField
            key={`${profile.id}-${f.dimension}-${f.bound}`}
            label={f.label}
            currency={profile.currency}
            value={profile.money[f.dimension][f.bound]}
            onChange={change(f.dimension, f.bound)}
          />
        ))}
      </div>
    </section>
  );
}
