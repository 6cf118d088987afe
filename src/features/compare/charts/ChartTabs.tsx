import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface ChartTab {
  id: string;
  label: string;
}

interface ChartTabsProps {
  tabs: readonly ChartTab[];
  selected: string;
  onSelect: (id: string) => void;
  /** The selected tab's panel. */
  children: ReactNode;
}

/**
 * One chart at a time, chosen from a tab list (WAI-ARIA tabs: arrow keys, Home and End move and
 * select). Drawing one chart instead of four keeps Compare's load light on a phone, and every
 * chart, with its table, is one click or key press away.
 */
export function ChartTabs({ tabs, selected, onSelect, children }: ChartTabsProps) {
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const move = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    const tab = tabs[next]!;
    onSelect(tab.id);
    buttons.current.get(tab.id)?.focus();
  };

  return (
    <>
      <div role="tablist" aria-label="Chart" className="chart-tabs">
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            ref={(el) => {
              if (el) buttons.current.set(tab.id, el);
              else buttons.current.delete(tab.id);
            }}
            type="button"
            role="tab"
            id={`chart-tab-${tab.id}`}
            aria-selected={tab.id === selected}
            aria-controls={`chart-panel-${tab.id}`}
            tabIndex={tab.id === selected ? 0 : -1}
            className="chart-tabs__tab"
            onClick={() => onSelect(tab.id)}
            onKeyDown={(event) => move(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`chart-panel-${selected}`}
        aria-labelledby={`chart-tab-${selected}`}
        className="chart-tabs__panel"
      >
        {children}
      </div>
    </>
  );
}
