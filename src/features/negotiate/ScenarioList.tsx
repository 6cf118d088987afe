import type { ScenarioResult } from '@/domain';
import { formatMoney, formatNumber } from '@/components/format';

/** Each view's lead with the package, and which views bind (their $ per point of required lead). */
export function ScenarioList({
  scenarios,
  currency,
}: {
  scenarios: ScenarioResult[];
  currency: string;
}) {
  if (scenarios.length < 2) return null;
  const binding = scenarios.filter((s) => s.binding);
  return (
    <div>
      <p className="small">
        {binding.length === 0
          ? 'No view binds: the package leads in every view with room to spare.'
          : `Expensive to satisfy: ${binding
              .map(
                (s) =>
                  `${s.name} (each extra point of lead there costs ${formatMoney(s.dollarsPerPoint, currency)})`,
              )
              .join('; ')}.`}
      </p>
      <ul className="small" aria-label="Lead in each view">
        {scenarios.map((s) => (
          <li key={s.name}>
            {s.name}: {formatNumber(s.score, 1)} vs {formatNumber(s.rivalScore, 1)} (lead{' '}
            {formatNumber(s.lead, 1)}){s.binding ? ', binding' : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}
