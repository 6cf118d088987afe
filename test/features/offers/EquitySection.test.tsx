import { screen, within } from '@testing-library/react';
import { renderOffers, storedOffer } from './renderOffers';

vi.setConfig({ testTimeout: 20_000 });

describe('Equity fields', () => {
  it('adapt to the equity type and liquidity', async () => {
    const { user } = renderOffers('offer-startup'); // private options
    expect(screen.getByLabelText('Strike price')).toBeInTheDocument();
    expect(screen.getByLabelText('Success chance')).toBeInTheDocument();
    expect(screen.getByLabelText('Dilution')).toBeInTheDocument();
    expect(screen.getByLabelText('Fully diluted shares')).toBeInTheDocument();
    expect(
      screen.getByText('Chance the shares are ever worth the modeled price'),
    ).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Equity type'), 'rsu');
    expect(storedOffer('offer-startup').equity.type).toBe('rsu');
    expect(screen.queryByLabelText('Strike price')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Shares')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Liquidity'), 'public');
    expect(screen.queryByLabelText('Success chance')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Dilution')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Fully diluted shares')).not.toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Equity type'), 'none');
    expect(screen.queryByLabelText('Shares')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Vesting')).not.toBeInTheDocument();
    expect(screen.getByText(/No equity in this offer/)).toBeInTheDocument();
  });

  it('lets fully diluted shares be cleared back to unset, and rejects zero', async () => {
    const { user } = renderOffers('offer-startup'); // 40,000,000 fully diluted shares
    const shares = screen.getByLabelText('Fully diluted shares');
    expect(shares).toHaveValue('40,000,000');
    await user.clear(shares);
    expect(storedOffer('offer-startup').equity.fullyDilutedShares).toBeUndefined();
    await user.tab();
    expect(shares).toHaveValue('');
    expect(shares).toHaveAttribute('placeholder', 'Not set');

    await user.type(shares, '0');
    expect(screen.getByText('Must be 1 or more')).toBeInTheDocument();
    expect(storedOffer('offer-startup').equity.fullyDilutedShares).toBeUndefined();
    await user.clear(shares);
    await user.paste('50000000');
    expect(storedOffer('offer-startup').equity.fullyDilutedShares).toBe(50_000_000);
  });

  it('takes the grant as a value and converts it to shares at the share price', async () => {
    const { user } = renderOffers('offer-platform'); // RSU at $250
    await user.click(screen.getByRole('radio', { name: 'Value in USD' }));
    const grant = screen.getByLabelText('Grant value');
    expect(grant).toHaveValue('450,000');
    await user.clear(grant);
    await user.paste('$500k');
    expect(storedOffer('offer-platform').equity.shares).toBe(2_000);

    // With a grant entered as a value, a new share price keeps the value.
    const price = screen.getByLabelText('Share price');
    await user.clear(price);
    await user.paste('200');
    expect(storedOffer('offer-platform').equity).toMatchObject({ sharePrice: 200, shares: 2_500 });
  });

  it('presets set the schedule and year weights', async () => {
    const { user } = renderOffers('offer-frontier');
    const presets = screen.getByRole('group', { name: 'Vesting presets' });
    expect(
      within(presets).getByRole('button', { name: '4 years monthly, 1-year cliff' }),
    ).toHaveAttribute('aria-pressed', 'true');

    await user.click(within(presets).getByRole('button', { name: '5/15/40/40' }));
    expect(storedOffer('offer-frontier').equity.vesting.yearWeights).toEqual([5, 15, 40, 40]);
    expect(screen.getByLabelText('Year 1')).toHaveValue('5');
    expect(screen.getByLabelText('Year 4')).toHaveValue('40');

    await user.click(within(presets).getByRole('button', { name: '3 years annual' }));
    expect(storedOffer('offer-frontier').equity.vesting).toMatchObject({
      years: 3,
      frequency: 'annual',
      yearWeights: undefined,
    });
    expect(screen.getByLabelText('Vesting')).toHaveValue('3');
    expect(screen.queryByLabelText('Year 1')).not.toBeInTheDocument();
  });

  it('custom weights that do not sum to 100 show a message and are not saved until they do', async () => {
    const { user } = renderOffers('offer-frontier');
    await user.click(screen.getByRole('button', { name: 'Custom year weights' }));
    expect(storedOffer('offer-frontier').equity.vesting.yearWeights).toEqual([25, 25, 25, 25]);

    const year1 = screen.getByLabelText('Year 1');
    await user.clear(year1);
    await user.paste('10');
    expect(screen.getByText(/sum to 85%; they must sum to 100%/)).toBeInTheDocument();
    expect(storedOffer('offer-frontier').equity.vesting.yearWeights).toEqual([25, 25, 25, 25]);

    const year4 = screen.getByLabelText('Year 4');
    await user.clear(year4);
    await user.paste('40');
    expect(screen.queryByText(/they must sum to 100%/)).not.toBeInTheDocument();
    expect(storedOffer('offer-frontier').equity.vesting.yearWeights).toEqual([10, 25, 25, 40]);
  });

  it('previews what vests each year from the engine', async () => {
    const { user } = renderOffers('offer-frontier'); // 4,000 RSUs, 4 years, 1-year cliff
    const preview = screen.getByRole('table', { name: 'What vests each year' });
    const rows = within(preview).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toHaveTextContent(/Year 1\s*25%\s*1,000/);

    await user.click(screen.getByRole('button', { name: '5/15/40/40' }));
    const after = within(screen.getByRole('table', { name: 'What vests each year' }))
      .getAllByRole('row')
      .slice(1);
    expect(after[0]).toHaveTextContent(/Year 1\s*5%\s*200/);
    expect(after[3]).toHaveTextContent(/Year 4\s*40%\s*1,600/);
  });

  it('a cliff longer than the vesting period is refused with the reason', async () => {
    const { user } = renderOffers('offer-frontier');
    const cliff = screen.getByLabelText('Cliff');
    await user.clear(cliff);
    await user.paste('60');
    expect(within(cliff.closest('.field') as HTMLElement).getByRole('alert')).toHaveTextContent(
      'Must not exceed the vesting period (48 months)',
    );
    expect(storedOffer('offer-frontier').equity.vesting.cliffMonths).toBe(12);
  });
});
