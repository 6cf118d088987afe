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
    const list = screen.getByRole('list', { name: 'If you leave early' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent(
      'Offer a (18-month clawback): leave in months 1–12 and you repay $50,000; leave in months 13–18 and you repay $70,000.',
    );
    expect(items[1]).toHaveTextContent(
      'Offer c (1-month clawback): nothing to repay, there is no sign-on.',
    );
  });

  it('shows nothing when no offer has a clawback window', () => {
    const { container } = render(<ClawbackPanel offers={[offer('a', { signOn: 10_000 })]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
