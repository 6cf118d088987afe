import { Component, type ReactNode } from 'react';

/**
 * The charts come in their own chunk; if that chunk fails to load or draw, the rest of Compare
 * (ranking, words, table) stays usable and the table already carries every charted figure.
 */
export class ChartsBoundary extends Component<
  { children: ReactNode; message?: string },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (this.state.failed) {
      return (
        <p className="card muted">
          {this.props.message ??
            'The charts could not be drawn. Every charted figure is in the table above.'}
        </p>
      );
    }
    return this.props.children;
  }
}
