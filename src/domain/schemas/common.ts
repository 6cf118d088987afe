import * as z from 'zod/mini';

/** A finite number (Zod 4 numbers already reject NaN and ±Infinity). */
export const finite = () => z.number({ error: 'must be a finite number' });

/** A whole number in [min, max] (`unit` names what it counts, for the message). */
export const wholeNumber = (unit: string, min: number, max?: number) =>
  max === undefined
    ? finite().check(z.int(`must be a whole number of ${unit}`), z.minimum(min, `must be ≥ ${min}`))
    : finite().check(
        z.int(`must be a whole number of ${unit}`),
        z.minimum(min, `must be ≥ ${min}`),
        z.maximum(max, `must be ≤ ${max}`),
      );

/** A money amount in the offer's (or profile's) currency, never negative. */
export const money = () => finite().check(z.minimum(0, 'must be ≥ 0'));

/** A percentage in [0, max]. */
export const percent = (max = 100) =>
  finite().check(z.minimum(0, 'must be ≥ 0'), z.maximum(max, `must be ≤ ${max}`));

/** A trimmed, required label of at most `max` characters. */
export const requiredText = (max: number) =>
  z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'is required'),
      z.maxLength(max, `must be at most ${max} characters`),
    );

/** Optional free text of at most `max` characters, "" by default. */
export const optionalText = (max: number) =>
  z._default(z.string().check(z.maxLength(max, `must be at most ${max} characters`)), '');

/** ISO 4217 alphabetic code, e.g. "USD". */
export const currencyCode = z
  .string()
  .check(z.regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 code such as USD'));

/** Identifier of a rated or money dimension ("cash", "data", or a custom id). */
export const dimensionId = z
  .string()
  .check(z.regex(/^[a-z][a-z0-9_-]{0,39}$/, 'must be a lowercase id (letters, digits, - or _)'));

/** A calendar month, "YYYY-MM" (month 01–12). */
export const yearMonth = z
  .string()
  .check(
    z.regex(/^(19|20|21)\d\d-(0[1-9]|1[0-2])$/, 'must be a month written YYYY-MM, e.g. 2026-07'),
  );
