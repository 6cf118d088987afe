import { WorkspaceSchema, type Workspace } from '@/domain';
import { mergeStored, recordsToWrite, type Known, type RecordConflict } from './mergeRecords';
import { fromRecords, toRecords, withRecordsFrom, type Records } from './records';
import { LEGACY, revisionIds, type Metas } from './revisions';

/** The result of taking in what another tab stored. */
export interface TakeInResult {
  /** The workspace to show (this tab's edits plus theirs), or null when nothing changed on screen. */
  workspace: Workspace | null;
  /** Records newly in conflict: both tabs changed them; this tab's version stays on screen. */
  conflicts: RecordConflict[];
  /** Storage lacks something this tab has: write soon. */
  storageBehind: boolean;
}

/**
 * One tab's side of keeping several tabs in step (see mergeRecords.ts): what it last had in
 * common with storage, the records in conflict it holds until the user chooses, and its revision
 * ids. Pure bookkeeping on workspaces; persistence.ts does the reading, writing and telling.
 */
export class TabSync {
  private known: Known;
  private readonly held = new Map<string, RecordConflict>();
  private readonly nextRevision: () => string;

  /** `workspace` and its stored revisions (none: the records count as saved before revisions). */
  constructor(workspace: Workspace, metas: Metas, nextRevision = revisionIds()) {
    const records = toRecords(workspace);
    const filled: Metas = { ...metas };
    for (const key of records.keys()) filled[key] ??= LEGACY;
    this.known = { records, metas: filled };
    this.nextRevision = nextRevision;
  }

  get conflicts(): RecordConflict[] {
    return [...this.held.values()];
  }

  /** Merges a stored workspace (from storage, another tab's event, or a closed tab's journal). */
  takeIn(local: Workspace, stored: Workspace, metas: Metas): TakeInResult {
    const localRecords = toRecords(local);
    const result = mergeStored(
      localRecords,
      this.known,
      { records: toRecords(stored), metas },
      new Set(this.held.keys()),
    );
    const candidate = valid(fromRecords(result.screen, local));
    if (!candidate) {
      // The two sides cannot be combined into a valid workspace (e.g. 51 offers): keep this
      // tab's as it is and write it, so no side's data is taken without a word.
      return { workspace: null, conflicts: [], storageBehind: true };
    }
    this.known = result.known;
    const fresh = result.conflicts.filter((c) => !this.held.has(c.key));
    for (const conflict of result.conflicts) this.held.set(conflict.key, conflict);
    for (const key of this.held.keys())
      if (result.screen.get(key)?.text === result.known.records.get(key)?.text)
        this.held.delete(key);
    const changed = sameRecords(localRecords, result.screen) ? null : candidate;
    return { workspace: changed, conflicts: fresh, storageBehind: result.storageBehind };
  }

  /** The text to store for `local`, and the common ground once it is written. */
  toWrite(local: Workspace): { workspace: Workspace; metas: Metas; commit: () => void } {
    let next = recordsToWrite(
      toRecords(local),
      this.known,
      new Set(this.held.keys()),
      this.nextRevision,
    );
    let workspace = valid(fromRecords(next.records, local));
    if (!workspace) {
      // Holding storage's version of a record made the stored whole invalid: write ours instead.
      next = recordsToWrite(toRecords(local), this.known, new Set(), this.nextRevision);
      workspace = local;
    }
    const written = next;
    return { workspace, metas: written.metas, commit: () => void (this.known = written) };
  }

  /** Ends a conflict keeping this tab's version: the next write replaces theirs. */
  keepMine(key: string): void {
    this.held.delete(key);
  }

  /** Ends a conflict taking the other tab's version: the workspace to show. */
  useTheirs(local: Workspace, key: string): Workspace | null {
    const conflict = this.held.get(key);
    if (!conflict) return null;
    this.held.delete(key);
    const theirs: Records = new Map(conflict.theirs ? [[key, conflict.theirs]] : []);
    return valid(fromRecords(withRecordsFrom(toRecords(local), theirs, [key]), local));
  }

  /** `local` with the other tab's version of `key`: what is kept as a backup when ours wins. */
  withTheirs(local: Workspace, key: string): Workspace | null {
    const conflict = this.held.get(key);
    if (!conflict) return null;
    const theirs: Records = new Map(conflict.theirs ? [[key, conflict.theirs]] : []);
    return valid(fromRecords(withRecordsFrom(toRecords(local), theirs, [key]), local));
  }
}

function valid(candidate: Workspace): Workspace | null {
  const result = WorkspaceSchema.safeParse(candidate);
  if (result.success) return result.data;
  // A record the merge removed may still be named elsewhere: repair those pointers once.
  const repaired = {
    ...candidate,
    activeProfileId: candidate.profiles.some((p) => p.id === candidate.activeProfileId)
      ? candidate.activeProfileId
      : candidate.profiles[0]?.id,
    baselineOfferId: candidate.offers.some((o) => o.id === candidate.baselineOfferId)
      ? candidate.baselineOfferId
      : null,
  };
  const second = WorkspaceSchema.safeParse(repaired);
  return second.success ? second.data : null;
}

function sameRecords(a: Records, b: Records): boolean {
  if (a.size !== b.size) return false;
  for (const [key, record] of a) if (b.get(key)?.text !== record.text) return false;
  return true;
}
