import { screen, within } from '@testing-library/react';
import { renderOffers, storedOffer } from './renderOffers';

vi.setConfig({ testTimeout: 20_000 });

describe('Band and benefits', () => {
  it('switches a salary band on around the base, and off again', async () => {
    const { user } = renderOffers('offer-current'); // no band, base 215,000
    const hasBand = screen.getByRole('checkbox', { name: 'This offer has a salary band' });
    expect(hasBand).not.toBeChecked();
    expect(screen.queryByLabelText('Band midpoint')).not.toBeInTheDocument();
    await user.click(hasBand);
    expect(storedOffer('offer-current').band).toEqual({ min: 183_000, mid: 215_000, max: 247_000 });
    expect(screen.getByLabelText('Band midpoint')).toHaveValue('215,000');
    await user.click(hasBand);
    expect(storedOffer('offer-current').band).toBeUndefined();
  });

  it('a band minimum above the midpoint is refused with the reason, and the band kept', async () => {
    const { user } = renderOffers('offer-frontier'); // 290k / 340k / 390k
    const min = screen.getByLabelText('Band minimum');
    await user.clear(min);
    await user.paste('350k');
    expect(within(min.closest('.field') as HTMLElement).getByRole('alert')).toHaveTextContent(
      'Must satisfy min ≤ mid ≤ max',
    );
    expect(storedOffer('offer-frontier').band?.min).toBe(290_000);
    await user.clear(min);
    await user.paste('300k');
    expect(storedOffer('offer-frontier').band?.min).toBe(300_000);
    expect(min).not.toHaveAttribute('aria-invalid');
  });

  it('edits benefits value and employer cost separately', async () => {
    const { user } = renderOffers('offer-frontier');
    const value = screen.getByLabelText('Benefits value');
    await user.clear(value);
    await user.paste('30k');
    const cost = screen.getByLabelText('Benefits cost to employer');
    await user.clear(cost);
    await user.paste('41,500');
    expect(storedOffer('offer-frontier').benefits).toEqual({ value: 30_000, employerCost: 41_500 });
  });
});
