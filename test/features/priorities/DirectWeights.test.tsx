import { fireEvent, screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { activeProfile, renderPriorities } from './renderPriorities';

test('one 0–100 slider per dimension, each labeled and showing its normalized share', () => {
  renderPriorities();
  const sliders = screen.getAllByRole('slider');
  expect(sliders.map((s) => (s as HTMLInputElement).labels?.[0]?.textContent)).toEqual([
    'Cash',
    'Equity',
    'Technical scope',
    'Data access',
    'Roadmap influence',
    'AI commitment',
  ]);
  const cash = screen.getByRole('slider', { name: 'Cash' });
  expect(cash).toHaveAttribute('min', '0');
  expect(cash).toHaveAttribute('max', '100');
  // Sample balanced weights sum to 100, so each share is its weight.
  expect(screen.getByLabelText('Cash share')).toHaveTextContent('25%');
  expect(screen.getByLabelText('Data access share')).toHaveTextContent('20%');
});

test('moving a slider stores the weight and re-normalizes every share', () => {
  renderPriorities();
  fireEvent.change(screen.getByRole('slider', { name: 'Data access' }), {
    target: { value: '60' },
  });
  // Σ = 25 + 15 + 15 + 60 + 10 + 15 = 140 → data 60/140 = 42.9%, cash 25/140 = 17.9%, roadmap 10/140 = 7.1%
  expect(activeProfile().weights.data).toBe(60);
  expect(activeProfile().method).toBe('direct');
  expect(screen.getByLabelText('Data access share')).toHaveTextContent('42.9%');
  expect(screen.getByLabelText('Cash share')).toHaveTextContent('17.9%');
  expect(screen.getByLabelText('Roadmap influence share')).toHaveTextContent('7.1%');
  expect(screen.getByRole('slider', { name: 'Data access' })).toHaveAttribute(
    'aria-valuetext',
    '60, 42.9% of the score',
  );
});

test('all weights at zero is refused with a message; the last weight stays', () => {
  renderPriorities();
  const names = [
    'Cash',
    'Equity',
    'Technical scope',
    'Data access',
    'Roadmap influence',
    'AI commitment',
  ];
  for (const name of names)
    fireEvent.change(screen.getByRole('slider', { name }), { target: { value: '0' } });
  expect(screen.getByRole('alert')).toHaveTextContent(/at least one weight must be > 0/);
  expect(activeProfile().weights.commitment).toBe(15);
  expect(
    within(screen.getByLabelText('AI commitment share')).getByText('100%'),
  ).toBeInTheDocument();
});
