import { fireEvent, screen } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { activeProfile, renderPriorities } from './renderPriorities';

// 15 questions × 17 answers is a large DOM for jsdom on a shared machine.
vi.setConfig({ testTimeout: 20_000 });

const LABELS: Record<string, string> = {
  cash: 'Cash',
  equity: 'Equity',
  scope: 'Technical scope',
  data: 'Data access',
  roadmap: 'Roadmap influence',
  commitment: 'AI commitment',
};
/** The question's select, found by its label text (label queries over 255 options are slow in jsdom). */
function question(a: string, b: string): HTMLSelectElement {
  const text = `How much more does ${LABELS[a]} matter than ${LABELS[b]}?`;
  const label = Array.from(document.querySelectorAll('label')).find((l) => l.textContent === text);
  const select = label ? document.getElementById(label.htmlFor) : null;
  if (!(select instanceof HTMLSelectElement)) throw new Error(`no question "${text}"`);
  return select;
}

async function openPairwise() {
  const view = renderPriorities();
  await view.user.click(screen.getByRole('radio', { name: 'Pairwise questions' }));
  return view;
}

test('asks 15 questions on Saaty’s scale in both directions', async () => {
  await openPairwise();
  const selects = screen.getAllByLabelText(/^How much more does/);
  expect(selects).toHaveLength(15);
  const options = Array.from((question('data', 'cash') as HTMLSelectElement).options).map(
    (o) => o.text,
  );
  expect(options[0]).toBe('Cash is extremely more important (9)');
  expect(options[8]).toBe('Equal (1)');
  expect(options[16]).toBe('Data access is extremely more important (9)');
  expect(question('data', 'cash')).toHaveValue('1');
});

test('consistent answers yield the AHP weights they imply, with a consistency ratio of 0', async () => {
  await openPairwise();
  // Intended importance: cash 1, equity 1, scope 2, data 4, roadmap 1, commitment 2 (Σ 11).
  const intended: Record<string, number> = {
    cash: 1,
    equity: 1,
    scope: 2,
    data: 4,
    roadmap: 1,
    commitment: 2,
  };
  const ids = Object.keys(intended);
  for (let j = 1; j < ids.length; j++) {
    for (let i = 0; i < j; i++) {
      const ratio = intended[ids[j]!]! / intended[ids[i]!]!;
      // fireEvent keeps 15 answers fast on a shared CI machine; the circular test below uses userEvent.
      fireEvent.change(question(ids[j]!, ids[i]!), {
        target: { value: ratio >= 1 ? String(ratio) : `1/${1 / ratio}` },
      });
    }
  }
  const profile = activeProfile();
  expect(profile.method).toBe('ahp');
  expect(profile.pairwise['data>cash']).toBe(4);
  expect(profile.pairwise['roadmap>data']).toBe(0.25);
  // 1/11 = 9.1%, 2/11 = 18.2%, 4/11 = 36.4%
  expect(profile.weights).toEqual({
    cash: 9.1,
    equity: 9.1,
    scope: 18.2,
    data: 36.4,
    roadmap: 9.1,
    commitment: 18.2,
  });
  expect(screen.getByRole('status')).toHaveTextContent('Consistency ratio 0.00');
  expect(screen.getByRole('status')).not.toHaveTextContent(/inconsistent/);
  expect(screen.getByRole('list', { name: 'Resulting weights' })).toHaveTextContent(
    'Data access 36.4%',
  );
});

test('a circular set of answers shows the CR warning and names the judgment that fits least', async () => {
  const { user } = await openPairwise();
  await user.selectOptions(
    question('scope', 'cash'),
    'Technical scope is extremely more important (9)',
  );
  await user.selectOptions(
    question('data', 'scope'),
    'Data access is extremely more important (9)',
  );
  await user.selectOptions(question('data', 'cash'), 'Cash is extremely more important (9)');

  const status = screen.getByRole('status');
  expect(status).toHaveTextContent(
    /Consistency ratio \d+\.\d\d — above 0\.10: these judgments are inconsistent/,
  );
  expect(status).toHaveTextContent(
    /The answer that fits least is "How much more does (Technical scope matter than Cash|Data access matter than Technical scope|Data access matter than Cash)\?": you said .+ but the weights from all your answers imply/,
  );
  // The weights are still stored (and said to be unreliable).
  expect(activeProfile().pairwise).toEqual({
    'scope>cash': 9,
    'data>scope': 9,
    'data>cash': 1 / 9,
  });
  expect(activeProfile().method).toBe('ahp');
});
