import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { activeProfile, renderPriorities } from './renderPriorities';

const rankedLabels = () =>
  within(screen.getByRole('list', { name: 'Ranking, most important first' }))
    .getAllByRole('listitem')
    .map((li) => li.getAttribute('aria-label'));

async function openRanking() {
  const view = renderPriorities();
  await view.user.click(screen.getByRole('radio', { name: 'Ranking' }));
  return view;
}

test('the ranking starts from the current weights and shows rank-order-centroid shares', async () => {
  await openRanking();
  // Balanced sample: cash 25, data 20, then the 15s in list order, roadmap 10.
  // ROC n = 6: 40.8, 24.2, 15.8, 10.3, 6.1, 2.8 (%)
  expect(rankedLabels()).toEqual([
    '1. Cash, 40.8%',
    '2. Data access, 24.2%',
    '3. Equity, 15.8%',
    '4. Technical scope, 10.3%',
    '5. AI commitment, 6.1%',
    '6. Roadmap influence, 2.8%',
  ]);
  expect(activeProfile().method).toBe('direct');
});

test('Move up by keyboard reorders, stores ROC weights and keeps focus on the button', async () => {
  const { user } = await openRanking();
  const moveUp = screen.getByRole('button', { name: 'Move Data access up' });
  moveUp.focus();
  await user.keyboard('{Enter}');

  const profile = activeProfile();
  expect(profile.method).toBe('rank');
  expect(profile.ranking).toEqual(['data', 'cash', 'equity', 'scope', 'commitment', 'roadmap']);
  expect(profile.weights).toEqual({
    data: 40.8,
    cash: 24.2,
    equity: 15.8,
    scope: 10.3,
    commitment: 6.1,
    roadmap: 2.8,
  });
  expect(rankedLabels()[0]).toBe('1. Data access, 40.8%');
  // At the top the Move up button is disabled, so focus moves to the row itself.
  expect(document.activeElement).toBe(
    screen.getByRole('listitem', { name: '1. Data access, 40.8%' }),
  );
});

test('arrow keys on a focused row move it and focus follows', async () => {
  const { user } = await openRanking();
  screen.getByRole('listitem', { name: '6. Roadmap influence, 2.8%' }).focus();
  await user.keyboard('{ArrowUp}{ArrowUp}');
  expect(activeProfile().ranking.slice(3)).toEqual(['roadmap', 'scope', 'commitment']);
  expect(activeProfile().weights.roadmap).toBe(10.3);
  expect(document.activeElement).toBe(
    screen.getByRole('listitem', { name: '4. Roadmap influence, 10.3%' }),
  );

  await user.keyboard('{ArrowDown}');
  expect(activeProfile().ranking.slice(3)).toEqual(['scope', 'roadmap', 'commitment']);
});

test('Move down and "Use these ranking weights" apply ROC weights', async () => {
  const { user } = await openRanking();
  await user.click(screen.getByRole('button', { name: 'Use these ranking weights' }));
  expect(activeProfile().weights.cash).toBe(40.8);
  await user.click(screen.getByRole('button', { name: 'Move Cash down' }));
  expect(activeProfile().ranking.slice(0, 2)).toEqual(['data', 'cash']);
  expect(activeProfile().weights.cash).toBe(24.2);
  expect(screen.getByRole('button', { name: 'Move Roadmap influence down' })).toBeDisabled();
});
