/**
 * What the app tells the user about new versions (registerType 'prompt'): nothing is swapped
 * under a running page. A new build installs in the background and waits; this tab offers
 * "Reload". Only the tab where the user chose it reloads; other open tabs are told that a newer
 * version took over and reload when their user chooses.
 */
export type UpdateNoticeKind = 'ready' | 'took-over';

export interface UpdateFlowDeps {
  /** vite-plugin-pwa's registerSW: returns the function that activates the waiting worker. */
  register: (callbacks: {
    onNeedRefresh: () => void;
    onNeedReload: () => void;
    onRegisteredSW: (url: string, registration: ServiceWorkerRegistration | undefined) => void;
  }) => () => Promise<void>;
  /** Shows the notice (null hides it). */
  show: (
    notice: { kind: UpdateNoticeKind; onReload: () => void; onDismiss: () => void } | null,
  ) => void;
  reload: () => void;
  /** Starts the hourly update check; returns nothing (it lives as long as the page). */
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
    // The new worker controls this tab now; reload only if the user asked for it here.
    onNeedReload: () => {
      if (requestedHere) deps.reload();
      else deps.show({ kind: 'took-over', onReload: deps.reload, onDismiss: hide });
    },
    onRegisteredSW: (_url, registration) => {
      if (registration) deps.checkPeriodically(registration);
    },
  });
}
