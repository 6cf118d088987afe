import { Component, type ReactNode } from 'react';

/**
 * The last line of defence: a view that throws while rendering shows what happened instead of
 * an empty page, the header and navigation stay usable, and nothing stored is touched. Keyed by
 * the route in App, so moving to another view tries again.
 */
export class ViewBoundary extends Component<{ children: ReactNode }, { error: string | null }> {
  override state = { error: null as string | null };

  static getDerivedStateFromError(error: unknown): { error: string } {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <div className="notice notice--error" role="alert">
        <p>
          <strong>This view could not be drawn.</strong> {this.state.error.slice(0, 300)}
        </p>
        <p>Your saved workspace is untouched. Another view, or reloading the page, may help.</p>
      </div>
    );
  }
}
