import { NumberField } from '@/components/NumberField';
import { PercentField } from '@/components/PercentField';
import type { FinanceAssumptions } from '@/domain';
import { useWorkspaceStore } from '@/state/workspaceStore';
import { editMessage } from './editMessage';

type OptionValuation = FinanceAssumptions['optionValuation'];

/** Black–Scholes inputs for the grant-date fair value of stock options. */
export function OptionValuationEditor({ valuation }: { valuation: OptionValuation }) {
  const updateFinance = useWorkspaceStore((s) => s.updateFinance);
  const set = (key: keyof OptionValuation) => (value: number) =>
    editMessage(
      updateFinance((f) => ({ ...f, optionValuation: { ...f.optionValuation, [key]: value } })),
    );

  return (
    <fieldset className="option-valuation">
      <legend>Option valuation (Black–Scholes at grant)</legend>
      <div className="fields">
        <PercentField
          label="Volatility"
          value={valuation.volatilityPct}
          max={300}
          onChange={set('volatilityPct')}
          hint="Yearly, of the share price"
        />
        <NumberField
          label="Risk-free rate"
          value={valuation.riskFreePct}
          min={-5}
          max={30}
          suffix="%"
          onChange={set('riskFreePct')}
        />
        <NumberField
          label="Expected term (years)"
          value={valuation.expectedTermYears}
          max={15}
          onChange={set('expectedTermYears')}
          hint="6.25 = simplified method, 4-year vest, 10-year term"
        />
        <PercentField
          label="Dividend yield"
          value={valuation.dividendPct}
          max={20}
          onChange={set('dividendPct')}
        />
      </div>
    </fieldset>
  );
}
