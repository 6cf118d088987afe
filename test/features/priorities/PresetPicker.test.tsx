import { act, fireEvent, screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { useNoticeStore } from '@/state/notices';
import { useWorkspaceStore } from '@/state/workspaceStore';
import { activeProfile, renderPriorities } from './renderPriorities';

test('applying the research preset replaces the weights and value function', async () => {
  const { user } = renderPriorities();
  expect(activeProfile().weights.data).toBe(20);
  await user.selectOptions(screen.getByLabelText('Preset'), 'Research-focused');
  await user.click(screen.getByRole('button', { name: 'Apply to this profile' }));

  const profile = activeProfile();
  expect(profile.name).toBe('Balanced (sample)');
  expect(profile.weights).toEqual({
    cash: 15,
    equity: 10,
    scope: 20,
    data: 30,
    roadmap: 10,
    commitment: 15,
  });
  expect(profile.money.cash).toEqual({ floor: 180_000, target: 400_000 });
  expect(profile.method).toBe('direct');
  expect(screen.getByRole('slider', { name: 'Data access' })).toHaveValue('30');
  expect(screen.getByLabelText('Data access share')).toHaveTextContent('30%');
  expect(useNoticeStore.getState().notices.at(-1)?.message).toBe(
    'Applied "Research-focused" to "Balanced (sample)".',
  );
});

test('undo after applying a preset restores the previous weights', async () => {
  const { user } = renderPriorities();
  await user.selectOptions(screen.getByLabelText('Preset'), 'Cash first');
  await user.click(screen.getByRole('button', { name: 'Apply to this profile' }));
  expect(activeProfile().weights.cash).toBe(50);
  act(() => useNoticeStore.getState().notices.at(-1)!.action!.run());
  expect(activeProfile().weights.cash).toBe(25);
});

test('a new profile from a preset becomes the active profile', async () => {
  const { user } = renderPriorities();
  await user.selectOptions(screen.getByLabelText('Preset'), 'Upside seeker');
  await user.click(screen.getByRole('button', { name: 'New profile from preset' }));

  const { profiles } = useWorkspaceStore.getState().workspace;
  expect(profiles).toHaveLength(3);
  expect(activeProfile().name).toBe('Upside seeker');
  expect(activeProfile().weights.equity).toBe(40);
  expect(screen.getByRole('button', { name: 'Upside seeker' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  expect(screen.getByLabelText('Profile name')).toHaveValue('Upside seeker');
});

test('a profile in another currency gets the preset amounts restated at the workspace rate', async () => {
  const { user } = renderPriorities();
  act(() => {
    const store = useWorkspaceStore.getState();
    store.setFxRate('EUR', 1.25); // 1 EUR = 1.25 USD, so 1 USD = 0.8 EUR
    store.updateProfile(activeProfile().id, (p) => ({ ...p, currency: 'EUR' }));
  });
  await user.selectOptions(screen.getByLabelText('Preset'), 'Cash first');
  await user.click(screen.getByRole('button', { name: 'Apply to this profile' }));

  const profile = activeProfile();
  expect(profile.money.cash).toEqual({ floor: 200_000, target: 400_000 }); // USD 250k / 500k
  expect(profile.constraints).toEqual([{ dimension: 'base', min: 176_000 }]); // USD 220k
  expect(useNoticeStore.getState().notices.at(-1)?.message).toMatch(
    /Amounts restated in EUR at 1 USD = 0\.8 EUR\.$/,
  );
});

test('without a rate the preset amounts are kept, and the notice says they are USD figures', async () => {
  const { user } = renderPriorities();
  act(() =>
    useWorkspaceStore
      .getState()
      .updateProfile(activeProfile().id, (p) => ({ ...p, currency: 'GBP' })),
  );
  await user.selectOptions(screen.getByLabelText('Preset'), 'Cash first');
  await user.click(screen.getByRole('button', { name: 'Apply to this profile' }));
  expect(activeProfile().money.cash).toEqual({ floor: 250_000, target: 500_000 });
  expect(useNoticeStore.getState().notices.at(-1)?.message).toMatch(
    /Its amounts are USD figures, kept as GBP: add a USD rate/,
  );
});

test('a new profile from a preset keeps the current currency when a rate is known, else USD', async () => {
  const { user } = renderPriorities();
  act(() => {
    const store = useWorkspaceStore.getState();
    store.setFxRate('EUR', 1.25);
    store.updateProfile(activeProfile().id, (p) => ({ ...p, currency: 'EUR' }));
  });
  await user.selectOptions(screen.getByLabelText('Preset'), 'Cash first');
  await user.click(screen.getByRole('button', { name: 'New profile from preset' }));
  expect(activeProfile()).toMatchObject({
    name: 'Cash first',
    currency: 'EUR',
    money: { cash: { floor: 200_000, target: 400_000 } },
  });

  act(() =>
    useWorkspaceStore
      .getState()
      .updateProfile(activeProfile().id, (p) => ({ ...p, currency: 'CHF' })),
  );
  await user.click(screen.getByRole('button', { name: 'New profile from preset' }));
  expect(activeProfile()).toMatchObject({
    currency: 'USD',
    money: { cash: { floor: 250_000, target: 500_000 } },
  });
});

test('the box says "Choose a preset…" until one is applied, then names it until edited away', async () => {
  const { user } = renderPriorities();
  const box = screen.getByLabelText('Preset') as HTMLSelectElement;
  expect(box.selectedOptions[0]).toHaveTextContent('Choose a preset…');
  expect(screen.getByRole('button', { name: 'Apply to this profile' })).toBeDisabled();
  expect(screen.getByRole('button', { name: 'New profile from preset' })).toBeDisabled();

  await user.selectOptions(box, 'Balanced');
  expect(box).toHaveAccessibleDescription(/^Not applied yet\./);
  await user.click(screen.getByRole('button', { name: 'Apply to this profile' }));
  expect(box.selectedOptions[0]).toHaveTextContent('Balanced');
  expect(box).toHaveAccessibleDescription(/^Applied to this profile\./);

  fireEvent.change(screen.getByRole('slider', { name: 'Cash' }), { target: { value: '30' } });
  expect(box.selectedOptions[0]).toHaveTextContent('Choose a preset…');
});

test('a preset held by a profile is named after a reload too', () => {
  renderPriorities();
  act(() =>
    useWorkspaceStore.getState().updateProfile(activeProfile().id, (p) => ({
      ...p,
      weights: { cash: 3, equity: 2, scope: 4, data: 6, roadmap: 2, commitment: 3 }, // research × 0.2
      horizonYears: 4,
    })),
  );
  const box = screen.getByLabelText('Preset') as HTMLSelectElement;
  expect(box.selectedOptions[0]).toHaveTextContent('Research-focused');
});
