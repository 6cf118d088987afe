/** One "win under every view" solve: what the worker runs, and the fallback without one. */
import { cheapestWinningPackage } from '@/domain/decide/negotiate';
import type { NegotiationInput } from '@/domain';
import type { PanelWin } from './panelWin';

export interface PanelWinRequest {
  id: number;
  input: NegotiationInput;
  names: string[];
}

export type PanelWinReply =
  { id: number; ok: true; win: PanelWin } | { id: number; ok: false; message: string };

export function runPanelWin({ id, input, names }: PanelWinRequest): PanelWinReply {
  try {
    return { id, ok: true, win: { result: cheapestWinningPackage(input), names } };
  } catch (error) {
    return { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
