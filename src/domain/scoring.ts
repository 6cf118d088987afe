import type { Offer } from './schemas/offer';
import type { Profile } from './schemas/profile';
import type { EvaluateOptions, Evaluation } from './types';

export function evaluateOffer(offer: Offer, profile: Profile, options?: EvaluateOptions): Evaluation {
  void offer; void profile; void options;
  throw new Error('not implemented yet');
}
