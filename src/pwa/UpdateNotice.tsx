import type { UpdateNoticeKind, UpdateNoticeProps } from './updateFlow';
import './updateNotice.css';

const MESSAGES: Record<UpdateNoticeKind, string> = {
  ready: 'A new version of OfferScope is ready.',
  'took-over': 'OfferScope was updated in another tab. Reload to use the new version.',
};

/**
 * Stays until the user chooses (an update is never applied for them, and never disappears on a
 * timer). Polite: announced, but focus stays where the user is typing.
 */
export function UpdateNotice({ kind, onReload, onDismiss }: UpdateNoticeProps) {
  return (
    <div className="update-notice" role="status" aria-live="polite">
      <span className="update-notice__message">{MESSAGES[kind]}</span>
      <button type="button" className="btn btn--small btn--primary" onClick={onReload}>
        Reload
      </button>
      <button
        type="button"
        className="btn btn--small"
        aria-label="Later: keep using this version"
        onClick={onDismiss}
      >
        Later
      </button>
    </div>
  );
}
