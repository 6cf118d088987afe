import { screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { activeProfile, renderPriorities } from './renderPriorities';

test('changing the horizon stores it', async () => {
  const { user } = renderPriorities();
  const horizon = screen.getByLabelText('Horizon (years)');
  expect(horizon).toHaveValue('4');
  await user.clear(horizon);
  await user.type(horizon, '6');
  expect(activeProfile().horizonYears).toBe(6);
});

test('a horizon outside 1–10 is refused next to the field and the stored one kept', async () => {
  const { user } = renderPriorities();
  const horizon = screen.getByLabelText('Horizon (years)');
  await user.clear(horizon);
  await user.type(horizon, '0');
  expect(screen.getByRole('alert')).toBeInTheDocument();
  expect(activeProfile().horizonYears).toBe(4);
});

test('the profile currency changes the currency of the amounts', async () => {
  const { user } = renderPriorities();
  await user.selectOptions(screen.getByLabelText('Profile currency'), 'EUR');
  expect(activeProfile().currency).toBe('EUR');
  expect(screen.getByText(/Yearly amounts in EUR/)).toBeInTheDocument();
});
