/** Issue 9: imports and share links accept no number the UI forbids, and every refusal says why. */
import {
  ValidationError,
  WORKSPACE_VERSION,
  parseOffer,
  parseProfile,
  parseWorkspace,
  type FieldIssue,
} from '@/domain';

const issuesOf = (parse: () => unknown): FieldIssue[] => {
  try {
    parse();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  throw new Error('expected a ValidationError');
};
const offer = (patch: Record<string, unknown>) => ({
  name: 'A',
  cash: { base: 100_000 },
  ...patch,
});

describe('bounds: the schema enforces what the UI enforces', () => {
  it.each([
    ['cash.base', { cash: { base: 1e308 } }],
    ['cash.signOn', { cash: { base: 1, signOn: 2e12 } }],
    ['equity.shares', { equity: { type: 'rsu', shares: 1e200, sharePrice: 1 } }],
    ['equity.sharePrice', { equity: { type: 'rsu', shares: 1, sharePrice: 1e200 } }],
    ['equity.strikePrice', { equity: { type: 'options', strikePrice: 1e13 } }],
    ['equity.growthPct', { equity: { growthPct: 1e6 } }],
    ['equity.fullyDilutedShares', { equity: { fullyDilutedShares: 1e300 } }],
    ['benefits.value', { benefits: { value: 1e15 } }],
  ])('%s above the maximum is refused', (path, patch) => {
    expect(issuesOf(() => parseOffer(offer(patch)))).toContainEqual({
      path,
      message: expect.stringMatching(/^must be ≤ /) as string,
    });
  });

  it('names the maximum in readable digits', () => {
    expect(issuesOf(() => parseOffer(offer({ cash: { base: 1e308 } })))).toEqual([
      { path: 'cash.base', message: 'must be ≤ 1,000,000,000,000' },
    ]);
  });

  it('refuses weights above the slider maximum, and exchange rates out of range', () => {
    expect(issuesOf(() => parseProfile({ weights: { cash: 1e308 } }))).toEqual([
      { path: 'weights.cash', message: 'must be ≤ 100' },
    ]);
    const ws = (fxRates: Record<string, number>) => () =>
      parseWorkspace({
        schemaVersion: WORKSPACE_VERSION,
        profiles: [{ id: 'p' }],
        activeProfileId: 'p',
        fxRates,
      });
    expect(issuesOf(ws({ EUR: 1e308 }))[0]?.path).toBe('fxRates.EUR');
    expect(issuesOf(ws({ EUR: 1e-300 }))[0]?.path).toBe('fxRates.EUR');
  });
});

describe('messages say what was expected', () => {
  it.each([
    [{ cash: { base: 1 } }, 'name', 'required'],
    [{ name: 'A' }, 'cash', 'required'],
    [{ name: 'A', cash: {} }, 'cash.base', 'required'],
    [offer({ equity: { type: 'shares' } }), 'equity.type', 'one of none, rsu, options'],
    [offer({ track: 'magic' }), 'track', 'one of research, production, hybrid'],
    [offer({ cash: { base: 'lots' } }), 'cash.base', 'must be a finite number'],
    [offer({ ratings: { scope: 'high' } }), 'ratings.scope', 'must be a finite number'],
    [offer({ notes: 42 }), 'notes', 'must be text'],
    [offer({ startDate: '2026-13' }), 'startDate', 'must be a month written YYYY-MM, e.g. 2026-07'],
  ])('%j → %s: %s', (input, path, message) => {
    expect(issuesOf(() => parseOffer(input))).toContainEqual({ path, message });
  });

  it('never says only "Invalid input"', () => {
    const inputs: unknown[] = [
      {},
      { name: 5, cash: [] },
      offer({ equity: { vesting: { frequency: 'weekly' } } }),
      offer({ band: { min: 'a' } }),
      offer({ ratings: { 'Not An Id': 5 } }),
    ];
    for (const input of inputs)
      for (const issue of issuesOf(() => parseOffer(input)))
        expect(issue.message).not.toMatch(/invalid input/i);
  });
});

describe('custom dimension ids', () => {
  const workspace = (dimensions: unknown[]) => () =>
    parseWorkspace({
      schemaVersion: WORKSPACE_VERSION,
      profiles: [{ id: 'p' }],
      activeProfileId: 'p',
      dimensions,
    });

  it.each(['cash', 'equity', 'scope', 'data', 'roadmap', 'commitment', 'base', 'totalcomp'])(
    'refuses the built-in or reserved id %s',
    (id) => {
      expect(issuesOf(workspace([{ id, label: 'Mine' }]))).toContainEqual({
        path: 'dimensions[0].id',
        message: expect.stringMatching(/^must not be a built-in or reserved id/) as string,
      });
    },
  );

  it('refuses two custom dimensions with one id', () => {
    expect(
      issuesOf(
        workspace([
          { id: 'mentorship', label: 'Mentorship' },
          { id: 'mentorship', label: 'Mentoring' },
        ]),
      ),
    ).toEqual([{ path: 'dimensions[1].id', message: 'must be unique' }]);
  });
});
