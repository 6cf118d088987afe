import * as z from 'zod/mini';

/** The largest amount (money, shares, prices, counts) any field accepts: the UI's bound too. */
export const MAX_AMOUNT = 1e12;

/** A finite number (Zod 4 numbers already reject NaN and ±Infinity); "required" when missing. */
export const finite = () =>
  z.number({
    error: (issue) => (issue.input === undefined ? 'required' : 'must be a finite number'),
  });

/** 1000000000000 → "1,000,000,000,000" for messages (no Intl: schemas load at start-up). */
const grouped = (n: number): string =>
  Number.isInteger(n) ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : String(n);

/** A finite number in [min, max]: every stored figure is bounded, so no result can overflow. */
export const bounded = (min: number, max: number) =>
  finite().check(
    z.minimum(min, `must be ≥ ${grouped(min)}`),
    z.maximum(max, `must be ≤ ${grouped(max)}`),
  );

/** A whole number in [min, max] (`unit` names what it counts, for the message). */
export const wholeNumber = (unit: string, min: number, max?: number) =>
  max === undefined
    ? finite().check(z.int(`must be a whole number of ${unit}`), z.minimum(min, `must be ≥ ${min}`))
    : finite().check(
        z.int(`must be a whole number of ${unit}`),
        z.minimum(min, `must be ≥ ${min}`),
        z.maximum(max, `must be ≤ ${max}`),
      );

/** A money amount in the offer's (or profile's) currency, never negative, at most 1e12. */
export const money = () => bounded(0, MAX_AMOUNT);

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

/** Units of one currency per unit of another: positive, within the exchange-rate field's bounds. */
export const fxRateValue = finite().check(
  z.minimum(1e-6, 'must be ≥ 0.000001'),
  z.maximum(1e6, 'must be ≤ 1,000,000'),
);
