import { US_PAYROLL_TAXES_2026, type PayrollTax } from '@/domain';
import { uniqueName, useWorkspaceStore } from '@/state/workspaceStore';
import { PayrollTaxRow } from './PayrollTaxRow';

/** Payroll taxes: one row per tax, add and remove rows, reset to the US 2026 defaults. */
export function PayrollTaxesEditor({ taxes }: { taxes: readonly PayrollTax[] }) {
  const updateFinance = useWorkspaceStore((s) => s.updateFinance);

  const addTax = () =>
    updateFinance((f) => ({
      ...f,
      payrollTaxes: [
        ...f.payrollTaxes,
        {
          name: uniqueName(
            'New tax',
            f.payrollTaxes.map((t) => t.name),
          ),
          ratePct: 0,
          source: '', // the field's placeholder says "Your assumption"
        },
      ],
    }));
  const resetTaxes = () =>
    updateFinance((f) => ({ ...f, payrollTaxes: structuredClone(US_PAYROLL_TAXES_2026) }));

  return (
    <div className="payroll-taxes">
      <h3 id="payroll-taxes-heading">Payroll taxes</h3>
      <p className="muted small">
        Employer-side rates on each year&apos;s taxable wages (base + bonus + sign-on + relocation),
        up to the wage cap.
      </p>
      {taxes.length === 0 ? (
        <p className="muted small">No payroll taxes: employer cost includes none.</p>
      ) : null}
      <div className="table-wrap">
        <table className="data payroll-taxes__table" aria-labelledby="payroll-taxes-heading">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Rate</th>
              <th scope="col">Wage cap</th>
              <th scope="col">Source</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {taxes.map((tax, index) => (
              <PayrollTaxRow key={index} index={index} tax={tax} />
            ))}
          </tbody>
        </table>
      </div>
      <div className="btn-row">
        <button type="button" className="btn btn--small" onClick={addTax}>
          Add payroll tax
        </button>
        <button type="button" className="btn btn--small" onClick={resetTaxes}>
          Reset to US 2026 defaults
        </button>
      </div>
    </div>
  );
}
