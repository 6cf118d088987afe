import { compensationByYear } from '../../money/compensation';
import type { Offer } from '../../schemas/offer';
import type { OutcomeModel } from '../../schemas/outcome';
import { buildPrivatePlan, type PrivatePlan } from './privatePlan';
import { buildPublicPlan, type PublicPlan } from './publicPlan';
import { offerKey, offerModel, rateFor } from './resolve';

/** Everything about one offer a simulated path needs, computed once per run. */
export interface OfferPlan {
  name: string;
  key: string; // stream key, §5.6
  /** Deterministic cash part of each year 1..H in the model's currency (§5.3 step 1). */
  cashByYear: Float64Array;
  rate: number; // model currency per offer currency
  equity: PublicPlan | PrivatePlan | null; // null: no equity to simulate
}

/** Cash part of a year for the metric: totalValue − equity, cash, or nothing. */
function cashPart(
  row: ReturnType<typeof compensationByYear>[number],
  metric: OutcomeModel['metric'],
) {
  if (metric === 'equity') return 0;
  if (metric === 'totalComp') return row.cash;
  return row.totalValue - row.equity;
}

export function buildPlan(offer: Offer, model: OutcomeModel): OfferPlan {
  const H = model.horizonYears;
  const rate = rateFor(offer, model);
  const rows = compensationByYear(offer, H);
  const cashByYear = new Float64Array(H);
  for (let k = 0; k < H; k++) cashByYear[k] = cashPart(rows[k]!, model.metric) * rate;
  const own = offerModel(offer, model);
  const eq = offer.equity;
  let equity: OfferPlan['equity'] = null;
  if (eq.type !== 'none' && eq.shares + eq.refresh.value > 0) {
    equity =
      eq.liquidity === 'public'
        ? buildPublicPlan(offer, own, H)
        : buildPrivatePlan(offer, own, model);
  }
  return { name: offer.name, key: offerKey(offer), cashByYear, rate, equity };
}
