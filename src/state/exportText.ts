import { WORKSPACE_VERSION, type Workspace } from '@/domain';

/** Export files: an envelope that names the format and version, around the workspace. */
export const EXPORT_FORMAT = 'offerscope-workspace';

export interface WorkspaceEnvelope {
  format: typeof EXPORT_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  workspace: Workspace;
}

export function exportEnvelope(workspace: Workspace, now = new Date()): WorkspaceEnvelope {
  return {
    format: EXPORT_FORMAT,
    schemaVersion: WORKSPACE_VERSION,
    exportedAt: now.toISOString(),
    workspace,
  };
}

export const exportText = (workspace: Workspace, now = new Date()): string =>
  JSON.stringify(exportEnvelope(workspace, now), null, 2);
