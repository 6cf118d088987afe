import { act, fireEvent, screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { DEFAULT_WEIGHTS } from '@/domain';
import { useWorkspaceStore } from '@/state/workspaceStore';
import { activeProfile, renderPriorities } from './renderPriorities';

const NAMES = [
  'Cash',
  'Equity',
  'Technical scope',
  'Data access',
  'Roadmap influence',
  'AI commitment',
];

test('one slider per dimension, labeled, positioned at its share of the score', () => {
  renderPriorities(); // sample weights 25/15/15/20/10/15, summing to 100
  const sliders = screen.getAllByRole('slider');
  expect(sliders.map((s) => (s as HTMLInputElement).labels?.[0]?.textContent)).toEqual(NAMES);
  const cash = screen.getByRole('slider', { name: 'Cash' });
  expect(cash).toHaveAttribute('min', '0');
  expect(cash).toHaveAttribute('max', '100');
  expect(cash).toHaveAttribute('step', '1');
  expect(cash).toHaveValue('25');
  expect(screen.getByLabelText('Cash share')).toHaveTextContent('25%');
  expect(screen.getByRole('slider', { name: 'Data access' })).toHaveValue('20');
});

test('equal default weights put every thumb at its 16.7% share, not at the far left', () => {
  renderPriorities();
  act(() =>
    useWorkspaceStore
      .getState()
      .updateProfile(activeProfile().id, (p) => ({ ...p, weights: { ...DEFAULT_WEIGHTS } })),
  );
  for (const name of NAMES) {
    expect(screen.getByRole('slider', { name })).toHaveValue('17');
    expect(screen.getByRole('slider', { name })).toHaveAttribute(
      'aria-valuetext',
      '16.7% of the score',
    );
  }
});

test('moving a slider sets that share; the others keep their proportions and share the rest', () => {
  renderPriorities();
  fireEvent.change(screen.getByRole('slider', { name: 'Data access' }), {
    target: { value: '40' },
  });
  // The others held 80 points; they now share 60, each × 0.75: cash 25 → 18.75, roadmap 10 → 7.5.
  expect(activeProfile().method).toBe('direct');
  expect(activeProfile().weights).toEqual({
    cash: 18.75,
    equity: 11.25,
    scope: 11.25,
    data: 40,
    roadmap: 7.5,
    commitment: 11.25,
  });
  expect(screen.getByRole('slider', { name: 'Data access' })).toHaveValue('40');
  expect(screen.getByLabelText('Data access share')).toHaveTextContent('40%');
  expect(screen.getByLabelText('Cash share')).toHaveTextContent('18.8%');
  expect(screen.getByLabelText('Roadmap influence share')).toHaveTextContent('7.5%');
});

test('one step moves a share by one point', () => {
  renderPriorities();
  const cash = screen.getByRole('slider', { name: 'Cash' });
  fireEvent.change(cash, { target: { value: '26' } }); // what one arrow press sends
  expect(screen.getByLabelText('Cash share')).toHaveTextContent('26%');
  expect(cash).toHaveAttribute('aria-valuetext', '26% of the score');
});

test('taking the only weighted dimension to zero spreads the score over the others', () => {
  renderPriorities();
  fireEvent.change(screen.getByRole('slider', { name: 'Cash' }), { target: { value: '100' } });
  expect(screen.getByLabelText('Equity share')).toHaveTextContent('0%');
  fireEvent.change(screen.getByRole('slider', { name: 'Cash' }), { target: { value: '0' } });
  expect(activeProfile().weights.cash).toBe(0);
  for (const name of NAMES.slice(1))
    expect(screen.getByLabelText(`${name} share`)).toHaveTextContent('20%');
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
});
