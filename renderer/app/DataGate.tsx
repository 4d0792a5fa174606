import { useEffect, type ReactNode } from 'react';
import { useCatalogueState, type LoadedCatalogue } from '../features/catalogue/catalogue-store';
import { useTeamStore } from '../features/team/team-store';

/**
 * The one data gate: renders its children once what the screen needs is loaded (the
 * catalogue and its search index; with `team`, the team records too), a loading line
 * until then, and a clear message when loading failed.
 */
export function DataGate({ team = false, children }: { team?: boolean; children: ReactNode | ((loaded: LoadedCatalogue) => ReactNode) }) {
  const catalogueStatus = useCatalogueState((s) => s.status);
  const catalogueError = useCatalogueState((s) => s.error);
  const loaded = useCatalogueState((s) => s.loaded);
  const ensureCatalogue = useCatalogueState((s) => s.ensureLoaded);
  const teamStatus = useTeamStore((s) => s.status);
  const teamError = useTeamStore((s) => s.error);
  const ensureTeam = useTeamStore((s) => s.ensureLoaded);

  useEffect(() => {
    void ensureCatalogue();
    if (team) void ensureTeam();
  }, [ensureCatalogue, ensureTeam, team]);

  if (catalogueStatus === 'error') {
    return (
      <div className="banner banner--error" role="alert">
        The catalogue could not be loaded: {catalogueError}
      </div>
    );
  }
  if (team && teamStatus === 'error') {
    return (
      <div className="banner banner--error" role="alert">
        The team records could not be loaded: {teamError}
      </div>
    );
  }
  if (!loaded || (team && teamStatus !== 'ready')) return <p aria-busy="true">{team ? 'Loading team records…' : 'Loading the catalogue…'}</p>;
  return <>{typeof children === 'function' ? children(loaded) : children}</>;
}
