import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { OffersView } from '@/features/offers/OffersView';
import { compensationByYear, evaluateOffer } from '@/domain';
import { formatMoney, formatPoints } from '@/components/format';
import { useWorkspaceStore } from '@/state/workspaceStore';
import { useNoticeStore } from '@/state/notices';
import { renderOffers } from './renderOffers';

vi.setConfig({ testTimeout: 20_000 });

const offerNames = () => useWorkspaceStore.getState().workspace.offers.map((o) => o.name);
const listItems = () =>
  within(screen.getByRole('navigation', { name: 'Offers' })).getAllByRole('link');

describe('OffersView', () => {
  it('lists the offers and opens the one named in the route', () => {
    renderOffers('offer-platform');
    expect(listItems()).toHaveLength(4);
    expect(screen.getByRole('link', { current: 'page' })).toHaveTextContent('Public company');
    expect(screen.getByLabelText('Offer name')).toHaveValue(
      'Public company — Staff ML Engineer, ML Platform',
    );
    expect(screen.getByRole('link', { name: /Current job/ })).toHaveTextContent('Baseline');
  });

  it('falls back to the first offer for an unknown id, and switches on click', async () => {
    const { user } = renderOffers('no-such-offer');
    expect(screen.getByLabelText('Offer name')).toHaveValue('Frontier lab — Research Scientist');
    await user.click(screen.getByRole('link', { name: /Applied-AI startup/ }));
    expect(screen.getByLabelText('Offer name')).toHaveValue(
      'Applied-AI startup — Founding ML Engineer',
    );
    expect(window.location.hash).toBe('#/offers/offer-startup');
  });

  it('shows an empty state that says what to do, and adds an offer from it', async () => {
    const { user } = renderOffers();
    useWorkspaceStore.getState().startEmpty();
    expect(await screen.findByText('No offers yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add offer' }));
    expect(offerNames()).toEqual(['New offer']);
    expect(screen.getByLabelText('Offer name')).toHaveFocus();
  });

  it('#/offers/new adds one offer, focuses its name, and replaces the address', async () => {
    renderOffers();
    act(() => useWorkspaceStore.getState().startEmpty());
    cleanup();
    window.location.hash = '#/offers/new';
    render(<OffersView selectedId="new" />);
    expect(offerNames()).toEqual(['New offer']);
    const id = useWorkspaceStore.getState().workspace.offers[0]!.id;
    await waitFor(() => expect(window.location.hash).toBe(`#/offers/${id}`));
    expect(screen.getByLabelText('Offer name')).toHaveFocus();
    // Opening the new offer's own address again adds nothing.
    cleanup();
    render(<OffersView selectedId={id} />);
    expect(offerNames()).toEqual(['New offer']);
  });

  it('adds an offer and selects it for naming', async () => {
    const { user } = renderOffers('offer-frontier');
    await user.click(screen.getByRole('button', { name: 'Add offer' }));
    expect(offerNames()).toHaveLength(5);
    const name = screen.getByLabelText('Offer name');
    expect(name).toHaveValue('New offer');
    expect(name).toHaveFocus();
    await user.keyboard('Big Tech — Research Engineer');
    expect(offerNames()[4]).toBe('Big Tech — Research Engineer');
  });

  it('duplicates as a scenario right after the source, ready to rename', async () => {
    const { user } = renderOffers('offer-startup');
    await user.click(screen.getByRole('button', { name: 'Duplicate' }));
    expect(offerNames()[2]).toBe('Applied-AI startup — Founding ML Engineer — scenario');
    const name = screen.getByLabelText('Offer name');
    expect(name).toHaveFocus();
    await user.keyboard('Startup — more equity');
    expect(offerNames()[2]).toBe('Startup — more equity');
    expect(useWorkspaceStore.getState().workspace.offers[2]!.equity.shares).toBe(60_000);
  });

  it('reorders with the keyboard and keeps focus on the moved offer', async () => {
    const { user } = renderOffers('offer-frontier');
    const down = screen.getByRole('button', {
      name: 'Move Frontier lab — Research Scientist down',
    });
    down.focus();
    await user.keyboard('{Enter}');
    expect(offerNames()[1]).toBe('Frontier lab — Research Scientist');
    expect(
      screen.getByRole('button', { name: 'Move Frontier lab — Research Scientist down' }),
    ).toHaveFocus();
    await user.click(
      screen.getByRole('button', { name: 'Move Frontier lab — Research Scientist up' }),
    );
    expect(offerNames()[0]).toBe('Frontier lab — Research Scientist');
    expect(
      screen.getByRole('button', { name: 'Move Frontier lab — Research Scientist up' }),
    ).toBeDisabled();
  });

  it('deletes an offer with an undo notice that restores it', async () => {
    const { user } = renderOffers('offer-startup');
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(offerNames()).not.toContain('Applied-AI startup — Founding ML Engineer');
    expect(screen.getByLabelText('Offer name')).toHaveValue(
      'Public company — Staff ML Engineer, ML Platform',
    );
    const notice = useNoticeStore.getState().notices.at(-1)!;
    expect(notice.message).toBe('Deleted "Applied-AI startup — Founding ML Engineer"');
    expect(notice.action?.label).toBe('Undo');
    notice.action!.run();
    expect(offerNames()[1]).toBe('Applied-AI startup — Founding ML Engineer');
  });

  it('marks the current job, then says it is the baseline and offers to unmark it', async () => {
    const { user } = renderOffers('offer-startup');
    const heading = screen.getByRole('heading', { level: 2, name: /Applied-AI startup/ });
    const baseline = screen.getByRole('button', { name: 'Mark as current job (baseline)' });
    expect(heading).not.toHaveTextContent('Current job — baseline');
    await user.click(baseline);
    expect(useWorkspaceStore.getState().workspace.baselineOfferId).toBe('offer-startup');
    expect(heading).toHaveTextContent('Current job — baseline');
    // The same button, still focused, now says what pressing it does.
    expect(baseline).toHaveAccessibleName('Unmark as current job');
    expect(baseline).toHaveFocus();
    await user.click(baseline);
    expect(useWorkspaceStore.getState().workspace.baselineOfferId).toBeNull();
    expect(baseline).toHaveAccessibleName('Mark as current job (baseline)');
    expect(heading).not.toHaveTextContent('Current job — baseline');
  });

  it('numbers further copies instead of repeating "scenario"', async () => {
    const { user } = renderOffers('offer-startup');
    await user.click(screen.getByRole('button', { name: 'Duplicate' }));
    await user.click(screen.getByRole('button', { name: 'Duplicate' })); // the copy, now open
    await user.click(listItems()[1]!); // the original
    await user.click(screen.getByRole('button', { name: 'Duplicate' }));
    expect(offerNames().slice(1, 5)).toEqual([
      'Applied-AI startup — Founding ML Engineer',
      'Applied-AI startup — Founding ML Engineer — scenario 3',
      'Applied-AI startup — Founding ML Engineer — scenario',
      'Applied-AI startup — Founding ML Engineer — scenario 2',
    ]);
  });

  it('shows year-1 total comp and the score under the active profile, live', async () => {
    const { user } = renderOffers('offer-current');
    const summary = screen.getByLabelText('Live summary');
    const profile = useWorkspaceStore.getState().workspace.profiles[0]!;
    const expected = () => {
      const offer = useWorkspaceStore
        .getState()
        .workspace.offers.find((o) => o.id === 'offer-current')!;
      return [
        formatMoney(compensationByYear(offer, 1)[0]!.totalComp, 'USD'),
        formatPoints(evaluateOffer(offer, profile).score),
      ];
    };
    expect(summary).toHaveTextContent('Score under “Balanced (sample)”');
    const [compBefore, scoreBefore] = expected();
    expect(summary).toHaveTextContent(compBefore!);
    expect(summary).toHaveTextContent(scoreBefore!);
    const base = screen.getByLabelText('Base salary');
    await user.clear(base);
    await user.paste('400k');
    const [compAfter, scoreAfter] = expected();
    expect(compAfter).not.toBe(compBefore);
    expect(scoreAfter).not.toBe(scoreBefore);
    expect(summary).toHaveTextContent(compAfter!);
    expect(summary).toHaveTextContent(scoreAfter!);
  });
});
