import { Component, type ReactNode } from 'react';

/**
 * Renders data that came from outside (a share link, an import) behind a boundary: a render that
 * throws on it shows a message instead of blanking the app, and the user's own workspace is
 * untouched.
 */
export class OutsideDataBoundary extends Component<
  { what: string; children: ReactNode },
  { error: string | null }
> {
  override state = { error: null as string | null };

  static getDerivedStateFromError(error: unknown): { error: string } {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <div className="notice notice--error" role="alert">
        <p>
          <strong>{this.props.what} cannot be shown.</strong> Its data is not usable (
          {this.state.error.slice(0, 300)}).
        </p>
        <p>Your own workspace is unchanged.</p>
      </div>
    );
  }
}
