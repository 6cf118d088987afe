import {
  WORKSPACE_VERSION,
  WorkspaceSchema,
  issuesOf,
  type FieldIssue,
  type Workspace,
} from '@/domain';
import { MigrationError, migrate } from './migrations';
import { JsonTooDeepError, safeJsonParse } from './safeJson';

export { EXPORT_FORMAT, exportEnvelope, exportText, type WorkspaceEnvelope } from './exportText';
import { EXPORT_FORMAT } from './exportText';

/** The share link's limit too: a real workspace, even at 50 offers with long notes, is far smaller. */
export const MAX_IMPORT_BYTES = 1024 * 1024;

export type ImportResult =
  | { ok: true; workspace: Workspace; migratedFrom: number | null }
  | { ok: false; message: string; issues: FieldIssue[] };

const refuse = (message: string, issues: FieldIssue[] = []): ImportResult => ({
  ok: false,
  message,
  issues,
});

/** Validates and migrates an export file's text. Either the whole workspace or a reason. */
export function parseWorkspaceFile(text: string): ImportResult {
  if (new Blob([text]).size > MAX_IMPORT_BYTES)
    return refuse('The file is larger than 1 MB, too large for a workspace.');
  let data: unknown;
  try {
    data = safeJsonParse(text);
  } catch (error) {
    if (error instanceof JsonTooDeepError)
      return refuse(`The file is too deeply nested to be a workspace (${error.message}).`);
    return refuse('The file is not valid JSON. Choose a file exported from OfferScope.');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return refuse('The file is not an OfferScope workspace export.');
  }
  const envelope = data as Record<string, unknown>;
  if (envelope.format !== EXPORT_FORMAT) {
    return refuse(
      `The file is not an OfferScope workspace export (its format is ${JSON.stringify(envelope.format ?? 'missing')}).`,
    );
  }
  const version = envelope.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return refuse('The file does not say which schema version it uses (a whole number).', [
      {
        path: 'schemaVersion',
        message: version === undefined ? 'missing' : 'must be a whole number ≥ 1',
      },
    ]);
  if (!('workspace' in envelope) || envelope.workspace === undefined)
    return refuse('The file has no workspace in it; nothing was imported.', [
      { path: 'workspace', message: 'missing' },
    ]);
  let migrated: unknown;
  try {
    migrated = migrate(envelope.workspace, version);
  } catch (error) {
    if (error instanceof MigrationError && error.kind === 'newer') {
      return refuse(
        `The file comes from a newer version of OfferScope (schema ${version}); this version reads up to schema ${WORKSPACE_VERSION}. Update OfferScope to import it.`,
      );
    }
    return refuse(`The file cannot be upgraded: ${(error as Error).message}.`);
  }
  const result = WorkspaceSchema.safeParse(migrated);
  if (!result.success) {
    const issues = issuesOf(result.error);
    return refuse(
      `The file has ${issues.length} invalid ${issues.length === 1 ? 'field' : 'fields'}; nothing was imported.`,
      issues,
    );
  }
  return {
    ok: true,
    workspace: result.data,
    migratedFrom: version === WORKSPACE_VERSION ? null : version,
  };
}

/** Reads a chosen file, refusing oversize files before reading them. */
export async function readWorkspaceFile(file: Blob): Promise<ImportResult> {
  if (file.size > MAX_IMPORT_BYTES)
    return refuse('The file is larger than 1 MB, too large for a workspace.');
  return parseWorkspaceFile(await file.text());
}
