import * as z from 'zod/mini';
import {
  CustomDimensionSchema,
  PanelSchema,
  StoredOfferSchema,
  StoredProfileSchema,
  currencyCode,
  fxRateValue,
  issuesOf,
  uniqueIds,
} from '@/domain';
import type { CustomDimension, Panel, StoredOffer, StoredProfile } from '@/domain';
import { JsonTooDeepError, safeJsonParse } from '@/state/safeJson';
import { crc32 } from './crc32';

/** A real share payload is a few kilobytes; nothing decompresses past this (zip bombs). */
export const MAX_SHARE_BYTES = 1024 * 1024;
/** Links made since integrity checks: "c1." + base64url(CRC-32 of the JSON, 4 bytes + deflate). */
const CHECKED_PREFIX = 'c1.';
const TOO_LARGE = 'This link is too large to be a share link.';

/** What a share link carries: chosen offers, one profile, and what scoring them needs. */
export const SharePayloadSchema = z
  .object({
    v: z.literal(1),
    offers: z
      .array(StoredOfferSchema)
      .check(z.minLength(1, 'needs at least one offer'), z.maxLength(10, 'at most 10 offers')),
    profile: StoredProfileSchema,
    dimensions: z._default(
      z.array(CustomDimensionSchema).check(z.maxLength(10, 'at most 10 dimensions')),
      [],
    ),
    fxRates: z._default(z.record(currencyCode, fxRateValue), {}),
    /** The hiring panel, only when the sender chose to include it; it scores with `profile`. */
    panel: z.optional(PanelSchema),
  })
  .check(
    z.superRefine((payload, ctx) => {
      uniqueIds(payload.offers, 'offers', ctx);
      uniqueIds(payload.dimensions, 'dimensions', ctx);
    }),
  );
export type SharePayload = z.output<typeof SharePayloadSchema>;

export class ShareLinkError extends Error {
  override name = 'ShareLinkError';
}

export function buildSharePayload(
  offers: readonly StoredOffer[],
  profile: StoredProfile,
  dimensions: readonly CustomDimension[],
  fxRates: Readonly<Record<string, number>>,
  options: { panel?: Panel } = {},
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
    ...(options.panel
      ? { panel: { ...options.panel, profileId: profile.id, groupProfileId: null } }
      : {}),
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

/**
 * Input is fed in slices this small: deflate expands at most about 1,032:1, so one slice can never
 * inflate to much more than a megabyte before the reader sees it and can stop.
 */
const SLICE_BYTES = 1024;

/**
 * Runs bytes through a (de)compression stream, slice by slice, while the reader drains it; past
 * `maxBytes` of output it stops both sides.
 */
async function pipe(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  maxBytes = Infinity,
): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  let stopped = false;
  const written = (async () => {
    for (let i = 0; i < bytes.length && !stopped; i += SLICE_BYTES)
      await writer.write(bytes.subarray(i, i + SLICE_BYTES) as Uint8Array<ArrayBuffer>);
    if (!stopped) await writer.close();
  })();
  written.catch(() => undefined); // a damaged input fails the reader too: report it once, from there
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.length;
    if (length > maxBytes) {
      // Stop inflating at once: a tiny link can expand to gigabytes.
      stopped = true;
      void reader.cancel().catch(() => undefined);
      throw new ShareLinkError(TOO_LARGE);
    }
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

/** JSON → CRC-32 + deflate-raw → base64url, after "c1.": the part after #/share/. */
export async function encodeShare(payload: SharePayload): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(payload));
  const deflated = await pipe(json, new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(4 + deflated.length);
  new DataView(bytes.buffer).setUint32(0, crc32(json));
  bytes.set(deflated, 4);
  return CHECKED_PREFIX + toBase64Url(bytes);
}

/** A decoded link: `checked` is false for links made before links carried a check. */
export interface DecodedShare {
  payload: SharePayload;
  checked: boolean;
}

/** The payload back from a link, or a ShareLinkError that says what is wrong with it. */
export async function decodeShareLink(encoded: string): Promise<DecodedShare> {
  if (!encoded) throw new ShareLinkError('The link has no shared data after #/share/.');
  // base64 is 4/3 of its bytes; compressed data is never larger than what it inflates to.
  if (encoded.length > (MAX_SHARE_BYTES * 4) / 3) throw new ShareLinkError(TOO_LARGE);
  const checked = encoded.startsWith(CHECKED_PREFIX);
  let text: string;
  try {
    const raw = fromBase64Url(checked ? encoded.slice(CHECKED_PREFIX.length) : encoded);
    if (checked && raw.length < 5) throw new Error('too short');
    const body = checked ? raw.subarray(4) : raw;
    const json = await pipe(body, new DecompressionStream('deflate-raw'), MAX_SHARE_BYTES);
    if (checked && new DataView(raw.buffer, raw.byteOffset).getUint32(0) !== crc32(json)) {
      throw new ShareLinkError(
        'The link is damaged: its content does not match its check (a character was changed or lost). Ask for the link again.',
      );
    }
    text = new TextDecoder('utf-8', { fatal: true }).decode(json);
  } catch (error) {
    if (error instanceof ShareLinkError) throw error;
    throw new ShareLinkError(
      'The link is incomplete or damaged: it may have been cut off when copied. Ask for the link again.',
    );
  }
  let data: unknown;
  try {
    data = safeJsonParse(text);
  } catch (error) {
    throw new ShareLinkError(
      error instanceof JsonTooDeepError
        ? `The link's data is too deeply nested to be a share (${error.message}).`
        : 'The link is damaged: its data is not readable. Ask for the link again.',
    );
  }
  const result = SharePayloadSchema.safeParse(data);
  if (!result.success) {
    const issues = issuesOf(result.error)
      .slice(0, 3)
      .map((i) => `${i.path}: ${i.message}`);
    throw new ShareLinkError(`The link's data is not valid (${issues.join('; ')}).`);
  }
  return { payload: result.data, checked };
}

/** The payload of a link (see decodeShareLink). */
export const decodeShare = async (encoded: string): Promise<SharePayload> =>
  (await decodeShareLink(encoded)).payload;

export const shareUrl = (
  encoded: string,
  base = `${location.origin}${location.pathname}`,
): string => `${base}#/share/${encoded}`;
