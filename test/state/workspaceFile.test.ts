import { WORKSPACE_VERSION } from '@/domain';
import { sampleWorkspace } from '@/state/sample';
import {
  EXPORT_FORMAT,
  MAX_IMPORT_BYTES,
  exportText,
  parseWorkspaceFile,
  readWorkspaceFile,
} from '@/state/workspaceFile';

const envelope = (workspace: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: EXPORT_FORMAT,
    schemaVersion: WORKSPACE_VERSION,
    exportedAt: '2026-11-26T00:00:00.000Z',
    workspace,
    ...extra,
  });

describe('export', () => {
  it('wraps the workspace in a named, versioned, dated envelope that imports back unchanged', () => {
    const ws = sampleWorkspace();
    const text = exportText(ws, new Date('2026-11-26T10:00:00Z'));
    const parsed = JSON.parse(text);
    expect(parsed).toMatchObject({
      format: 'offerscope-workspace',
      schemaVersion: WORKSPACE_VERSION,
      exportedAt: '2026-11-26T10:00:00.000Z',
    });
    const back = parseWorkspaceFile(text);
    expect(back).toEqual({ ok: true, workspace: ws, migratedFrom: null });
  });
});

describe('import refuses, naming the problem', () => {
  it('lists every bad field by path and imports nothing', () => {
    const ws = structuredClone(sampleWorkspace()) as unknown as {
      offers: { cash: { base: number }; name: string }[];
    };
    ws.offers[1]!.cash.base = -5;
    ws.offers[2]!.name = '';
    const result = parseWorkspaceFile(envelope(ws));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual(
      expect.arrayContaining([
        { path: 'offers[1].cash.base', message: 'must be ≥ 0' },
        { path: 'offers[2].name', message: 'is required' },
      ]),
    );
    expect(result.message).toMatch(/invalid fields; nothing was imported/);
  });

  it.each([
    ['non-JSON', 'this is not json {', /not valid JSON/],
    ['a JSON array', '[1,2]', /not an OfferScope workspace export/],
    [
      'another format',
      JSON.stringify({ format: 'something-else', workspace: {} }),
      /format is "something-else"/,
    ],
    [
      'no version',
      JSON.stringify({ format: EXPORT_FORMAT, workspace: {} }),
      /which schema version/,
    ],
    ['a fractional version', envelope({}, { schemaVersion: 1.5 }), /which schema version/],
    ['JSON nested 5,000 levels deep', '['.repeat(5000) + ']'.repeat(5000), /too deeply nested/],
    [
      'a future version',
      envelope({}, { schemaVersion: WORKSPACE_VERSION + 1 }),
      /newer version of OfferScope \(schema 3\)/,
    ],
  ])('%s', (_what, text, message) => {
    const result = parseWorkspaceFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('says which key is missing or wrong, never just "Invalid input" (issue 9)', () => {
    const noWorkspace = parseWorkspaceFile(
      JSON.stringify({ format: EXPORT_FORMAT, schemaVersion: WORKSPACE_VERSION }),
    );
    expect(noWorkspace).toMatchObject({
      ok: false,
      issues: [{ path: 'workspace', message: 'missing' }],
    });
    const ws = structuredClone(sampleWorkspace()) as unknown as {
      offers: Record<string, unknown>[];
    };
    delete ws.offers[0]!.name;
    (ws.offers[1]!.equity as Record<string, unknown>).type = 'stock';
    const result = parseWorkspaceFile(envelope(ws));
    expect(result).toMatchObject({
      ok: false,
      issues: expect.arrayContaining([
        { path: 'offers[0].name', message: 'required' },
        { path: 'offers[1].equity.type', message: 'one of none, rsu, options' },
      ]) as unknown,
    });
  });

  it('refuses files over 1 MB before reading them', async () => {
    const big = new Blob(['x'.repeat(MAX_IMPORT_BYTES + 1)]);
    const result = await readWorkspaceFile(big);
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/larger than 1 MB/) });
    expect(parseWorkspaceFile(' '.repeat(MAX_IMPORT_BYTES + 1))).toMatchObject({ ok: false });
  });
});

describe('prototype pollution', () => {
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>).polluted;
  });

  it('__proto__, constructor and prototype keys cannot change any prototype', () => {
    const ws = JSON.parse(JSON.stringify(sampleWorkspace()));
    const text = envelope(ws)
      .replace(
        '{',
        '{"__proto__":{"polluted":"root"},"constructor":{"prototype":{"polluted":"ctor"}},',
      )
      .replace('"cash":{', '"cash":{"__proto__":{"polluted":"cash"},')
      .replace(
        '"ratings":{',
        '"ratings":{"constructor":7,"prototype":3,"__proto__":{"polluted":"ratings"},',
      );
    const result = parseWorkspaceFile(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.workspace)).toBe(Object.prototype);
    const offer = result.workspace.offers[0]!;
    expect(Object.getPrototypeOf(offer.cash)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(offer.ratings)).toBe(Object.prototype);
    expect(Object.hasOwn(offer.ratings, 'constructor')).toBe(false);
    expect(Object.hasOwn(offer.ratings, 'prototype')).toBe(false);
    expect((offer.cash as Record<string, unknown>).polluted).toBeUndefined();
    // Copying the result the usual ways cannot pollute either.
    Object.assign({}, result.workspace, offer.ratings);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
