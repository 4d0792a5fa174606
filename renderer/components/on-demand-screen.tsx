import { lazy, type ComponentType, type ReactElement } from 'react';

/** Screens whose chunk failed to load; ScreenBoundary's "Try again" loads them afresh. */
const failed = new Set<() => void>();

/** Called when a screen's error boundary resets: every failed load gets a fresh attempt. */
export function retryFailedScreens(): void {
  for (const retry of [...failed]) retry();
  failed.clear();
}

/**
 * A screen loaded on first visit, so its chunk (forms, zod, Recharts) stays out of the
 * start-up bundle. React.lazy caches a failed load for good; this one keeps the failure
 * (so the error boundary shows it) until retryFailedScreens asks for a new attempt.
 */
export function onDemand<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): ReactElement {
  const make = (): ComponentType =>
    lazy(() =>
      load().then(
        (m): { default: ComponentType } => ({ default: m[name] }),
        (error: unknown) => {
          failed.add(() => (current = make()));
          throw error;
        },
      ),
    );
  let current = make();
  function OnDemandScreen() {
    const Screen = current;
    return <Screen />;
  }
  return <OnDemandScreen />;
}
