import { ValidationError } from '../errors';
import { EQUITY_OUTLOOKS } from '../money/outlook';
import { fxRate } from '../money/currency';
import type { Profile } from '../schemas/profile';
import { normalizedWeights } from './scoring';
import { parseLevers, type ParsedLever } from './negotiateLevers';
import { buildModel, type ModelScenarioSpec } from './negotiateModel';
import { deltaBox, weightBoxVertices } from './negotiateWeightBox';
import type { NegotiationInput } from './negotiateTypes';

/** From the caller's input to the optimizer's model: levers, constraints and scenarios. */
/** The scenarios of §1.6: the profile, then robust profiles, weight vectors, box vertices, outlooks. */
export function scenarioSpecs(input: NegotiationInput): ModelScenarioSpec[] {
  const { profile, robust } = input;
  const specs: ModelScenarioSpec[] = [{ name: profile.name, profile, outlook: 'expected' }];
  robust?.profiles?.forEach((p) => specs.push({ name: p.name, profile: p, outlook: 'expected' }));
  robust?.weightScenarios?.forEach((weights, i) =>
    specs.push({ name: `Weights ${i + 1}`, profile, outlook: 'expected', weights }),
  );
  if (robust?.weightBox) {
    const box =
      'delta' in robust.weightBox
        ? deltaBox(normalizedWeights(profile), robust.weightBox.delta)
        : robust.weightBox;
    weightBoxVertices(box.lo, box.hi).forEach((weights, i) =>
      specs.push({ name: `Weight vertex ${i + 1}`, profile, outlook: 'expected', weights }),
    );
  }
  robust?.outlooks?.forEach((outlook) => {
    const label = EQUITY_OUTLOOKS.find((o) => o.id === outlook)?.label ?? outlook;
    specs.push({ name: `${label} outlook`, profile, outlook });
  });
  return specs;
}

/** A lever on a dimension the profile does not have is an error (only this function sees it). */
export function checkLeverDimensions(levers: ParsedLever[], profile: Profile): void {
  const issues = levers.flatMap((l, i) =>
    l.kind === 'rating' && !(l.dimension in profile.weights)
      ? [{ path: `levers[${i}].dimension`, message: `the profile has no dimension ${l.dimension}` }]
      : [],
  );
  if (issues.length > 0) throw new ValidationError('levers', issues);
}

/** §1.5: a base constraint raises the base lever's min; a rating constraint the rating lever's. */
function constrainedLevers(input: NegotiationInput, levers: ParsedLever[]) {
  let violated = false;
  if (!input.respectConstraints) return { levers, violated };
  const phi = fxRate(input.offer.currency, input.profile.currency, input.fxRates);
  const out = levers.map((l) => ({ ...l }));
  for (const c of input.profile.constraints) {
    if (c.dimension === 'base') {
      const lever = out.find((l) => l.kind === 'base');
      const need = c.min / phi;
      if (lever && lever.kind === 'base') {
        if (need > lever.max) violated = true;
        else lever.min = Math.max(lever.min, need);
      } else if (input.offer.cash.base < need) violated = true;
    } else if (c.dimension !== 'cash' && c.dimension !== 'equity' && c.dimension !== 'totalComp') {
      const lever = out.find((l) => l.kind === 'rating' && l.dimension === c.dimension);
      if (lever && lever.kind === 'rating') {
        if (c.min > lever.max) violated = true;
        else lever.min = Math.max(lever.min, c.min);
      } else if ((input.offer.ratings[c.dimension] ?? 5) < c.min) violated = true;
    }
  }
  return { levers: out, violated };
}

export function negotiationModel(input: NegotiationInput) {
  const parsed = parseLevers(input.levers, input.offer);
  checkLeverDimensions(parsed, input.profile);
  const { levers, violated } = constrainedLevers(input, parsed);
  const costYears = input.costYears ?? input.profile.horizonYears;
  const specs = scenarioSpecs(input);
  const model = buildModel(
    input.offer,
    input.rival,
    levers,
    input.finance,
    costYears,
    input.margin ?? 1,
    specs,
    input.fxRates,
  );
  return { model, violated };
}
