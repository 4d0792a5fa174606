import { useEffect, type ReactNode } from 'react';
import { useCatalogueStore } from '../catalogue/catalogue-store';
import { useTeamStore } from './team-store';

/** Renders its children once the catalogue and the team records are loaded. */
export function TeamDataGate({ children }: { children: ReactNode }) {
  const catalogue = useCatalogueStore();
  const status = useTeamStore((s) => s.status);
  const error = useTeamStore((s) => s.error);
  const ensureLoaded = useTeamStore((s) => s.ensureLoaded);
  const ensureCatalogue = catalogue.ensureLoaded;

  useEffect(() => {
    void ensureCatalogue();
    void ensureLoaded();
  }, [ensureCatalogue, ensureLoaded]);

  if (catalogue.status === 'error') {
    return (
      <div className="banner banner--error" role="alert">
        The catalogue could not be loaded: {catalogue.error}
      </div>
    );
  }
  if (status === 'error') {
    return (
      <div className="banner banner--error" role="alert">
        The team records could not be loaded: {error}
      </div>
    );
  }
  if (!catalogue.loaded || status !== 'ready') return <p aria-busy="true">Loading team records…</p>;
  return <>{children}</>;
}
