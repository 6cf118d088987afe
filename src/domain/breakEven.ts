import type { Offer } from './schemas/offer';
import type { Profile } from './schemas/profile';
import type { EvaluateOptions } from './types';

export function breakEvenBase(offer: Offer, rival: Offer, profile: Profile, options?: EvaluateOptions): number | null {
  void offer; void rival; void profile; void options;
  throw new Error('not implemented yet');
}
