import { expect, test } from 'vitest';
import { rejectionMessage } from '@/features/priorities/profileEdits';

test('a saved edit has no message; a rejected one lists each distinct reason once', () => {
  expect(rejectionMessage({ ok: true })).toBeNull();
  expect(
    rejectionMessage({
      ok: false,
      issues: [
        { path: 'profiles[0].money.cash.target', message: 'target must be above floor' },
        { path: 'profiles[1].money.cash.target', message: 'target must be above floor' },
        { path: 'profiles[0].name', message: 'is required' },
      ],
    }),
  ).toBe('Not saved: target must be above floor; is required');
});

test('a subject reads before schema messages that need one', () => {
  expect(
    rejectionMessage(
      { ok: false, issues: [{ path: 'profiles[0].name', message: 'is required' }] },
      'the profile name',
    ),
  ).toBe('Not saved: the profile name is required');
});
