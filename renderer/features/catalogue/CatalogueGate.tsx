import { useEffect, type ReactNode } from 'react';
import { useCatalogueStore, type LoadedCatalogue } from './catalogue-store';

/** Renders its children once the catalogue and its search index are ready. */
export function CatalogueGate({ children }: { children: (loaded: LoadedCatalogue) => ReactNode }) {
  const { status, error, loaded, ensureLoaded } = useCatalogueStore();
  useEffect(() => {
    void ensureLoaded();
  }, [ensureLoaded]);
  if (status === 'error') {
    return (
      <div className="banner banner--error" role="alert">
        The catalogue could not be loaded: {error}
      </div>
    );
  }
  if (!loaded) return <p aria-busy="true">Loading the catalogue…</p>;
  return <>{children(loaded)}</>;
}
