import type { ReactNode } from 'react';
import { RenderBoundary } from '@/components/RenderBoundary';

/**
 * The last line of defence: a view that throws while rendering shows what happened instead of
 * an empty page, the header and navigation stay usable, and nothing stored is touched. Keyed by
 * the view in App, so moving to another view tries again.
 */
export function ViewBoundary({ children }: { children: ReactNode }) {
  return (
    <RenderBoundary
      fallback={(message) => (
        <div className="notice notice--error" role="alert">
          <p>
            <strong>This view could not be drawn.</strong> {message}
          </p>
          <p>Your saved workspace is untouched. Another view, or reloading the page, may help.</p>
        </div>
      )}
    >
      {children}
    </RenderBoundary>
  );
}
