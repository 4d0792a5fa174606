import { useState } from 'react';

/** The catalogue search field ("/" and Ctrl/⌘+F focus it: the find shortcut in shared/shortcuts.ts). */
export function SearchBox({ value, onChange }: { value: string; onChange(q: string): void }) {
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
  return (
    <div className="search">
      <label htmlFor="catalogue-search" className="visually-hidden">
        Search the catalogue
      </label>
      <input
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
