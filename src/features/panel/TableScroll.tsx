import type { ReactNode } from 'react';

/** A wide table's scroll box: focusable and named, so keyboard users can scroll it too. */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="panel-table-wrap" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
