import { highlight } from '../../../shared/catalogue/highlight';

/** Text with the words that matched the search marked; plain text between them (no element per piece). */
export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  return <>{highlight(text, terms).map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : s.text))}</>;
}
