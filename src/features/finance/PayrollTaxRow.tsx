import { PercentField } from '@/components/PercentField';
import type { PayrollTax } from '@/domain';
import { useWorkspaceStore } from '@/state/workspaceStore';
import { editMessage } from './editMessage';
import { OptionalMoneyField } from './OptionalMoneyField';
import { TextCellField } from './TextCellField';
import { assumptionSource } from './assumptionSource';

interface PayrollTaxRowProps {
  index: number;
  tax: PayrollTax;
}

/** One editable payroll tax; each input's label names the tax so screen readers can tell rows apart. */
export function PayrollTaxRow({ index, tax }: PayrollTaxRowProps) {
  const updateFinance = useWorkspaceStore((s) => s.updateFinance);
  const editTax = (change: (t: PayrollTax) => PayrollTax) =>
    editMessage(
      updateFinance((f) => ({
        ...f,
        payrollTaxes: f.payrollTaxes.map((t, i) => (i === index ? change(t) : t)),
      })),
    );
  const assumption = assumptionSource(tax);
  // An edited default keeps its citation for reference, and says the figure is now the user's.
  const sourceHint = assumption.edited
    ? `${assumption.label}; the source cites the published figures.`
    : undefined;
  const removeTax = () =>
    updateFinance((f) => ({ ...f, payrollTaxes: f.payrollTaxes.filter((_, i) => i !== index) }));

  return (
    <tr className="payroll-tax-row">
      <td>
        <TextCellField
          label={`Name of payroll tax ${index + 1}`}
          value={tax.name}
          onChange={(name) => editTax((t) => ({ ...t, name }))}
        />
      </td>
      <td>
        <PercentField
          className="cell-field"
          hideLabel
          label={`Rate for ${tax.name}`}
          value={tax.ratePct}
          onChange={(ratePct) => editTax((t) => ({ ...t, ratePct }))}
        />
      </td>
      <td>
        <OptionalMoneyField
          label={`Wage cap for ${tax.name}`}
          value={tax.wageCap}
          onChange={(wageCap) =>
            editTax(({ wageCap: _old, ...t }) => (wageCap === undefined ? t : { ...t, wageCap }))
          }
        />
      </td>
      <td>
        <TextCellField
          label={`Source for ${tax.name}`}
          value={tax.source}
          wide
          placeholder="Your assumption"
          hint={sourceHint}
          onChange={(source) => editTax((t) => ({ ...t, source }))}
        />
      </td>
      <td>
        <button
          type="button"
          className="btn btn--small btn--danger"
          onClick={removeTax}
          aria-label={`Remove ${tax.name}`}
        >
          Remove
        </button>
      </td>
    </tr>
  );
}
