import { cleanup, render, screen } from '@testing-library/react';
import { OffersView } from '@/features/offers/OffersView';
import { useWorkspaceStore } from '@/state/workspaceStore';
import { renderOffers, storedOffer } from './renderOffers';

vi.setConfig({ testTimeout: 20_000 });

/** A new offer with RSUs and no share price yet, open in the editor. */
async function newRsuOffer() {
  const rendered = renderOffers('offer-frontier');
  await rendered.user.click(screen.getByRole('button', { name: 'Add offer' }));
  const id = useWorkspaceStore.getState().workspace.offers.at(-1)!.id;
  await rendered.user.selectOptions(screen.getByLabelText('Equity type'), 'rsu');
  return { ...rendered, id };
}

describe('Grant entered as a value', () => {
  it('keeps a value typed before the share price and applies it once the price exists', async () => {
    const { user, id } = await newRsuOffer();
    await user.click(screen.getByRole('radio', { name: 'Value in USD' }));
    const grant = screen.getByLabelText('Grant value');
    await user.clear(grant);
    await user.paste('100k');
    // Held by the model, not only by the field; no error, and no figure the model does not hold.
    expect(storedOffer(id).equity).toMatchObject({ pendingGrantValue: 100_000, shares: 0 });
    expect(grant).not.toHaveAttribute('aria-invalid');
    expect(screen.getByText(/Kept until you enter the share price/)).toBeInTheDocument();

    const price = screen.getByLabelText('Share price');
    await user.clear(price);
    await user.paste('250');
    expect(storedOffer(id).equity.shares).toBe(400);
    expect(storedOffer(id).equity).not.toHaveProperty('pendingGrantValue');
    expect(screen.getByLabelText('Grant value')).toHaveValue('100,000');
    expect(screen.getByText('Converted at the share price: 400 shares')).toBeInTheDocument();
  });

  it('a value waiting for a price survives a reload of the editor', async () => {
    const { user, id } = await newRsuOffer();
    await user.click(screen.getByRole('radio', { name: 'Value in USD' }));
    await user.clear(screen.getByLabelText('Grant value'));
    await user.paste('80,000');
    cleanup();
    renderOffersKeepingWorkspace(id);
    expect(screen.getByRole('radio', { name: 'Value in USD' })).toBeChecked();
    expect(screen.getByLabelText('Grant value')).toHaveValue('80,000');
  });

  it('remembers the "Value in" entry mode with the offer', async () => {
    const { user } = renderOffers('offer-platform');
    await user.click(screen.getByRole('radio', { name: 'Value in USD' }));
    expect(storedOffer('offer-platform').equity.grantEntry).toBe('value');
    cleanup();
    renderOffersKeepingWorkspace('offer-platform');
    expect(screen.getByRole('radio', { name: 'Value in USD' })).toBeChecked();
    expect(screen.getByLabelText('Grant value')).toHaveValue('450,000');
  });

  it('switching to a share count drops a value still waiting for a price', async () => {
    const { user, id } = await newRsuOffer();
    await user.click(screen.getByRole('radio', { name: 'Value in USD' }));
    await user.clear(screen.getByLabelText('Grant value'));
    await user.paste('50k');
    await user.click(screen.getByRole('radio', { name: 'Share count' }));
    expect(storedOffer(id).equity).not.toHaveProperty('pendingGrantValue');
    expect(storedOffer(id).equity.grantEntry).toBe('shares');
    await user.clear(screen.getByLabelText('Share price'));
    await user.paste('10');
    expect(storedOffer(id).equity.shares).toBe(0);
  });
});

describe('Grant hints', () => {
  it('options show the spread value after the strike, and the paper value', () => {
    renderOffers('offer-startup'); // 60,000 options, $12 price, $3 strike
    expect(
      screen.getByText(
        'Initial grant, spread value $540,000 today after the $3 strike (paper value $720,000)',
      ),
    ).toBeInTheDocument();
  });

  it('RSUs show the value of the shares', () => {
    renderOffers('offer-platform'); // 1,800 RSUs at $250
    expect(screen.getByText('Initial grant, worth $450,000 today')).toBeInTheDocument();
  });

  it('options entered as a value say the value is the paper value and give the spread', async () => {
    const { user } = renderOffers('offer-startup');
    await user.click(screen.getByRole('radio', { name: 'Value in USD' }));
    expect(
      screen.getByText(
        'Converted at the share price: 60,000 shares. That is the paper value; after the $3 strike the spread is $540,000 today',
      ),
    ).toBeInTheDocument();
  });
});

/** Opens the Offers view again on the workspace as it is stored, as after a reload. */
function renderOffersKeepingWorkspace(id: string) {
  return render(<OffersView selectedId={id} />);
}
