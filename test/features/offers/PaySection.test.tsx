import { act, screen, within } from '@testing-library/react';
import { useWorkspaceStore } from '@/state/workspaceStore';
import { renderOffers, storedOffer } from './renderOffers';

// Every keystroke commits a validated workspace; the shared CI machine can be slow.
vi.setConfig({ testTimeout: 20_000 });

describe('Pay and bonus fields', () => {
  it('typing "$185k" into Base salary stores 185000', async () => {
    const { user } = renderOffers('offer-startup');
    const base = screen.getByLabelText('Base salary');
    await user.clear(base);
    await user.type(base, '$185k');
    expect(storedOffer('offer-startup').cash.base).toBe(185_000);
    expect(screen.getByText(/Year-1 total comp/).nextSibling).toHaveTextContent('$');
  });

  it('garbage shows an inline message and leaves the stored value', async () => {
    const { user } = renderOffers('offer-startup');
    const base = screen.getByLabelText('Base salary');
    await user.clear(base);
    await user.type(base, 'lots');
    const field = base.closest('.field') as HTMLElement;
    expect(within(field).getByRole('alert')).toHaveTextContent(/not an amount/i);
    expect(base).toHaveAttribute('aria-invalid', 'true');
    expect(storedOffer('offer-startup').cash.base).toBe(235_000);
  });

  it('percent fields parse "20%" and reject out-of-range values', async () => {
    const { user } = renderOffers('offer-startup');
    const bonus = screen.getByLabelText('Bonus target');
    await user.clear(bonus);
    await user.type(bonus, '20%');
    expect(storedOffer('offer-startup').cash.bonusTargetPct).toBe(20);
    const raise = screen.getByLabelText('Yearly raise');
    await user.clear(raise);
    await user.paste('150');
    expect(within(raise.closest('.field') as HTMLElement).getByRole('alert')).toHaveTextContent(
      'Must be 100% or less',
    );
    expect(storedOffer('offer-startup').cash.raisePct).toBe(0);
  });

  it('an empty offer name is rejected by the store with its reason, and the old name kept', async () => {
    const { user } = renderOffers('offer-startup');
    const name = screen.getByLabelText('Offer name');
    await user.clear(name);
    expect(within(name.closest('.field') as HTMLElement).getByRole('alert')).toHaveTextContent(
      'Is required',
    );
    expect(storedOffer('offer-startup').name).toBe('Applied-AI startup — Founding ML Engineer');
    await user.type(name, 'Startup');
    expect(storedOffer('offer-startup').name).toBe('Startup');
    expect(name).not.toHaveAttribute('aria-invalid');
  });

  it('edits currency, track, sign-on and notes', async () => {
    const { user } = renderOffers('offer-startup');
    await user.selectOptions(screen.getByLabelText('Currency'), 'EUR');
    await user.selectOptions(screen.getByLabelText('Track'), 'research');
    const signOn = screen.getByLabelText('Sign-on bonus');
    await user.clear(signOn);
    await user.type(signOn, '30,000');
    await user.click(screen.getByLabelText('Notes'));
    await user.paste(' Call Friday.');
    const offer = storedOffer('offer-startup');
    expect(offer).toMatchObject({ currency: 'EUR', track: 'research' });
    expect(offer.cash.signOn).toBe(30_000);
    expect(offer.notes).toMatch(/Call Friday\.$/);
    expect(screen.getAllByText('EUR').length).toBeGreaterThan(1);
  });
});

describe("Changing an offer's currency", () => {
  it('keeps the amounts as typed and offers to convert them at the workspace rate', async () => {
    const { user } = renderOffers('offer-startup'); // USD, base 235,000
    act(() => void useWorkspaceStore.getState().setFxRate('EUR', 1.25)); // 1 EUR = 1.25 USD
    await user.selectOptions(screen.getByLabelText('Currency'), 'EUR');
    expect(storedOffer('offer-startup')).toMatchObject({
      currency: 'EUR',
      cash: { base: 235_000 },
    });
    expect(screen.getByRole('status')).toHaveTextContent(
      'Amounts kept as typed, now in EUR. Were they in USD? Convert them at 1 USD = 0.8 EUR.',
    );

    await user.click(screen.getByRole('button', { name: 'Convert amounts to EUR' }));
    const converted = storedOffer('offer-startup');
    expect(converted.currency).toBe('EUR');
    expect(converted.cash).toMatchObject({ base: 188_000, signOn: 16_000, relocation: 8_000 });
    expect(converted.equity).toMatchObject({ shares: 60_000, sharePrice: 9.6, strikePrice: 2.4 });
    expect(screen.queryByRole('button', { name: /Convert amounts/ })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Base salary')).toHaveValue('188,000');
  });

  it('waits for a missing rate, then converts; "Keep as typed" closes the question', async () => {
    const { user } = renderOffers('offer-startup');
    await user.selectOptions(screen.getByLabelText('Currency'), 'GBP');
    expect(screen.getByRole('status')).toHaveTextContent(
      'To convert them, enter the GBP rate under Exchange rates, below.',
    );
    expect(screen.queryByRole('button', { name: /Convert amounts/ })).not.toBeInTheDocument();

    const rate = screen.getByLabelText('1 GBP in USD');
    await user.clear(rate);
    await user.type(rate, '1.25');
    expect(screen.getByRole('button', { name: 'Convert amounts to GBP' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Keep as typed' }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(storedOffer('offer-startup')).toMatchObject({
      currency: 'GBP',
      cash: { base: 235_000 },
    });
  });
});

describe('Text fields and undo', () => {
  it('an undo while typing a name shows the restored name', async () => {
    const { user } = renderOffers('offer-startup');
    const name = screen.getByLabelText('Offer name');
    await user.clear(name);
    await user.paste('Startup');
    expect(storedOffer('offer-startup').name).toBe('Startup');
    act(() => useWorkspaceStore.getState().undo());
    expect(name).toHaveValue('Applied-AI startup — Founding ML Engineer');
  });
});
