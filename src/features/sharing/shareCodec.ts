import * as z from 'zod/mini';
import {
  CustomDimensionSchema,
  StoredOfferSchema,
  StoredProfileSchema,
  currencyCode,
  finite,
  issuesOf,
} from '@/domain';
import type { CustomDimension, StoredOffer, StoredProfile } from '@/domain';
import { safeJsonParse } from '@/state/safeJson';

/** What a share link carries: chosen offers, one profile, and what scoring them needs. */
export const SharePayloadSchema = z.object({
  v: z.literal(1),
  offers: z
    .array(StoredOfferSchema)
    .check(z.minLength(1, 'needs at least one offer'), z.maxLength(10, 'at most 10 offers')),
  profile: StoredProfileSchema,
  dimensions: z._default(
    z.array(CustomDimensionSchema).check(z.maxLength(10, 'at most 10 dimensions')),
    [],
  ),
  fxRates: z._default(z.record(currencyCode, finite().check(z.positive('must be > 0'))), {}),
});
export type SharePayload = z.output<typeof SharePayloadSchema>;

export class ShareLinkError extends Error {
  override name = 'ShareLinkError';
}

export function buildSharePayload(
  offers: readonly StoredOffer[],
  profile: StoredProfile,
  dimensions: readonly CustomDimension[],
  fxRates: Readonly<Record<string, number>>,
): SharePayload {
  const currencies = new Set(offers.map((o) => o.currency));
  const rated = new Set(
    offers.flatMap((o) => Object.keys(o.ratings)).concat(Object.keys(profile.weights)),
  );
  return {
    v: 1,
    offers: [...offers],
    profile,
    dimensions: dimensions.filter((d) => rated.has(d.id)),
    fxRates: Object.fromEntries(Object.entries(fxRates).filter(([code]) => currencies.has(code))),
  };
}

const toBase64Url = (bytes: Uint8Array): string => {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

const fromBase64Url = (text: string): Uint8Array => {
  if (!/^[A-Za-z0-9_-]*$/.test(text))
    throw new ShareLinkError(
      'The link contains characters a share link never has: it was changed or cut.',
    );
  const binary = atob(
    text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4),
  );
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
};

/** Runs bytes through a (de)compression stream. Writing is not awaited first: the reader drains it. */
async function pipe(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  const written = writer.write(bytes as Uint8Array<ArrayBuffer>).then(() => writer.close());
  written.catch(() => undefined); // a damaged input fails the reader too: report it once, from there
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.length;
  }
  await written;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** JSON → deflate-raw → base64url: the part after #/share/. */
export async function encodeShare(payload: SharePayload): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(payload));
  return toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
}

/** The payload back from a link, or a ShareLinkError that says what is wrong with it. */
export async function decodeShare(encoded: string): Promise<SharePayload> {
  if (!encoded) throw new ShareLinkError('The link has no shared data after #/share/.');
  let text: string;
  try {
    const bytes = await pipe(fromBase64Url(encoded), new DecompressionStream('deflate-raw'));
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    if (error instanceof ShareLinkError) throw error;
    throw new ShareLinkError(
      'The link is incomplete or damaged: it may have been cut off when copied. Ask for the link again.',
    );
  }
  let data: unknown;
  try {
    data = safeJsonParse(text);
  } catch {
    throw new ShareLinkError(
      'The link is damaged: its data is not readable. Ask for the link again.',
    );
  }
  const result = SharePayloadSchema.safeParse(data);
  if (!result.success) {
    const issues = issuesOf(result.error)
      .slice(0, 3)
      .map((i) => `${i.path}: ${i.message}`);
    throw new ShareLinkError(`The link's data is not valid (${issues.join('; ')}).`);
  }
  return result.data;
}

export const shareUrl = (
  encoded: string,
  base = `${location.origin}${location.pathname}`,
): string => `${base}#/share/${encoded}`;
