import { useSearchParams } from 'react-router';

/** One search parameter as state, so filters survive back/forward and deep links. */
export function useParam(name: string, fallback: string): [string, (value: string) => void] {
  const [params, setParams] = useSearchParams();
  const value = params.get(name) ?? fallback;
  const set = (next: string) =>
    setParams(
      (prev) => {
        const p = new URLSearchParams(prev);
        if (next === fallback) p.delete(name);
        else p.set(name, next);
        return p;
      },
      { replace: true },
    );
  return [value, set];
}
