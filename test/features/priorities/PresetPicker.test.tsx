import { act, screen } from '@testing-library/react';
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
    'Applied "Research-focused" to "Balanced (sample)"',
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
