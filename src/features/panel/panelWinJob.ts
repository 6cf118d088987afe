/** One "win under every view" computation: what the worker runs, and the fallback without one. */
import type { Workspace } from '@/domain';
import { buildPanelView } from './panelModel';
import { panelWin, type PanelWin } from './panelWin';

export interface PanelWinRequest {
  id: number;
  workspace: Workspace;
  offerId: string;
  rivalId: string;
}

export type PanelWinReply =
  { id: number; ok: true; win: PanelWin } | { id: number; ok: false; message: string };

export function runPanelWin({ id, workspace, offerId, rivalId }: PanelWinRequest): PanelWinReply {
  try {
    const panel = workspace.panels.find((p) => p.members.length >= 2);
    const view = buildPanelView(panel, workspace);
    const offer = workspace.offers.find((o) => o.id === offerId);
    const rival = workspace.offers.find((o) => o.id === rivalId);
    if (!view.summary) return { id, ok: false, message: view.problem ?? 'no panel summary' };
    if (!offer || !rival) return { id, ok: false, message: 'choose two offers' };
    return { id, ok: true, win: panelWin(workspace, view.summary, view.base, offer, rival) };
  } catch (error) {
    return { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
