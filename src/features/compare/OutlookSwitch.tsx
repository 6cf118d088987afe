import { EQUITY_OUTLOOKS, type EquityOutlook } from '@/domain';

/** Conservative / Expected / Optimistic equity assumptions, applied to every offer at once. */
export function OutlookSwitch({
  value,
  onChange,
}: {
  value: EquityOutlook;
  onChange: (outlook: EquityOutlook) => void;
}) {
  const current = EQUITY_OUTLOOKS.find((o) => o.id === value);
  return (
    <fieldset className="cmp-outlook">
      <legend>Equity outlook</legend>
      <div className="cmp-outlook__options">
        {EQUITY_OUTLOOKS.map((o) => (
          <label key={o.id} className="cmp-outlook__option">
            <input
              type="radio"
              name="equity-outlook"
              value={o.id}
              checked={o.id === value}
              onChange={() => onChange(o.id)}
            />
            {o.label}
          </label>
        ))}
      </div>
      {current ? <p className="muted small cmp-outlook__hint">{current.description}</p> : null}
    </fieldset>
  );
}
