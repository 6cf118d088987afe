import type { StoredOffer } from '@/domain';
import { Field } from '@/components/Field';
import type { OfferEdit } from './useOfferEdit';
import { useState } from 'react';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * Optional first month of employment ("YYYY-MM"). With it, payroll-tax wage caps are counted per
 * calendar year, month by month (DESIGN.md); clearing it returns to employment years.
 */
export function StartDateField({ offer, edit }: { offer: StoredOffer; edit: OfferEdit }) {
  const [error, setError] = useState<string | null>(null);
  const change = (text: string) => {
    if (text === '') {
      setError(null);
      edit((o) => {
        const { startDate: _old, ...rest } = o;
        return rest;
      });
      return;
    }
    if (!MONTH.test(text)) {
      setError('Enter a month, e.g. 2026-07');
      return;
    }
    setError(edit((o) => ({ ...o, startDate: text })));
  };
  return (
    <Field
      label="Start date"
      error={error}
      hint="Optional: first month of employment. Payroll-tax caps then count per calendar year."
    >
      {({ inputId, describedBy, invalid }) => (
        <input
          id={inputId}
          type="month"
          value={offer.startDate ?? ''}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(e) => change(e.target.value)}
        />
      )}
    </Field>
  );
}
