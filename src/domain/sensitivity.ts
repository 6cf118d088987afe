import type { Offer } from './schemas/offer';
import type { Profile } from './schemas/profile';
import type { EvaluateOptions } from './types';

export function weightFlipPoints(a: Offer, b: Offer, profile: Profile, options?: EvaluateOptions): Record<string, number | null> {
  void a; void b; void profile; void options;
  throw new Error('not implemented yet');
}
