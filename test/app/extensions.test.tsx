import { act, render, screen, within } from '@testing-library/react';
import { compareExtensions } from '@/app/extensions';
import { CompareView } from '@/features/compare/CompareView';
import { sampleWorkspace, useWorkspaceStore } from '@/state/workspaceStore';

vi.setConfig({ testTimeout: 20_000 });

beforeEach(() => {
  useWorkspaceStore.setState({ workspace: sampleWorkspace(), past: [], future: [] });
  // Other Compare panels start Web Workers, which jsdom lacks: a worker that never answers.
  vi.stubGlobal(
    'Worker',
    class {
      onmessage = null;
      postMessage() {}
      terminate() {}
      addEventListener() {}
      removeEventListener() {}
    },
  );
});
afterEach(() => vi.unstubAllGlobals());

test(
  'Compare shows what leaving early repays once an offer has a clawback window',
  { timeout: 30_000 },
  async () => {
    render(<CompareView extensions={compareExtensions} />);
    expect(
      await screen.findByRole('table', { name: /Side-by-side/ }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'If you leave early' })).not.toBeInTheDocument();

    act(() => {
      useWorkspaceStore
        .getState()
        .updateOffer('offer-frontier', (o) => ({ ...o, cash: { ...o.cash, clawbackMonths: 12 } }));
    });
    expect(
      await screen.findByRole('heading', { name: 'If you leave early' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'If you leave early' })).getByRole('listitem'),
    ).toHaveTextContent(
      'Frontier lab — Research Scientist (12-month clawback): leave in months 1–12 and you repay $50,000.',
    );
  },
);
