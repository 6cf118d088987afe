import { create } from 'zustand';
import type { RecordConflict } from './mergeRecords';
import { recordField } from './records';

/** A record both this tab and another changed, as the banner names it. UI state, never saved. */
export interface SyncConflictView {
  key: string;
  /** "offer “Frontier lab”", "the finance assumptions". */
  label: string;
}

interface SyncConflictState {
  conflicts: SyncConflictView[];
  /** Set by persistence: keep this tab's version (the other is kept as a backup). */
  keepMine: (key: string) => void;
  /** Set by persistence: show the other tab's version (this tab's is kept as a backup). */
  useTheirs: (key: string) => void;
}

export const useSyncConflicts = create<SyncConflictState>()(() => ({
  conflicts: [],
  keepMine: () => undefined,
  useTheirs: () => undefined,
}));

const FIELD_LABELS: Record<string, string> = {
  finance: 'the finance assumptions',
  fxRates: 'the exchange rates',
  reportingCurrency: 'the reporting currency',
  activeProfileId: 'which priorities are active',
  baselineOfferId: 'the baseline offer',
};
const LIST_LABELS: Record<string, [string, string]> = {
  offers: ['offer', 'name'],
  profiles: ['priorities', 'name'],
  dimensions: ['dimension', 'label'],
};

/** What a conflicting record is called, from either side's version. */
export function conflictLabel(conflict: RecordConflict): string {
  const { field, id } = recordField(conflict.key);
  if (id === null) return FIELD_LABELS[field] ?? field;
  const [noun, nameField] = LIST_LABELS[field] ?? [field, 'name'];
  const value = (conflict.mine?.value ?? conflict.theirs?.value) as Record<string, unknown>;
  const name = value?.[nameField];
  return typeof name === 'string' ? `${noun} “${name}”` : noun;
}
