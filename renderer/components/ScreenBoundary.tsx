import { Suspense, type ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { Link, useLocation } from 'react-router';
import { retryFailedScreens } from './on-demand-screen';
import { ErrorDetails } from './ErrorDetails';

/**
 * Around each screen: a screen still loading shows a short note, and a screen that fails
 * (a bug, or its chunk missing from a broken install) shows what went wrong while the
 * navigation stays usable. Moving to another address tries again.
 */
export function ScreenBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <ErrorBoundary FallbackComponent={ScreenFailed} resetKeys={[pathname]} onReset={retryFailedScreens}>
      <Suspense fallback={<p aria-busy="true">Loading…</p>}>{children}</Suspense>
    </ErrorBoundary>
  );
}

function ScreenFailed({ error, resetErrorBoundary }: FallbackProps) {
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div className="page">
      <h1>This screen could not be shown</h1>
      <ErrorDetails message={message} />
      <p>Your records are safe: nothing was changed.</p>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={resetErrorBoundary}>
          Try again
        </button>
        <Link to="/" className="button">
          Go to the start page
        </Link>
      </div>
    </div>
  );
}
