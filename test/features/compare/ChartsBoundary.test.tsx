import { describe, expect, test, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { ChartsBoundary } from '@/features/compare/ChartsBoundary';

function BrokenChart(): never {
  throw new Error('chart failed to draw');
}

describe('ChartsBoundary', () => {
  test('shows its children when they draw', () => {
    render(
      <ChartsBoundary>
        <p>Charts here</p>
      </ChartsBoundary>,
    );
    expect(screen.getByText('Charts here')).toBeInTheDocument();
  });

  test('a chart that fails leaves a note instead of taking Compare down', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <>
        <p>Ranking stays</p>
        <ChartsBoundary>
          <BrokenChart />
        </ChartsBoundary>
      </>,
    );
    expect(screen.getByText('Ranking stays')).toBeInTheDocument();
    expect(screen.getByText(/The charts could not be drawn/)).toBeInTheDocument();
    quiet.mockRestore();
  });
});
