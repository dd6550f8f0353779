import { Component, type ReactNode } from 'react';
import { i18n } from '../i18n/i18n';

type ErrorBoundaryProps = { children: ReactNode };
type ErrorBoundaryState = { error: Error | null };

/** Last line of defence: a readable Swedish page instead of a blank window. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): ErrorBoundaryState {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <main id="main" className="fatal">
        <h1>{i18n.t('app.errorTitle')}</h1>
        <p>{i18n.t('app.errorBody')}</p>
        <pre className="fatal__detail">{this.state.error.message}</pre>
        <button
          type="button"
          className="button button--primary"
          onClick={() => window.location.reload()}
        >
          {i18n.t('app.reload')}
        </button>
      </main>
    );
  }
}
