import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { WORKSPACE_VERSION, WorkspaceSchema } from '@/domain';
import { MIGRATIONS, MigrationError, OLDEST_VERSION, migrate } from '@/state/migrations';
import { readStored } from '@/state/storage';

const FIXTURES = resolve(__dirname, '../fixtures');
const storedFixtures = readdirSync(FIXTURES).filter((f) => /^workspace-v\d+\.json$/.test(f));

describe('stored workspace fixtures', () => {
  it('has a fixture for every version ever stored, up to the current one', () => {
    const versions = storedFixtures.map((f) => Number(/v(\d+)/.exec(f)![1])).sort((a, b) => a - b);
    const expected = Array.from(
      { length: WORKSPACE_VERSION - OLDEST_VERSION + 1 },
      (_, i) => OLDEST_VERSION + i,
    );
    expect(versions).toEqual(expected);
  });

  it.each(storedFixtures)('%s migrates to a valid current workspace', (file) => {
    const raw = readFileSync(resolve(FIXTURES, file), 'utf8');
    const outcome = readStored(raw);
    expect(outcome.kind).toBe('loaded');
    if (outcome.kind !== 'loaded') return;
    expect(WorkspaceSchema.safeParse(outcome.workspace).success).toBe(true);
    expect(outcome.workspace.schemaVersion).toBe(WORKSPACE_VERSION);
    expect(outcome.workspace.offers.map((o) => o.name)).toEqual([
      'Research lab — Member of Technical Staff',
      'Current job',
    ]);
  });
});

describe('migrate', () => {
  it('has one migration per version step below the current one (append-only chain)', () => {
    for (let v = OLDEST_VERSION; v < WORKSPACE_VERSION; v++)
      expect(MIGRATIONS[v]).toBeTypeOf('function');
  });

  it('runs each step in order up to the target', () => {
    const chain = {
      1: (d: Record<string, unknown>) => ({ ...d, schemaVersion: 2, renamed: d.old }),
      2: (d: Record<string, unknown>) => ({ ...d, schemaVersion: 3, steps: 2 }),
    };
    expect(migrate({ old: 'x', schemaVersion: 1 }, 1, 3, chain)).toEqual({
      old: 'x',
      renamed: 'x',
      schemaVersion: 3,
      steps: 2,
    });
  });

  it('refuses data from a newer version and gaps in the chain', () => {
    expect(() => migrate({}, WORKSPACE_VERSION + 1)).toThrow(MigrationError);
    try {
      migrate({}, WORKSPACE_VERSION + 1);
    } catch (e) {
      expect((e as MigrationError).kind).toBe('newer');
    }
    expect(() => migrate({}, 1, 3, { 1: (d) => d })).toThrow(/no upgrade from schema 2 to 3/);
    expect(() => migrate({}, 0)).toThrow(/unknown schema version/);
    expect(() => migrate('not an object', 1, 2, { 1: (d) => d })).toThrow(/not an object/);
  });
});
