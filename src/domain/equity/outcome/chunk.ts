import type { Offer } from '../../schemas/offer';
import type { OutcomeModel } from '../../schemas/outcome';
import { streamState } from '../random';
import { buildPlan, type OfferPlan } from './plan';
import { simulatePrivate } from './privateSim';
import { CHUNK_DRAWS, marketNormals, simulatePublic } from './publicSim';

export interface OutcomeChunk {
  chunk: number;
  draws: number;
  keys: string[];
  /** Per offer, draws × horizonYears (index draw × H + year − 1), cumulative value. */
  values: Float64Array[];
  /** Per offer and draw: 1 when the equity part of the horizon total is 0. */
  equityZero: Uint8Array[];
  seed?: number; // uint32 used (an addition: lets a merge report it)
}

/** Runs one chunk for prepared plans; every stream depends only on (seed, key, chunk). */
export function runChunk(
  plans: readonly OfferPlan[],
  model: OutcomeModel,
  seed: number,
  chunk: number,
): OutcomeChunk {
  const H = model.horizonYears;
  const rho = model.marketCorrelationPct / 100;
  const anyPublic = plans.some((p) => p.equity?.kind === 'public');
  const market =
    rho > 0 && anyPublic
      ? marketNormals(
          Array.from({ length: H }, (_, y) => streamState(seed, `market|${y + 1}`, chunk)),
          H,
        )
      : null;
  const equity = new Float64Array(CHUNK_DRAWS * H);
  const values: Float64Array[] = [];
  const equityZero: Uint8Array[] = [];
  for (const plan of plans) {
    const eq = plan.equity;
    if (eq?.kind === 'public') {
      const states = new Int32Array(4 * H);
      for (let y = 0; y < H; y++)
        states.set(streamState(seed, `${plan.key}|price|${y + 1}`, chunk), 4 * y);
      simulatePublic(eq, H, states, market, rho, equity);
    } else if (eq?.kind === 'private') {
      const exit = streamState(seed, `${plan.key}|exit`, chunk);
      const tender = eq.tenders ? streamState(seed, `${plan.key}|tender`, chunk) : null;
      simulatePrivate(eq, H, model.basis === 'realized', exit, tender, equity);
    } else equity.fill(0);
    const out = new Float64Array(CHUNK_DRAWS * H);
    const zero = new Uint8Array(CHUNK_DRAWS);
    const cash = plan.cashByYear;
    const rate = plan.rate;
    for (let i = 0; i < CHUNK_DRAWS; i++) {
      let cum = 0;
      let eqSum = 0;
      for (let k = 0; k < H; k++) {
        const e = equity[i * H + k]! * rate;
        eqSum += e;
        cum += cash[k]! + e;
        out[i * H + k] = cum;
      }
      zero[i] = eqSum === 0 ? 1 : 0;
    }
    values.push(out);
    equityZero.push(zero);
  }
  return { chunk, draws: CHUNK_DRAWS, keys: plans.map((p) => p.key), values, equityZero, seed };
}

/** Plans for every offer (curves built once per run, §5.8). */
export function buildPlans(offers: readonly Offer[], model: OutcomeModel): OfferPlan[] {
  return offers.map((o) => buildPlan(o, model));
}
