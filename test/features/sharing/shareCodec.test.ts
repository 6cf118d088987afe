import { sampleWorkspace } from '@/state/sample';
import {
  ShareLinkError,
  buildSharePayload,
  decodeShare,
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
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/); // base64url: safe in a URL fragment
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
});
