import { useId, useState, type ToggleEvent } from 'react';
import './figureFormula.css';

interface FigureFormulaProps {
  /** The figure as shown: "$275,000". */
  text: string;
  /** What it is, for the accessible name and the popover's heading: "Year 1 Base, Public company". */
  label: string;
  /** The formula with the numbers filled in; without one the figure is plain text. */
  formula: string | null;
}

/**
 * A figure that shows its formula when clicked, tapped, or activated with Enter or Space, where a
 * title tooltip reaches neither touch screens nor keyboards. The browser's popover does the rest
 * (no script): one open at a time, Escape or a click elsewhere closes it and focus stays on the
 * figure. The formula is rendered only while open, so a closed table holds just its figures.
 */
export function FigureFormula({ text, label, formula }: FigureFormulaProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  if (!formula) return <>{text}</>;
  return (
    <>
      <button
        type="button"
        className="figure-formula"
        popoverTarget={id}
        aria-label={`${text}, formula for ${label}`}
      >
        {text}
      </button>
      <div
        id={id}
        popover="auto"
        className="figure-formula__popover"
        onBeforeToggle={(e: ToggleEvent<HTMLDivElement>) => setOpen(e.newState === 'open')}
      >
        {open ? (
          <>
            <strong className="figure-formula__label">{label}</strong>
            <span className="figure-formula__text">{formula}</span>
          </>
        ) : null}
      </div>
    </>
  );
}
