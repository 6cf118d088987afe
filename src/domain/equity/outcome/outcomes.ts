import type { Offer } from '../../schemas/offer';
import type { OutcomeModel, OutcomeModelInput } from '../../schemas/outcome';
import { seedOf } from '../random';
import { buildPlans, runChunk, type OutcomeChunk } from './chunk';
import { mergeOutcomeChunks, type OutcomeResult } from './merge';
import { CHUNK_DRAWS } from './publicSim';
import { parseOutcomeModel } from './parseModel';

export const MIN_DRAWS = 1024;
export const MAX_DRAWS = 262_144;
/** "auto": start here, double while any P50 is unstable, stop at AUTO_MAX_DRAWS (§5.7). */
export const AUTO_START_DRAWS = 10_240;
export const AUTO_MAX_DRAWS = 163_840;
export const DEFAULT_DRAWS = 20_480;

/**
 * The range of outcomes of each offer (§5): `draws` in [1,024, 262,144], rounded up to whole
 * chunks of 1,024, or "auto". Chunk c of every run is the same, so a larger run extends a smaller.
 */
export function equityOutcomes(
  offers: Offer[],
  model: OutcomeModel | OutcomeModelInput,
  seed: number | string,
  draws: number | 'auto',
): OutcomeResult {
  const parsed = parseOutcomeModel(model);
  const plans = buildPlans(offers, parsed);
  const s = seedOf(seed);
  const chunks: OutcomeChunk[] = [];
  const extendTo = (count: number) => {
    for (let c = chunks.length; c < count; c++) chunks.push(runChunk(plans, parsed, s, c));
  };
  if (draws === 'auto') {
    extendTo(AUTO_START_DRAWS / CHUNK_DRAWS);
    let result = mergeOutcomeChunks(chunks, parsed, offers);
    while (!result.stable && chunks.length * CHUNK_DRAWS < AUTO_MAX_DRAWS) {
      extendTo(Math.min(2 * chunks.length, AUTO_MAX_DRAWS / CHUNK_DRAWS));
      result = mergeOutcomeChunks(chunks, parsed, offers);
    }
    return result;
  }
  const n = Math.min(
    MAX_DRAWS,
    Math.max(MIN_DRAWS, Number.isFinite(draws) ? draws : DEFAULT_DRAWS),
  );
  extendTo(Math.ceil(n / CHUNK_DRAWS));
  return mergeOutcomeChunks(chunks, parsed, offers);
}
