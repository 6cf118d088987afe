import { useEffect, useState } from 'react';
import { useNoticeStore, type Notice } from '@/state/notices';

/** How long a notice stays, unless the pointer or keyboard focus is on it. */
export const NOTICE_MS = 8000;

/** The shell's polite live region for short notices such as "Deleted X — Undo". */
export function NoticeArea() {
  const notices = useNoticeStore((s) => s.notices);
  return (
    <div className="notice-area" role="status" aria-live="polite">
      {notices.map((notice) => (
        <NoticeItem key={notice.id} notice={notice} />
      ))}
    </div>
  );
}

function NoticeItem({ notice }: { notice: Notice }) {
  const dismiss = useNoticeStore((s) => s.dismissNotice);
  const [focused, setFocused] = useState(false);
  const [hovered, setHovered] = useState(false);
  const held = focused || hovered;
  useEffect(() => {
    if (held) return;
    const timer = setTimeout(() => dismiss(notice.id), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [held, dismiss, notice.id]);
  return (
    <div
      className={`toast${notice.tone === 'error' ? ' toast--error' : ''}`}
      onFocus={() => setFocused(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocused(false);
      }}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
    >
      <span className="toast__message">{notice.message}</span>
      {notice.action && (
        <button
          type="button"
          className="btn btn--small btn--primary"
          onClick={() => {
            notice.action?.run();
            dismiss(notice.id);
          }}
        >
          {notice.action.label}
        </button>
      )}
      <button
        type="button"
        className="btn btn--small"
        aria-label={`Dismiss: ${notice.message}`}
        onClick={() => dismiss(notice.id)}
      >
        Dismiss
      </button>
    </div>
  );
}
