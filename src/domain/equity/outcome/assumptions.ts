import type { Offer } from '../../schemas/offer';
import type { OutcomeModel } from '../../schemas/outcome';
import { offerModel } from './resolve';

const pct = (x: number) => `${Math.round(x * 100) / 100}%`;
const amount = (x: number, currency: string) =>
  `${currency} ${Math.round(x).toLocaleString('en-US')}`;

/** Every assumption the model used, in words, defaults marked "assumed" (§5.1, §6). */
export function describeAssumptions(offers: readonly Offer[], model: OutcomeModel): string[] {
  const out = [
    `Horizon ${model.horizonYears} years; liquidity events counted through year ${model.windowYears}.`,
    model.basis === 'vested'
      ? 'Equity counts in the year it vests, at what it eventually sells for (basis: vested).'
      : 'Equity counts in the year the cash arrives (basis: realized).',
    model.marketCorrelationPct > 0
      ? `Public stocks share a market factor: each correlates ${pct(model.marketCorrelationPct)} with it.`
      : 'Public stocks move independently of each other (correlation 0%, assumed).',
  ];
  for (const offer of offers) out.push(...offerAssumptions(offer, model));
  return out;
}

function offerAssumptions(offer: Offer, model: OutcomeModel): string[] {
  const eq = offer.equity;
  const name = offer.name;
  if (eq.type === 'none') return [];
  const own = offerModel(offer, model);
  if (eq.liquidity === 'public') {
    const vol = own.public?.volatilityPct;
    const drift = own.public?.driftPct;
    return [
      `${name}: share price volatility ${pct(vol ?? 35)} a year${vol === undefined ? ' (assumed)' : ''}; expected growth ${pct(drift ?? eq.growthPct)} a year${drift === undefined ? " (the offer's growth)" : ''}; shares sold at vest.`,
    ];
  }
  const priv = own.private;
  const lines: string[] = [];
  if (priv?.exitProbByYear)
    lines.push(
      `${name}: chance of a first exit by year: ${priv.exitProbByYear.map((p, k) => `${k + 1}: ${pct(p * 100)}`).join(', ')}.`,
    );
  else
    lines.push(
      `${name}: exit chance ${pct(eq.successPct)} spread evenly over years 3–7 (assumed; replace with your own).`,
    );
  if (priv?.exitValue)
    lines.push(
      `${name}: exit value ${priv.exitValue.components.map((c) => `${pct(c.weightPct)} around ${amount(c.median, offer.currency)} (σ ${c.sigma})`).join('; ')}, medians growing ${pct(priv.exitValue.medianGrowthPct)} a year.`,
    );
  else
    lines.push(
      `${name}: exit value lognormal around today's implied valuation (share price × fully diluted shares), σ = 1.0 (assumed; P90/P50 ≈ 3.6×), growing ${pct(eq.growthPct)} a year.`,
    );
  lines.push(
    eq.capTable
      ? `${name}: per-share value from the cap table's waterfall (${eq.capTable.series.length} series, ${eq.capTable.futureRounds.length} future rounds).`
      : `${name}: no cap table, per-share value = exit value × (1 − ${pct(eq.dilutionPct)} dilution) / fully diluted shares.`,
  );
  lines.push(
    `${name}: ${pct(priv?.ipoSharePct ?? 0)} of exits are IPOs; vesting after an exit: ${priv?.postExitVesting ?? 'continue'}.`,
  );
  const t = priv?.tenders;
  lines.push(
    t
      ? `${name}: tenders from year ${t.firstYear} every ${t.everyYears} year(s), chance ${pct(t.probabilityPct)}, selling ${pct(t.sellFractionPct)} of what is held at ${pct(100 - t.priceDiscountPct)} of the share price, after a ${t.lockupMonths}-month lock-up.`
      : `${name}: no tender offers (assumed).`,
  );
  if (eq.unitCapMultiple !== undefined)
    lines.push(`${name}: each unit is worth at most ${eq.unitCapMultiple}× its value at grant.`);
  if ((eq.thresholdPrice ?? 0) > 0)
    lines.push(
      `${name}: units pay only above a threshold of ${amount(eq.thresholdPrice ?? 0, offer.currency)}.`,
    );
  return lines;
}
