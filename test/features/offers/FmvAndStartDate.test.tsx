import { fireEvent, screen, within } from '@testing-library/react';
import { renderOffers, storedOffer } from './renderOffers';

vi.setConfig({ testTimeout: 20_000 });

describe('409A price and start date fields', () => {
  it('sets the 409A price on a private offer and clears it back to the share price', async () => {
    const { user } = renderOffers('offer-startup'); // private options
    const fmv = screen.getByLabelText('409A price (fair market value)');
    expect(fmv).toHaveValue('');
    await user.click(fmv);
    await user.paste('12.5');
    expect(storedOffer('offer-startup').equity.fmvPrice).toBe(12.5);
    await user.clear(fmv);
    expect(storedOffer('offer-startup').equity).not.toHaveProperty('fmvPrice');
  });

  it('refuses a bad 409A price with a message and keeps the previous value', async () => {
    const { user } = renderOffers('offer-startup');
    const fmv = screen.getByLabelText('409A price (fair market value)');
    await user.click(fmv);
    await user.paste('12.5');
    await user.clear(fmv);
    await user.paste('abc');
    expect(within(fmv.closest('.field') as HTMLElement).getByRole('alert')).toBeInTheDocument();
    expect(storedOffer('offer-startup').equity).not.toHaveProperty('fmvPrice');
  });

  it('shows no 409A field on a public offer', () => {
    renderOffers('offer-platform');
    expect(screen.queryByLabelText('409A price (fair market value)')).not.toBeInTheDocument();
  });

  it('sets and clears the start date (month input)', () => {
    renderOffers('offer-platform');
    const start = screen.getByLabelText('Start date');
    expect(start).toHaveAttribute('type', 'month');
    fireEvent.change(start, { target: { value: '2026-07' } });
    expect(storedOffer('offer-platform').startDate).toBe('2026-07');
    fireEvent.change(start, { target: { value: '' } });
    expect(storedOffer('offer-platform')).not.toHaveProperty('startDate');
  });

  it('refuses a month outside the schema with its message and keeps the stored date', () => {
    renderOffers('offer-platform');
    const start = screen.getByLabelText('Start date');
    fireEvent.change(start, { target: { value: '2026-07' } });
    fireEvent.change(start, { target: { value: '1850-07' } }); // the schema takes 1900–2199
    expect(within(start.closest('.field') as HTMLElement).getByRole('alert')).toHaveTextContent(
      /month/i,
    );
    expect(storedOffer('offer-platform').startDate).toBe('2026-07');
  });
});
