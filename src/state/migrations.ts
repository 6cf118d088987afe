import { WORKSPACE_VERSION } from '@/domain';

/** Turns stored data of version v into data of version v + 1. */
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

/**
 * Append-only: MIGRATIONS[v] upgrades version v to v + 1. Never edit or remove an entry once
 * released; add a fixture test/fixtures/workspace-v<v>.json for every version that was stored.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  /** 1 → 2: workspaces gain hiring panels (none yet). */
  1: (data) => ({
    ...data,
    schemaVersion: 2,
    panels: Array.isArray(data.panels) ? data.panels : [],
  }),
};

/** The oldest stored version this build can still read. */
export const OLDEST_VERSION = 1;

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly kind: 'newer' | 'unknown',
  ) {
    super(message);
    this.name = 'MigrationError';
  }
}

/** Runs the migrations from `version` up to `target`; throws a MigrationError it cannot. */
export function migrate(
  data: unknown,
  version: number,
  target = WORKSPACE_VERSION,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): unknown {
  if (!Number.isInteger(version) || version < 1)
    throw new MigrationError(`unknown schema version ${String(version)}`, 'unknown');
  if (version > target) {
    throw new MigrationError(
      `it was saved by a newer OfferScope (schema ${version}; this one reads up to ${target})`,
      'newer',
    );
  }
  let current = data;
  for (let v = version; v < target; v++) {
    const step = migrations[v];
    if (!step) throw new MigrationError(`no upgrade from schema ${v} to ${v + 1}`, 'unknown');
    if (typeof current !== 'object' || current === null || Array.isArray(current)) {
      throw new MigrationError(`schema ${v} data is not an object`, 'unknown');
    }
    current = step(current as Record<string, unknown>);
  }
  return current;
}
