import type { ReactNode } from 'react';
import { RenderBoundary } from '@/components/RenderBoundary';

/**
 * Renders data that came from outside (a share link, an import) behind a boundary: a render that
 * throws on it shows a message instead of blanking the app, and the user's own workspace is
 * untouched.
 */
export function OutsideDataBoundary({ what, children }: { what: string; children: ReactNode }) {
  return (
    <RenderBoundary
      fallback={(message) => (
        <div className="notice notice--error" role="alert">
          <p>
            <strong>{what} cannot be shown.</strong> Its data is not usable ({message}).
          </p>
          <p>Your own workspace is unchanged.</p>
        </div>
      )}
    >
      {children}
    </RenderBoundary>
  );
}
