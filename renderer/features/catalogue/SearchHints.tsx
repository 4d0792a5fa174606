import type { Synonym } from '../../../shared/catalogue/schema';

/** Acronyms the search understood, each with its meaning: "HT — human trafficking". */
export function SearchHints({ hints }: { hints: readonly Synonym[] }) {
  if (hints.length === 0) return null;
  return (
    <p className="search-hints">
      Also searching:{' '}
      {hints.map((h, i) => (
        <span key={h.id} className="search-hint">
          {i > 0 ? '; ' : ''}
          <strong>{h.term}</strong> — {h.meaning}
        </span>
      ))}
    </p>
  );
}
