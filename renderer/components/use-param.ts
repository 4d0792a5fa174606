import { useState } from 'react';
import { useSearchParams } from 'react-router';

/**
 * One search parameter as state, so filters survive back/forward and deep links.
 * The router applies a URL change a moment later, so the value just chosen is shown
 * until the URL agrees; otherwise a checkbox or select would flick back and forth.
 */
export function useParam(name: string, fallback: string): [string, (value: string) => void] {
  const [params, setParams] = useSearchParams();
  const fromUrl = params.get(name) ?? fallback;
  const [chosen, setChosen] = useState<{ value: string; over: string } | null>(null);
  // Adjusting state during render (React's pattern for derived resets): the URL has moved on.
  if (chosen && fromUrl !== chosen.over) setChosen(null);
  const value = chosen && fromUrl === chosen.over ? chosen.value : fromUrl;
  const set = (next: string) => {
    setChosen({ value: next, over: fromUrl });
    setParams(
      (prev) => {
        const p = new URLSearchParams(prev);
        if (next === fallback) p.delete(name);
        else p.set(name, next);
        return p;
      },
      { replace: true },
    );
  };
  return [value, set];
}
