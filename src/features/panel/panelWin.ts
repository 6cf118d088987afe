/**
 * "Win under every panel member's view" (decide.md §2.7): the cheapest package for our offer that
 * beats the rival under the group view and under each member's weights (robust.weightScenarios),
 * with the scenario duals saying whose view binds and its $ per point. Display only: the engine's
 * cheapestWinningPackage computes everything.
 */
import {
  panelGroupProfile,
  panelWeightScenarios,
  rebaseFxRates,
  type Lever,
  type NegotiationInput,
  type Offer,
  type PackageResult,
  type PanelSummary,
  type StoredProfile,
  type Workspace,
} from '@/domain';

/** How far each lever may go: base up to +50%, sign-on up to +$150,000, RSUs up to +$500,000. */
export const BASE_RAISE = 0.5;
export const SIGN_ON_ROOM = 150_000;
export const RSU_ROOM = 500_000;

export function panelLevers(offer: Offer): Lever[] {
  const levers: Lever[] = [
    { kind: 'signOn', max: (offer.cash.signOn ?? 0) + SIGN_ON_ROOM },
    { kind: 'base', max: Math.round(offer.cash.base * (1 + BASE_RAISE)) },
  ];
  const equity = offer.equity;
  if (equity?.type === 'rsu' && (equity.sharePrice ?? 0) > 0)
    levers.push({ kind: 'rsuGrant', max: RSU_ROOM });
  return levers;
}

export interface PanelWin {
  result: PackageResult;
  /** The name of each scenario, in the engine's order: the group view, then each member. */
  names: string[];
}

/**
 * The optimizer's input (computed on the main thread, solved in the worker): our offer against
 * the rival, the group weights as the profile (the base profile's money settings) and each
 * member's weights as a weight scenario.
 */
export function panelWinInput(
  workspace: Workspace,
  summary: PanelSummary,
  base: StoredProfile,
  offer: Offer,
  rival: Offer,
): { input: NegotiationInput; names: string[] } {
  const { weightScenarios, names } = panelWeightScenarios(summary);
  return {
    input: {
      offer,
      rival,
      profile: panelGroupProfile(summary, base),
      finance: workspace.finance,
      levers: panelLevers(offer),
      robust: { weightScenarios },
      fxRates: rebaseFxRates(workspace.fxRates, workspace.reportingCurrency, base.currency),
    },
    names: ['Group view', ...names],
  };
}
