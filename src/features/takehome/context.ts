import type { EquityOutlook, Workspace, WorkspaceSummary } from '@/domain';

/** What Compare hands to its extension slots (the same shape as compare's CompareContext). */
export interface TakeHomeContext {
  workspace: Workspace;
  summary: WorkspaceSummary;
  outlook: EquityOutlook;
}
