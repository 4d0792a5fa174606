import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { CatalogueQuery } from '../../../shared/catalogue/catalogue-index';
import { queryFromParams, queryToParams } from '../../../shared/catalogue/query-url';

/** The catalogue view lives in the URL, so back/forward and deep links reopen it exactly. */
export function useCatalogueQuery(): [CatalogueQuery, (next: CatalogueQuery, options?: { replace?: boolean }) => void] {
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => queryFromParams(params), [params]);
  const setQuery = useCallback(
    (next: CatalogueQuery, options?: { replace?: boolean }) => setParams(queryToParams(next), { replace: options?.replace ?? false }),
    [setParams],
  );
  return [query, setQuery];
}
