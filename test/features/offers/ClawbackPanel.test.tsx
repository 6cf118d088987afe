import { render, screen, within } from '@testing-library/react';
import { parseOffer, type StoredOffer } from '@/domain';
import { ClawbackPanel } from '@/features/offers/ClawbackPanel';

const offer = (id: string, cash: Record<string, number>, currency = 'USD'): StoredOffer =>
  ({
    ...parseOffer({ name: `Offer ${id}`, currency, cash: { base: 1, ...cash } }),
    id,
  }) as StoredOffer;

describe('ClawbackPanel', () => {
  it('says what leaving inside each clawback window repays', () => {
    render(
      <ClawbackPanel
        offers={[
          offer('a', { signOn: 50_000, signOnYear2: 20_000, clawbackMonths: 18 }),
          offer('b', { signOn: 30_000 }), // no window: not listed
          offer('c', { clawbackMonths: 1 }, 'EUR'),
        ]}
      />,
    );
    const table = screen.getByRole('table', { name: 'If you leave early' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent(
      'Offer a18 months$50,000 if you leave in months 1–12; $70,000 if you leave in months 13–18',
    );
    expect(rows[1]).toHaveTextContent('Offer c1 monthNothing: no sign-on to repay');
  });

  it('shows nothing when no offer has a clawback window', () => {
    const { container } = render(<ClawbackPanel offers={[offer('a', { signOn: 10_000 })]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
