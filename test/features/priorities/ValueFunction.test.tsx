import { screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { activeProfile, renderPriorities } from './renderPriorities';

test('shows walk-away and ideal amounts in the profile currency with an explanation', () => {
  renderPriorities();
  expect(screen.getByLabelText('Cash walk-away')).toHaveValue('200,000');
  expect(screen.getByLabelText('Cash ideal')).toHaveValue('450,000');
  expect(screen.getByLabelText('Equity walk-away')).toHaveValue('0');
  expect(screen.getByLabelText('Equity ideal')).toHaveValue('350,000');
  expect(
    screen.getByText(
      /below the walk-away amount \(the floor\) cash or equity scores 0, at the ideal \(the target\) it earns full marks/,
    ),
  ).toBeInTheDocument();
});

test('a new ideal is stored as typed', async () => {
  const { user } = renderPriorities();
  const ideal = screen.getByLabelText('Equity ideal');
  await user.clear(ideal);
  await user.type(ideal, '$500k');
  expect(activeProfile().money.equity).toEqual({ floor: 0, target: 500_000 });
});

test('an ideal at or below the walk-away shows the store’s message and keeps the stored value', async () => {
  const { user } = renderPriorities();
  const ideal = screen.getByLabelText('Cash ideal');
  await user.clear(ideal);
  await user.type(ideal, '150k');
  expect(screen.getByRole('alert')).toHaveTextContent('Not saved: target must be above floor');
  expect(activeProfile().money.cash).toEqual({ floor: 200_000, target: 450_000 });
});

test('a walk-away raised to the ideal is refused the same way', async () => {
  const { user } = renderPriorities();
  const walkAway = screen.getByLabelText('Cash walk-away');
  await user.clear(walkAway);
  await user.type(walkAway, '450000');
  expect(screen.getByRole('alert')).toHaveTextContent('target must be above floor');
  // The last accepted keystroke (45,000) is kept; 450,000 never reached the store.
  expect(activeProfile().money.cash).toEqual({ floor: 45_000, target: 450_000 });
});
