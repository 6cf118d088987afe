import { sampleWorkspace } from '@/state/sample';
import {
  MAX_SHARE_BYTES,
  ShareLinkError,
  buildSharePayload,
  decodeShare,
  decodeShareLink,
  encodeShare,
  shareUrl,
} from '@/features/sharing/shareCodec';

const ws = sampleWorkspace();
const payload = () =>
  buildSharePayload(ws.offers.slice(0, 3), ws.profiles[0]!, ws.dimensions, {
    ...ws.fxRates,
    EUR: 1.1,
  });

describe('share links', () => {
  it('round-trips three offers and a profile', async () => {
    const encoded = await encodeShare(payload());
    expect(encoded).toMatch(/^c1\.[A-Za-z0-9_-]+$/); // a checked link, base64url: safe in a fragment
    const back = await decodeShare(encoded);
    expect(back.offers).toEqual(ws.offers.slice(0, 3));
    expect(back.profile).toEqual(ws.profiles[0]);
    expect(back.fxRates).toEqual({}); // only rates for the shared offers' currencies
  });

  it('keeps a typical share of three offers and a profile under 2,000 characters', async () => {
    const url = shareUrl(await encodeShare(payload()), 'https://offerscope.example/');
    expect(url.length).toBeLessThan(2000);
  });

  it('survives names and notes with HTML, quotes and non-Latin text', async () => {
    const offer = {
      ...ws.offers[0]!,
      name: '<img src=x onerror=alert(1)> “Lab” 研究',
      notes: '</script><script>alert(1)</script>',
    };
    const back = await decodeShare(
      await encodeShare(buildSharePayload([offer], ws.profiles[0]!, [], {})),
    );
    expect(back.offers[0]!.name).toBe(offer.name);
    expect(back.offers[0]!.notes).toBe(offer.notes);
  });

  it('gives a clear message for a truncated link', async () => {
    const encoded = await encodeShare(payload());
    await expect(decodeShare(encoded.slice(0, Math.floor(encoded.length / 2)))).rejects.toThrow(
      /incomplete or damaged/,
    );
  });

  it('gives a clear message for a tampered link', async () => {
    const encoded = await encodeShare(payload());
    const flipped = encoded.slice(0, 40) + (encoded[40] === 'A' ? 'B' : 'A') + encoded.slice(41);
    await expect(decodeShare(flipped)).rejects.toBeInstanceOf(ShareLinkError);
    await expect(decodeShare('not a link!')).rejects.toThrow(/characters a share link never has/);
    await expect(decodeShare('')).rejects.toThrow(/no shared data/);
  });

  it('rejects well-formed data that is not a valid share, naming the field', async () => {
    const bad = {
      ...payload(),
      offers: [{ ...ws.offers[0]!, cash: { ...ws.offers[0]!.cash, base: -1 } }],
    };
    await expect(decodeShare(await encodeShare(bad))).rejects.toThrow(
      /offers\[0\]\.cash\.base: must be ≥ 0/,
    );
  });

  it('rejects a payload that repeats an offer id (issue 9: it blanked the app)', async () => {
    const p = payload();
    const dup = { ...p, offers: [p.offers[0]!, { ...p.offers[1]!, id: p.offers[0]!.id }] };
    await expect(decodeShare(await encodeShare(dup))).rejects.toThrow(
      /offers\[1\]\.id: must be unique/,
    );
  });
});

/** Raw deflate of `json` as a legacy (unchecked) link, or a checked one with the given CRC. */
async function rawLink(json: string): Promise<string> {
  const stream = new Response(json).body!.pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

describe('integrity check (issue 9)', () => {
  it('finds every single-bit flip of a link: it opens unchanged or says it is damaged', async () => {
    const encoded = await encodeShare(payload());
    const original = JSON.stringify((await decodeShareLink(encoded)).payload);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    let refused = 0;
    // Flip one bit of the 6 each base64url character carries, at every position after "c1.".
    for (let i = 3; i < encoded.length; i++) {
      const value = alphabet.indexOf(encoded[i]!);
      const flipped = encoded.slice(0, i) + alphabet[value ^ (1 << (i % 6))] + encoded.slice(i + 1);
      try {
        const back = await decodeShareLink(flipped);
        // Only a flip in the padding bits of the last character may decode, to the same data.
        expect(JSON.stringify(back.payload)).toBe(original);
      } catch (error) {
        expect(error).toBeInstanceOf(ShareLinkError);
        refused++;
      }
    }
    expect(refused).toBeGreaterThan(encoded.length - 6);
  });

  it('says when a link’s content does not match its check', async () => {
    const encoded = await encodeShare(payload());
    const bytes = Uint8Array.from(
      atob(encoded.slice(3).replace(/-/g, '+').replace(/_/g, '/')),
      (c) => c.charCodeAt(0),
    );
    bytes[0] = bytes[0]! ^ 0xff; // damage the check itself
    let binary = '';
    for (const b of bytes) binary += String.fromCharCode(b);
    const damaged = 'c1.' + btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    await expect(decodeShare(damaged)).rejects.toThrow(/does not match its check/);
  });

  it('still opens a link made before checks, and says it is unchecked', async () => {
    const legacy = await rawLink(JSON.stringify(payload()));
    const decoded = await decodeShareLink(legacy);
    expect(decoded.checked).toBe(false);
    expect(decoded.payload.offers).toHaveLength(3);
  });
});

describe('size limits (issue 9)', () => {
  it('stops inflating a zip bomb past 1 MB with a clear message', async () => {
    const bomb = await rawLink(`{"v":1,"pad":"${'0'.repeat(20 * 1024 * 1024)}"}`);
    expect(bomb.length).toBeLessThan(100_000); // 20 MB in a few tens of kilobytes
    await expect(decodeShare(bomb)).rejects.toThrow('This link is too large to be a share link.');
  });

  it('refuses a link whose text alone is too long', async () => {
    await expect(decodeShare('A'.repeat(Math.ceil((MAX_SHARE_BYTES * 4) / 3) + 4))).rejects.toThrow(
      /too large to be a share link/,
    );
  });

  it('says when the data is too deeply nested', async () => {
    const deep = await rawLink('['.repeat(5000) + ']'.repeat(5000));
    await expect(decodeShare(deep)).rejects.toThrow(/too deeply nested/);
  });
});
