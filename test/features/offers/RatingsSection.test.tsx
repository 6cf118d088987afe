import { fireEvent, screen } from '@testing-library/react';
import { useWorkspaceStore } from '@/state/workspaceStore';
import { renderOffers, storedOffer } from './renderOffers';

vi.setConfig({ testTimeout: 20_000 });

describe('Ratings', () => {
  it('has one labeled 0–10 slider per built-in rated dimension', () => {
    renderOffers('offer-startup');
    for (const label of ['Technical scope', 'Data access', 'Roadmap influence', 'AI commitment']) {
      const slider = screen.getByRole('slider', { name: label });
      expect(slider).toHaveAttribute('min', '0');
      expect(slider).toHaveAttribute('max', '10');
    }
    expect(screen.queryByRole('slider', { name: 'Cash' })).not.toBeInTheDocument();
  });

  it('moving a slider updates the rating and the highlighted anchor', () => {
    renderOffers('offer-startup'); // data access 4: middle
    const slider = screen.getByRole('slider', { name: 'Data access' });
    expect(slider).toHaveAttribute(
      'aria-valuetext',
      '4 — Shared, restricted datasets and a modest compute quota',
    );
    fireEvent.change(slider, { target: { value: '9' } });
    expect(storedOffer('offer-startup').ratings.data).toBe(9);
    expect(slider).toHaveAttribute(
      'aria-valuetext',
      '9 — Direct access to large proprietary data and ample compute',
    );
    const current = screen
      .getByText('Direct access to large proprietary data and ample compute')
      .closest('li');
    expect(current).toHaveClass('offer-rating__anchor--current');
    expect(current).toHaveTextContent('(current)');
  });

  it('a missing rating shows the default it counts as until it is set', async () => {
    renderOffers('offer-startup');
    useWorkspaceStore.getState().addDimension('Remote work');
    const slider = await screen.findByRole('slider', { name: 'Remote work' });
    expect(slider).toHaveValue('5');
    expect(slider).toHaveAccessibleDescription(/not rated yet: counts as 5/);
    fireEvent.change(slider, { target: { value: '2' } });
    expect(slider).not.toHaveAccessibleDescription(/not rated yet/);
  });
});
