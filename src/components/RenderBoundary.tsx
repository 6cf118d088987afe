import { Component, type ReactNode } from 'react';

/**
 * Catches an error thrown while rendering its children and shows `fallback(message)` instead, so
 * one broken piece never blanks the app. Give it a `key` that changes to try again.
 */
export class RenderBoundary extends Component<
  { fallback: (message: string) => ReactNode; children: ReactNode },
  { error: string | null }
> {
  override state = { error: null as string | null };

  static getDerivedStateFromError(error: unknown): { error: string } {
    const message = error instanceof Error ? error.message : String(error);
    return { error: message.slice(0, 300) };
  }

  override render() {
    return this.state.error === null ? this.props.children : this.props.fallback(this.state.error);
  }
}
