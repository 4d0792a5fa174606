import { useEffect, useRef } from 'react';

/** The catalogue search field; "/" anywhere outside a text field focuses it. */
export function SearchBox({ value, onChange }: { value: string; onChange(q: string): void }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const target = e.target as HTMLElement | null;
      const typing = target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
      if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        ref.current?.focus();
        ref.current?.select();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className="search">
      <label htmlFor="catalogue-search" className="visually-hidden">
        Search the catalogue
      </label>
      <input
        ref={ref}
        id="catalogue-search"
        type="search"
        placeholder="Search trainings, providers, topics…  ( / )"
        value={value}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
