/**
 * What the app tells the user about new versions (registerType 'prompt'): nothing is swapped
 * under a running page. A new build installs in the background and waits; each open tab offers
 * "Reload". Only the tab where the user chose it reloads; other open tabs are told that a newer
 * version took over and reload when their user chooses.
 */
export type UpdateNoticeKind = 'ready' | 'took-over';

export interface UpdateNoticeProps {
  kind: UpdateNoticeKind;
  onReload: () => void;
  onDismiss: () => void;
}

export interface UpdateFlowDeps {
  /**
   * vite-plugin-pwa's registerSW: calls onNeedRefresh when a new worker waits, returns the
   * function that tells it to take over.
   */
  register: (callbacks: {
    onNeedRefresh: () => void;
    onRegisteredSW: (url: string, registration: ServiceWorkerRegistration | undefined) => void;
  }) => () => Promise<void>;
  /**
   * Calls back when a new worker takes control of this page (not when the first one ever
   * installed claims it: nothing changed for the user then).
   */
  onTakeover: (listener: () => void) => void;
  /** Shows the notice (null hides it). */
  show: (notice: UpdateNoticeProps | null) => void;
  reload: () => void;
  /** Starts the periodic update check for a long-open tab. */
  checkPeriodically: (registration: ServiceWorkerRegistration) => void;
}

export function startUpdateFlow(deps: UpdateFlowDeps): void {
  let requestedHere = false;
  const hide = () => deps.show(null);
  const activate = deps.register({
    onNeedRefresh: () =>
      deps.show({
        kind: 'ready',
        onReload: () => {
          requestedHere = true;
          hide();
          void activate();
        },
        onDismiss: hide,
      }),
    onRegisteredSW: (_url, registration) => {
      if (registration) deps.checkPeriodically(registration);
    },
  });
  deps.onTakeover(() => {
    if (requestedHere) deps.reload();
    else deps.show({ kind: 'took-over', onReload: deps.reload, onDismiss: hide });
  });
}
