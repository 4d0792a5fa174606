const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Every distinct string one edit from `word`: a letter dropped, added, replaced, or two neighbours swapped. */
export function oneEditVariants(word: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  for (let i = 0; i <= word.length; i++) for (const c of LETTERS) out.add(word.slice(0, i) + c + word.slice(i));
  for (let i = 0; i < word.length; i++) for (const c of LETTERS) if (c !== word[i]) out.add(word.slice(0, i) + c + word.slice(i + 1));
  for (let i = 0; i + 1 < word.length; i++) if (word[i] !== word[i + 1]) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  out.delete(word);
  return [...out];
}
