/// <reference lib="webworker" />
/** Runs the panel-robust package off the main thread (an LP per case can take tens of ms). */
import { runPanelWin, type PanelWinRequest } from './panelWinJob';

self.onmessage = (event: MessageEvent<PanelWinRequest>) => {
  self.postMessage(runPanelWin(event.data));
};
