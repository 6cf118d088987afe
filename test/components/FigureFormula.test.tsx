import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FigureFormula } from '@/components/FigureFormula';

/** jsdom has no popover API: dispatch what the browser fires when it opens or closes one. */
function toggle(popover: HTMLElement, newState: 'open' | 'closed') {
  const event = new Event('beforetoggle');
  Object.defineProperty(event, 'newState', { value: newState });
  act(() => void popover.dispatchEvent(event));
}

describe('FigureFormula', () => {
  it('is plain text when a figure has no formula', () => {
    const { container } = render(<FigureFormula text="$50,000" label="Sign-on" formula={null} />);
    expect(container.textContent).toBe('$50,000');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('is a named button that opens its popover; the formula is rendered only while open', () => {
    const { container } = render(
      <FigureFormula text="$55,000" label="Bonus (Year 1), Lab" formula="Bonus = $275,000 × 20%" />,
    );
    const button = screen.getByRole('button', { name: '$55,000, formula for Bonus (Year 1), Lab' });
    expect(button).toHaveTextContent(/^\$55,000$/);
    const popover = document.getElementById(button.getAttribute('popovertarget')!)!;
    expect(popover).toHaveAttribute('popover', 'auto'); // Escape and a click elsewhere close it
    expect(container.textContent).toBe('$55,000');
    toggle(popover, 'open');
    expect(popover).toHaveTextContent('Bonus (Year 1), LabBonus = $275,000 × 20%');
    toggle(popover, 'closed');
    expect(popover).toBeEmptyDOMElement();
  });
});
