import { completeRanking } from '@/components/weights/weightMath';
import {
  EQUITY_OUTLOOKS,
  panelMemberFromStored,
  panelWeightScenarios,
  type RobustOptions,
  type ScenarioResult,
  type Workspace,
} from '@/domain';

/** Which views the package must also win under ("Win under every view"). */
export interface ViewOptions {
  outlooks: boolean;
  profiles: boolean;
  panel: boolean;
}

export const NO_VIEWS: ViewOptions = { outlooks: false, profiles: false, panel: false };

/** The panel's members as weight scenarios, or null when the workspace has no usable panel. */
function panelViews(ws: Workspace, profileId: string) {
  const panel = ws.panels.find((p) => p.members.length > 0);
  const profile = ws.profiles.find((p) => p.id === profileId);
  if (!panel || !profile) return null;
  const dimensions = Object.entries(profile.weights)
    .filter(([, w]) => w > 0)
    .map(([d]) => d);
  try {
    // As the panel feature reads them: weights on these dimensions, the ranking completed.
    const members = panel.members.map((m) =>
      panelMemberFromStored(
        {
          ...m,
          weights: Object.fromEntries(dimensions.map((d) => [d, m.weights[d] ?? 0])),
          ranking: completeRanking(m.ranking, dimensions, m.weights),
        },
        dimensions,
      ),
    );
    return panelWeightScenarios(members, dimensions);
  } catch {
    return null; // an incomplete member: the panel feature shows why
  }
}

export const hasPanel = (ws: Workspace, profileId: string) => panelViews(ws, profileId) !== null;

/** The engine's robust options for the chosen views, and the member names of weight scenarios. */
export function robustOptions(
  ws: Workspace,
  profileId: string,
  views: ViewOptions,
): { robust?: RobustOptions; memberNames: string[] } {
  const robust: RobustOptions = {};
  if (views.outlooks)
    robust.outlooks = EQUITY_OUTLOOKS.map((o) => o.id).filter((id) => id !== 'expected');
  if (views.profiles) robust.profiles = ws.profiles.filter((p) => p.id !== profileId);
  const members = views.panel ? panelViews(ws, profileId) : null;
  if (members) robust.weightScenarios = members.weightScenarios;
  const any = Object.keys(robust).length > 0;
  return { ...(any ? { robust } : {}), memberNames: members?.names ?? [] };
}

/** Engine scenario names with panel members' names in place of "Weights N". */
export function namedScenarios(scenarios: ScenarioResult[], memberNames: string[]) {
  return scenarios.map((s) => {
    const match = /^Weights (\d+)$/.exec(s.name);
    const member = match ? memberNames[Number(match[1]) - 1] : undefined;
    return member ? { ...s, name: `${member}’s view` } : s;
  });
}
