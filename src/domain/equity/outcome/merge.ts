import type { Offer } from '../../schemas/offer';
import type { OutcomeModel, OutcomeModelInput } from '../../schemas/outcome';
import type { OutcomeChunk } from './chunk';
import { mergeParsedChunks, type OutcomeResult } from './mergeCore';
import { parseOutcomeModel } from './parseModel';

export type { OutcomeResult, OutcomeYear } from './mergeCore';

/**
 * Percentiles, means and interval of the median per offer and year, the chance each offer is best
 * and the pairwise table, over the chunks in chunk order (§5.7). Names from `offers` when given.
 */
export function mergeOutcomeChunks(
  chunks: OutcomeChunk[],
  model: OutcomeModel | OutcomeModelInput,
  offers?: Offer[],
): OutcomeResult {
  return mergeParsedChunks(chunks, parseOutcomeModel(model), offers);
}
