import { z } from 'zod';

/** A finite number (Zod 4 numbers already reject NaN and ±Infinity). */
export const finite = () => z.number({ error: 'must be a finite number' });

/** A money amount in the offer's (or profile's) currency, never negative. */
export const money = () => finite().min(0, 'must be ≥ 0');

/** A percentage in [0, max]. */
export const percent = (max = 100) =>
  finite().min(0, 'must be ≥ 0').max(max, `must be ≤ ${max}`);

/** ISO 4217 alphabetic code, e.g. "USD". */
export const currencyCode = z
  .string()
  .regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 code such as USD');

/** Identifier of a rated or money dimension ("cash", "data", or a custom id). */
export const dimensionId = z
  .string()
  .regex(/^[a-z][a-z0-9_-]{0,39}$/, 'must be a lowercase id (letters, digits, - or _)');
