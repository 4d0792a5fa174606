import { useEffect, useRef, useState } from 'react';

/** The catalogue search field; "/" anywhere outside a text field focuses it. */
export function SearchBox({ value, onChange }: { value: string; onChange(q: string): void }) {
  const ref = useRef<HTMLInputElement>(null);
  // The URL catches up a moment after each keystroke. Typing shows local text; a URL value
  // we did not send ourselves (back/forward, a deep link) replaces it.
  const [text, setText] = useState(value);
  const [sent, setSent] = useState<string[]>([]);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    const i = sent.indexOf(value);
    if (i >= 0) setSent(sent.slice(i + 1));
    else {
      setText(value);
      setSent([]);
    }
  }
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
        value={text}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          setSent((s) => [...s, next]);
          onChange(next);
        }}
      />
    </div>
  );
}
