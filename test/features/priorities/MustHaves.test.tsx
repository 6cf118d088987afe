import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { activeProfile, renderPriorities } from './renderPriorities';

const mustHaveSection = () => screen.getByRole('region', { name: 'Must-haves' });

test('lists the profile’s must-haves in words', () => {
  renderPriorities();
  expect(within(mustHaveSection()).getByText('Base salary at least $220,000')).toBeInTheDocument();
});

test('adding a rating must-have stores it and lists it', async () => {
  const { user } = renderPriorities();
  await user.selectOptions(screen.getByLabelText('Must-have'), 'Data access');
  const min = screen.getByLabelText('At least');
  await user.clear(min);
  await user.type(min, '7');
  await user.click(screen.getByRole('button', { name: 'Add must-have' }));
  expect(activeProfile().constraints).toEqual([
    { dimension: 'base', min: 220_000 },
    { dimension: 'data', min: 7 },
  ]);
  expect(within(mustHaveSection()).getByText('Data access at least 7')).toBeInTheDocument();
});

test('adding a total-comp must-have takes an amount; a rating above 10 is refused inline', async () => {
  const { user } = renderPriorities();
  await user.selectOptions(screen.getByLabelText('Must-have'), 'Total comp');
  const amount = screen.getByLabelText('At least');
  await user.clear(amount);
  await user.type(amount, '$400k');
  await user.click(screen.getByRole('button', { name: 'Add must-have' }));
  expect(activeProfile().constraints.at(-1)).toEqual({ dimension: 'totalComp', min: 400_000 });

  await user.selectOptions(screen.getByLabelText('Must-have'), 'AI commitment');
  const rating = screen.getByLabelText('At least');
  await user.clear(rating);
  await user.type(rating, '12');
  expect(within(mustHaveSection()).getByRole('alert')).toBeInTheDocument();
});

test('removing a must-have', async () => {
  const { user } = renderPriorities();
  await user.click(
    screen.getByRole('button', { name: 'Remove must-have: Base salary at least $220,000' }),
  );
  expect(activeProfile().constraints).toEqual([]);
  expect(within(mustHaveSection()).getByText('No must-haves yet.')).toBeInTheDocument();
});
