import { act, screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { useNoticeStore } from '@/state/notices';
import { useWorkspaceStore } from '@/state/workspaceStore';
import { activeProfile, renderPriorities } from './renderPriorities';

const profileNames = () => useWorkspaceStore.getState().workspace.profiles.map((p) => p.name);

test('lists the profiles with the active one pressed, and switching sets the active profile', async () => {
  const { user } = renderPriorities();
  expect(screen.getByRole('button', { name: 'Balanced (sample)' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await user.click(screen.getByRole('button', { name: 'Research-focused (sample)' }));
  expect(useWorkspaceStore.getState().workspace.activeProfileId).toBe('profile-research');
  expect(screen.getByRole('button', { name: 'Research-focused (sample)' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  expect(screen.getByRole('slider', { name: 'Data access' })).toHaveValue('35');
});

test('adds and duplicates profiles', async () => {
  const { user } = renderPriorities();
  await user.click(screen.getByRole('button', { name: 'New profile' }));
  expect(activeProfile().name).toBe('New priorities');
  await user.click(screen.getByRole('button', { name: 'Balanced (sample)' }));
  await user.click(screen.getByRole('button', { name: 'Duplicate profile' }));
  expect(activeProfile().name).toBe('Balanced (sample) copy');
  expect(activeProfile().weights).toEqual(
    useWorkspaceStore.getState().workspace.profiles[0]!.weights,
  );
  expect(profileNames()).toHaveLength(4);
});

test('renames with "Profile name"; an empty name is refused and the stored name kept', async () => {
  const { user } = renderPriorities();
  const name = screen.getByLabelText('Profile name');
  await user.clear(name);
  expect(screen.getByRole('alert')).toHaveTextContent('Not saved: the profile name is required');
  expect(activeProfile().name).toBe('Balanced (sample)');
  await user.type(name, 'Staff search');
  expect(activeProfile().name).toBe('Staff search');
  expect(screen.queryByRole('alert')).toBeNull();
  expect(screen.getByRole('button', { name: 'Staff search' })).toBeInTheDocument();
});

test('deleting shows a notice whose Undo brings the profile back; the last profile cannot be deleted', async () => {
  const { user } = renderPriorities();
  await user.click(screen.getByRole('button', { name: 'Delete profile' }));
  expect(profileNames()).toEqual(['Research-focused (sample)']);
  const notice = useNoticeStore.getState().notices.at(-1)!;
  expect(notice.message).toBe('Deleted "Balanced (sample)"');
  expect(notice.action?.label).toBe('Undo');
  expect(screen.getByRole('button', { name: 'Delete profile' })).toBeDisabled();

  act(() => notice.action!.run());
  expect(profileNames()).toEqual(['Balanced (sample)', 'Research-focused (sample)']);
  expect(await screen.findByRole('button', { name: 'Balanced (sample)' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});
