import { Suspense, type ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { Link, useLocation } from 'react-router';
import { retryFailedScreens } from './on-demand-screen';

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
      <div className="banner banner--error" role="alert">
        <p>{message}</p>
      </div>
      <p>
        Your records are safe: nothing was changed. <button type="button" onClick={resetErrorBoundary}>Try again</button> or{' '}
        <Link to="/">go to the start page</Link>.
      </p>
    </div>
  );
}
