import type { Offer } from '../../schemas/offer';
import type { OutcomeModel, OutcomeModelInput } from '../../schemas/outcome';
import { seedOf } from '../random';
import { buildPlans, runChunk, type OutcomeChunk } from './chunk';
import { parseOutcomeModel } from './parseModel';

/** One chunk of 1,024 draws, for workers (§2). */
export function equityOutcomesChunk(
  offers: Offer[],
  model: OutcomeModel | OutcomeModelInput,
  seed: number | string,
  chunk: number,
): OutcomeChunk {
  const parsed = parseOutcomeModel(model);
  return runChunk(buildPlans(offers, parsed), parsed, seedOf(seed), chunk);
}
