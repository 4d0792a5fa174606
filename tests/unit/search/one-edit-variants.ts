const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

export type EditKind = 'drop' | 'insert' | 'replace' | 'swap';

/** Every distinct string one edit from `word` (a letter dropped, added, replaced, or two neighbours swapped), with the edit that made it. */
export function oneEditVariants(word: string): Map<string, EditKind> {
  const out = new Map<string, EditKind>();
  const add = (variant: string, kind: EditKind) => {
    if (variant !== word && !out.has(variant)) out.set(variant, kind);
  };
  for (let i = 0; i + 1 < word.length; i++) add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2), 'swap');
  for (let i = 0; i < word.length; i++) add(word.slice(0, i) + word.slice(i + 1), 'drop');
  for (let i = 0; i <= word.length; i++) for (const c of LETTERS) add(word.slice(0, i) + c + word.slice(i), 'insert');
  for (let i = 0; i < word.length; i++) for (const c of LETTERS) add(word.slice(0, i) + c + word.slice(i + 1), 'replace');
  return out;
}
