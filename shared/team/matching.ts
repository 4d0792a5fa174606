import type { Member } from '../model/team';
import type { TrainingFacts, TrainingLookup } from './training-lookup';

/** Case, accents, punctuation and spacing do not make two titles or names different. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export type MemberMatch = { kind: 'found'; member: Member } | { kind: 'none' } | { kind: 'ambiguous'; count: number };

/** "Reyes, Dana" → "Dana Reyes"; null when the name is not written last name first. */
export function swappedName(name: string): string | null {
  // Only names made of letters, spaces, apostrophes, dots and hyphens: "O'Neil-Hart, Ana M." yes, a formula no.
  const m = /^([\p{L}' .-]+),\s*([\p{L}' .-]+)$/u.exec(name.trim());
  return m ? `${m[2]!.trim()} ${m[1]!.trim()}` : null;
}

/**
 * Finds members by email (exact, any case), ID number (badge, POST number,
 * username; any case) or normalised name, in O(1) per row. A name written
 * "Last, First" on either side still matches.
 */
export function createMemberMatcher(members: readonly Member[]) {
  const byEmail = new Map<string, Member[]>();
  const byExternalId = new Map<string, Member[]>();
  const byName = new Map<string, Member[]>();
  for (const m of members) {
    if (m.email) push(byEmail, m.email.toLowerCase(), m);
    if (m.externalId) push(byExternalId, m.externalId.trim().toLowerCase(), m);
    const names = new Set([normaliseText(m.name)]);
    const swapped = swappedName(m.name);
    if (swapped) names.add(normaliseText(swapped));
    for (const n of names) push(byName, n, m);
  }
  const pick = (list: Member[] | undefined): MemberMatch =>
    !list || list.length === 0 ? { kind: 'none' } : list.length === 1 ? { kind: 'found', member: list[0]! } : { kind: 'ambiguous', count: list.length };
  return {
    byEmail: (email: string): MemberMatch => pick(byEmail.get(email.trim().toLowerCase())),
    byExternalId: (id: string): MemberMatch => pick(byExternalId.get(id.trim().toLowerCase())),
    byName(name: string): MemberMatch {
      const direct = pick(byName.get(normaliseText(name)));
      const swapped = direct.kind === 'none' ? swappedName(name) : null;
      return swapped ? pick(byName.get(normaliseText(swapped))) : direct;
    },
  };
}

export type TrainingMatch = { kind: 'found'; training: TrainingFacts } | { kind: 'none' } | { kind: 'ambiguous'; ids: string[] };

/**
 * Finds a catalogue training by id, by exact title, or by normalised title or
 * also-known-as name. A normalised title shared by several trainings is ambiguous,
 * never guessed.
 */
export function createTrainingMatcher(trainings: TrainingLookup) {
  const exact = new Map<string, TrainingFacts[]>();
  const loose = new Map<string, TrainingFacts[]>();
  for (const t of trainings.all()) {
    push(exact, t.title, t);
    const names = new Set([normaliseText(t.title), ...t.alsoKnownAs.map(normaliseText)]);
    for (const n of names) if (n !== '') push(loose, n, t);
  }
  const pick = (list: TrainingFacts[] | undefined): TrainingMatch =>
    !list || list.length === 0 ? { kind: 'none' } : list.length === 1 ? { kind: 'found', training: list[0]! } : { kind: 'ambiguous', ids: list.map((t) => t.id) };
  return {
    byId: (id: string): TrainingFacts | undefined => trainings.get(id.trim()),
    byTitle(title: string): TrainingMatch {
      const direct = pick(exact.get(title.trim()));
      return direct.kind === 'none' ? pick(loose.get(normaliseText(title))) : direct;
    },
  };
}
