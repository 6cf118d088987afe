import fc from 'fast-check';
import { WorkspaceSchema } from '@/domain';
import { sampleWorkspace } from '@/state/sample';
import { useWorkspaceStore, type WorkspaceState } from '@/state/workspaceStore';

const store = useWorkspaceStore;

/** Numbers people (or bugs) can produce: NaN, infinities, negatives, huge values. */
const anyNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(
    Number.NaN,
    Infinity,
    -Infinity,
    -1,
    -0,
    1e308,
    Number.MAX_SAFE_INTEGER,
    0.1 + 0.2,
  ),
);
const anyText = fc.oneof(
  fc.string({ maxLength: 100 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '',
    '   ',
    '=HYPERLINK("x")',
    '__proto__',
    'x'.repeat(6000),
  ),
);
const pick = <T>(items: readonly T[], i: number): T | undefined =>
  items[Math.abs(i) % Math.max(1, items.length)];

type Edit = (s: WorkspaceState) => unknown;
const edits: fc.Arbitrary<Edit>[] = [
  fc.tuple(fc.nat(), anyNumber).map(([i, n]) => (s: WorkspaceState) => {
    const id = pick(s.workspace.offers, i)?.id ?? '';
    return s.updateOffer(id, (o) => ({ ...o, cash: { ...o.cash, base: n, raisePct: n } }));
  }),
  fc
    .tuple(fc.nat(), fc.constantFrom('scope', 'data', 'roadmap', 'commitment', 'BAD id'), anyNumber)
    .map(([i, d, n]) => (s: WorkspaceState) => {
      const id = pick(s.workspace.offers, i)?.id ?? '';
      return s.updateOffer(id, (o) => ({ ...o, ratings: { ...o.ratings, [d]: n } }));
    }),
  fc.tuple(fc.nat(), anyNumber).map(([i, n]) => (s: WorkspaceState) => {
    const id = pick(s.workspace.offers, i)?.id ?? '';
    return s.updateOffer(id, (o) => ({
      ...o,
      equity: { ...o.equity, shares: n, vesting: { ...o.equity.vesting, years: n } },
    }));
  }),
  fc.tuple(fc.nat(), anyText, anyText).map(([i, name, notes]) => (s: WorkspaceState) => {
    const id = pick(s.workspace.offers, i)?.id ?? '';
    return s.updateOffer(id, (o) => ({ ...o, name, notes }));
  }),
  anyText.map((name) => (s: WorkspaceState) => s.addOffer({ name })),
  fc.nat().map((i) => (s: WorkspaceState) => s.removeOffer(pick(s.workspace.offers, i)?.id ?? '')),
  fc
    .nat()
    .map((i) => (s: WorkspaceState) => s.duplicateOffer(pick(s.workspace.offers, i)?.id ?? '')),
  fc.tuple(fc.nat(), fc.integer({ min: -3, max: 3 })).map(
    ([i, d]) =>
      (s: WorkspaceState) =>
        s.moveOffer(pick(s.workspace.offers, i)?.id ?? '', d),
  ),
  fc
    .tuple(fc.nat(), fc.constantFrom('cash', 'equity', 'data', 'nope!'), anyNumber)
    .map(([i, d, n]) => (s: WorkspaceState) => {
      const id = pick(s.workspace.profiles, i)?.id ?? '';
      return s.updateProfile(id, (p) => ({
        ...p,
        weights: { ...p.weights, [d]: n },
        horizonYears: Math.abs(n) > 20 ? n : p.horizonYears,
      }));
    }),
  anyText.map((name) => (s: WorkspaceState) => s.addProfile({ name })),
  fc
    .nat()
    .map((i) => (s: WorkspaceState) => s.removeProfile(pick(s.workspace.profiles, i)?.id ?? '')),
  fc.tuple(fc.constantFrom('EUR', 'GBP', 'usd', '<b>'), fc.option(anyNumber)).map(
    ([code, rate]) =>
      (s: WorkspaceState) =>
        s.setFxRate(code, rate),
  ),
  anyText.map((code) => (s: WorkspaceState) => s.setReportingCurrency(code)),
  anyText.map((label) => (s: WorkspaceState) => s.addDimension(label)),
  anyNumber.map(
    (n) => (s: WorkspaceState) =>
      s.updateFinance((f) => ({
        ...f,
        payrollTaxes: f.payrollTaxes.map((t, i) => (i === 0 ? { ...t, ratePct: n } : t)),
      })),
  ),
  fc.anything().map((junk) => (s: WorkspaceState) => s.commit(junk)),
  fc.constant((s: WorkspaceState) => s.undo()),
  fc.constant((s: WorkspaceState) => s.redo()),
];

/** True when no number anywhere in the value is NaN or infinite. */
const allFinite = (value: unknown): boolean => {
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'object' && value !== null) return Object.values(value).every(allFinite);
  return true;
};

it('no sequence of edits, however wild, leaves a workspace the schema rejects', () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(...edits), { maxLength: 25 }), (sequence) => {
      store.setState({ workspace: sampleWorkspace(), past: [], future: [], readOnlyReason: null });
      for (const edit of sequence) {
        const before = store.getState().workspace;
        const result = edit(store.getState()) as { ok?: boolean } | undefined;
        const { workspace } = store.getState();
        expect(WorkspaceSchema.safeParse(workspace).success).toBe(true);
        expect(allFinite(workspace)).toBe(true);
        // A rejected edit changes nothing.
        if (result && result.ok === false) expect(workspace).toBe(before);
      }
    }),
    { numRuns: 60 },
  );
});
