import type { Offer } from './schemas/offer';
import type { ExitValue } from './types';

export function exitValue(offer: Offer, exitValuation: number): ExitValue {
  void offer; void exitValuation;
  throw new Error('not implemented yet');
}
