import type { Member } from '../model/team';
import type { TrainingFacts, TrainingLookup } from './training-lookup';
import { bracketedCode, catalogueTitleForms, courseCode, sessionForms, shorterTitleForms, shorthandForms, withoutAcronymBefore } from './training-title-forms';

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

/** loose: found by first and last name only (a middle name, an initial or the order differed), worth showing. */
export type MemberMatch = { kind: 'found'; member: Member; loose?: true } | { kind: 'none' } | { kind: 'ambiguous'; count: number };

/** "Reyes, Dana" → "Dana Reyes"; null when the name is not written last name first. */
export function swappedName(name: string): string | null {
  // Only names made of letters, spaces, apostrophes, dots and hyphens: "O'Neil-Hart, Ana M." yes, a formula no.
  const m = /^([\p{L}' .-]+),\s*([\p{L}' .-]+)$/u.exec(name.trim());
  if (m) return `${m[2]!.trim()} ${m[1]!.trim()}`;
  // A suffix after a second comma, as rosters print it: "OSBORNE, CARL R., III" is Carl R. Osborne III.
  const suffixed = /^([\p{L}' .-]+),\s*([\p{L}' .-]+),\s*(jr\.?|sr\.?|ii|iii|iv)$/iu.exec(name.trim());
  return suffixed ? `${suffixed[2]!.trim()} ${suffixed[1]!.trim()} ${suffixed[3]!}` : null;
}

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/** A nickname in quotes or brackets between the first and the last name: Robert "Bobby" Tran, Robert (Bobby) Tran. */
const NICKNAME = /^(\S.*?)\s+["“”'‘’(]([\p{L}.-]+)["“”'‘’)]\s+(\S.*)$/u;

/** A name with a nickname as the two names it stands for ("Robert Tran", "Bobby Tran"); none otherwise. */
export function nicknameForms(name: string): string[] {
  const m = NICKNAME.exec(name.trim());
  return m ? [`${m[1]} ${m[3]}`, `${m[2]} ${m[3]}`] : [];
}
/** A bracketed note at the end of a name: " (Inactive)", " [retired]". */
const NAME_NOTE = /\s*[([][^()[\]]*[)\]]\s*$/;
/**
 * What an MDT's list writes after a name: degrees and licences after a comma ("Tyler Nguyen,
 * LCSW", "Anita Rao, MD, FAAP"), or a badge number ("Andre Whitaker #4471").
 */
const CREDENTIALS_AFTER = /(?:\s*,\s*(?:phd|psyd|md|do|dds|rn|bsn|msn|np|fnp|pa-c|sane-[ap]|sane|lcsw|lmsw|lisw|msw|bsw|lpc|lpcc|lmft|lmhc|jd|esq|faap|cpnp|cfe|cfi|mpa|mba|med|ms|ma|ba|bs)\.?)+$/i;
const BADGE_AFTER = /\s+#\s?\d{1,8}$/;

/**
 * A rank or title before a name, as police and task-force rosters write it: "Det. Dana Reyes",
 * "Special Agent Sam Lee", "Sgt Lt", "Ms." — one or more, each with or without its dot.
 */
const TITLE_BEFORE_NAME = new RegExp(
  `^(?:(?:${[
    'special agent',
    'supervisory special agent',
    'task force officer',
    'police officer',
    'patrol officer',
    'deputy sheriff',
    'det',
    'detective',
    'sgt',
    'sergeant',
    'lt',
    'lieutenant',
    'capt',
    'cpt',
    'captain',
    'cpl',
    'corporal',
    'ofc',
    'officer',
    'po',
    'ptl',
    'patrolman',
    'dep',
    'deputy',
    'tpr',
    'trooper',
    'inv',
    'investigator',
    'sa',
    'ssa',
    'agent',
    'tfo',
    'cmdr',
    'commander',
    'chief',
    'sheriff',
    'insp',
    'inspector',
    'atty',
    'ada',
    'ausa',
    // Commonwealth ranks: Detective Constable, Police Constable, Detective Sergeant and Inspector, Superintendent, Constable.
    'dc',
    'pc',
    'ds',
    'di',
    'dci',
    'supt',
    'superintendent',
    'cst',
    'const',
    'constable',
    'sen const',
    'snr const',
    // Staff, detective and acting sergeant as Canadian and Australian rosters write them.
    's/sgt',
    'd/sgt',
    'a/sgt',
    // Spanish-speaking forces and offices: agente, sargento, teniente, cabo, licenciado/a.
    'agte',
    'agente',
    'sgto',
    'sargento',
    'tte',
    'teniente',
    'cabo',
    'lic',
    'licda',
    'mr',
    'mrs',
    'ms',
    'miss',
    'mx',
    'dr',
    // An MDT's or a unit's job before a name: "Analyst Priscilla Vance", "Advocate Jo Park".
    'crime analyst',
    'intelligence analyst',
    'analyst',
    'victim advocate',
    'advocate',
    'forensic interviewer',
  ].join('|')})\\.?\\s+)+`,
  'i',
);

/** The name without a rank or title before it ("Reyes, Det. Dana" → "Dana Reyes"); the name itself when it has none. */
export function withoutTitle(name: string): string {
  const written = swappedName(name) ?? name;
  const bare = written.replace(TITLE_BEFORE_NAME, '');
  // A title alone, or a title and one word, is not a name to look for.
  return bare === written || !hasTwoWords(bare) ? name : bare;
}

/** At least a first and a last name: two words. */
export function hasTwoWords(text: string): boolean {
  return /\S\s+\S/.test(text.trim());
}

/** A name without what lists add around it: a bracketed note after it, a rank or title before it. */
export function bareName(name: string): string {
  return withoutTitle(name.replace(NAME_NOTE, '').replace(CREDENTIALS_AFTER, '').replace(BADGE_AFTER, ''));
}

/**
 * A name as first name, last name and what is between: "Dana M. Reyes" → dana / reyes / [m];
 * "Christopher O'Neil Jr." → christopher / oneil / [] (apostrophes joined, suffixes dropped).
 * null for a single word.
 */
export function nameParts(name: string): { key: string; middle: string[] } | null {
  const words = nameWords(name);
  if (words.length < 2) return null;
  return { key: `${words[0]} ${words[words.length - 1]}`, middle: words.slice(1, -1) };
}

/** The same, for a name written last name first without a comma, as rosters print it: "REYES DANA M". */
function lastFirstParts(name: string): { key: string; middle: string[] } | null {
  const words = nameWords(name);
  if (words.length < 2) return null;
  return { key: `${words[1]} ${words[0]}`, middle: words.slice(2) };
}

/** The same, for a last name of several words before the first name: "Van Buren Ashley" → ashley / buren / [van]. */
function firstNameLastParts(name: string): { key: string; middle: string[] } | null {
  const words = nameWords(name);
  if (words.length < 3) return null;
  return { key: `${words[words.length - 1]} ${words[words.length - 2]}`, middle: words.slice(0, -2) };
}

function nameWords(name: string): string[] {
  return normaliseText(name.replace(/['’]/g, ''))
    .split(' ')
    .filter((w) => w !== '' && !SUFFIXES.has(w));
}

/** Middle names agree when either side has none, or each pair starts alike ("M." and "Maria"). */
function middlesAgree(a: readonly string[], b: readonly string[]): boolean {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.length > 1 && y.length > 1 ? x !== y : x[0] !== y[0]) return false;
  }
  return true;
}

/** An ID that is a number, as compared when the exact text found no one: without leading zeros or a ".0"; null for any other ID. */
export function idNumberKey(id: string): string | null {
  const m = /^0*(\d+?)(?:\.0+)?$/.exec(id.trim());
  return m ? m[1]! : null;
}

/**
 * Finds members by email (exact, any case), ID number (badge, POST number,
 * username; any case; a number also without the leading zeros Excel drops) or normalised name, in O(1) per row. A name written
 * "Last, First" on either side still matches. A name that matches no one exactly is
 * tried by first and last name: a middle name or initial on one side only, an
 * apostrophe or a Jr./Sr. do not keep it from its member, but different middle
 * initials do ("John A. Smith" is not "John B. Smith"); then, when no one has that
 * first and last name, as a roster prints it, last name first with no comma; and last, without
 * a bracketed note at its end ("Dana Reyes (Inactive)") or a rank or title before it ("Det. Dana Reyes").
 */
export function createMemberMatcher(members: readonly Member[]) {
  const byEmail = new Map<string, Member[]>();
  const byExternalId = new Map<string, Member[]>();
  const byName = new Map<string, Member[]>();
  const byFirstLast = new Map<string, { member: Member; middle: string[] }[]>();
  const byIdNumber = new Map<string, Member[]>();
  const byInitialLast = new Map<string, Member[]>();
  const byLast = new Map<string, Member[]>();
  const byFirstLastInitial = new Map<string, Member[]>();
  const add = (m: Member): void => {
    if (m.email) push(byEmail, m.email.toLowerCase(), m);
    if (m.externalId) push(byExternalId, m.externalId.trim().toLowerCase(), m);
    const number = idNumberKey(m.externalId ?? '');
    if (number !== null) push(byIdNumber, number, m);
    // A member kept with a nickname ("Robert \"Bobby\" Tran") is found by either name too.
    const written = [m.name, ...nicknameForms(m.name)];
    const swapped = swappedName(m.name);
    if (swapped) written.push(swapped);
    for (const n of new Set(written.map(normaliseText))) push(byName, n, m);
    for (const form of written) {
      const parts = nameParts(form);
      if (parts) push(byFirstLast, parts.key, { member: m, middle: parts.middle });
    }
    const words = nameWords(m.name);
    if (words.length >= 2) {
      const last = words[words.length - 1]!;
      push(byInitialLast, `${words[0]![0]} ${last}`, m);
      push(byLast, last, m);
      push(byFirstLastInitial, `${words[0]} ${last[0]}`, m);
    }
  };
  for (const m of members) add(m);
  /** By first and last name, for a name that matched no one exactly. */
  const byParts = (parts: { key: string; middle: string[] } | null): MemberMatch => {
    if (!parts) return { kind: 'none' };
    const found = new Set((byFirstLast.get(parts.key) ?? []).filter((c) => middlesAgree(c.middle, parts.middle)).map((c) => c.member));
    const match = pick([...found]);
    return match.kind === 'found' ? { ...match, loose: true } : match;
  };
  /**
   * By first and last name; then, for a name with no comma, as last name first ("REYES DANA M"),
   * and with the first name last after a last name of several words, as a Moodle site set to show
   * "lastname firstname" writes it ("Van Buren Ashley").
   */
  const loosely = (name: string, comma: boolean): MemberMatch => {
    const found = byParts(nameParts(name));
    if (found.kind !== 'none' || comma) return found;
    const lastFirst = byParts(lastFirstParts(name));
    return lastFirst.kind !== 'none' || name.includes(',') ? lastFirst : byParts(firstNameLastParts(name));
  };
  const byWrittenName = (name: string): MemberMatch => {
    const direct = pick(byName.get(normaliseText(name)));
    if (direct.kind !== 'none') return direct;
    const swapped = swappedName(name);
    const exact = swapped ? pick(byName.get(normaliseText(swapped))) : direct;
    return exact.kind !== 'none' ? exact : loosely(swapped ?? name, swapped !== null);
  };
  const pick = (list: Member[] | undefined): MemberMatch =>
    !list || list.length === 0 ? { kind: 'none' } : list.length === 1 ? { kind: 'found', member: list[0]! } : { kind: 'ambiguous', count: list.length };
  const matcher = {
    byEmail: (email: string): MemberMatch => pick(byEmail.get(email.trim().toLowerCase())),
    byExternalId(id: string): MemberMatch {
      const exact = pick(byExternalId.get(id.trim().toLowerCase()));
      if (exact.kind !== 'none') return exact;
      // A badge or POST number as Excel leaves it: leading zeros dropped ("054120" → 54120), or as a decimal (54120.0).
      const number = idNumberKey(id);
      return number === null ? exact : pick(byIdNumber.get(number));
    },
    byName(name: string): MemberMatch {
      const found = byWrittenName(name);
      if (found.kind !== 'none') return found;
      // What lists add around a name: a note after it, as HR and LMS lists do ("Dana Reyes (Inactive)",
      // "Reyes, Dana [retired]"), a rank or title before it, as rosters do ("Det. Dana Reyes", "Reyes, Sgt. Sam").
      const bare = bareName(name);
      const trimmed = bare === name || bare.trim() === '' ? found : byWrittenName(bare);
      if (trimmed.kind !== 'none') return trimmed.kind === 'found' ? { ...trimmed, loose: true } : trimmed;
      // A nickname in the file's name ("Robert \"Bobby\" Tran"): the member under either name.
      for (const form of nicknameForms(bare)) {
        const named = byWrittenName(form);
        if (named.kind !== 'none') return named.kind === 'found' ? { ...named, loose: true } : named;
      }
      // A first initial only, as a sheet typed in haste writes it ("Reyes, D.", "D. Reyes"): the one member it fits.
      // A rank before one word is dropped here too ("Det. Reyes"), where bareName keeps it.
      const initial = nameWords((swappedName(bare) ?? bare).replace(TITLE_BEFORE_NAME, ''));
      // A surname alone ("Det. Reyes", "CARVAJAL"), or a first name with the surname's initial ("Priya N."):
      // the one member it fits, listed for the coordinator to check.
      const partial =
        initial.length === 2 && initial[0]!.length === 1
          ? byInitialLast.get(initial.join(' '))
          : initial.length === 2 && initial[1]!.length === 1 && initial[0]!.length > 1
            ? byFirstLastInitial.get(initial.join(' '))
            : initial.length === 1 && initial[0]!.length > 1
              ? byLast.get(initial[0]!)
              : undefined;
      const fits = pick(partial);
      if (fits.kind !== 'none') return fits.kind === 'found' ? { ...fits, loose: true } : fits;
      return found;
    },
    /** Adds a member made during an import, so the file's later rows find them by the same rules. */
    add,
    /** Whether a row's e-mail, ID number or name finds someone on the team, by the rules above: looking only. */
    isOnTeam(names: { email: string; externalId: string; name: string }): boolean {
      return (
        (names.email !== '' && matcher.byEmail(names.email).kind === 'found') ||
        (names.externalId !== '' && matcher.byExternalId(names.externalId).kind === 'found') ||
        (names.name !== '' && matcher.byName(names.name).kind === 'found')
      );
    },
  };
  return matcher;
}

export type MemberMatcher = ReturnType<typeof createMemberMatcher>;

export type TrainingMatch = { kind: 'found'; training: TrainingFacts } | { kind: 'none' } | { kind: 'ambiguous'; ids: string[] };

// A course number written before or after the title, as state training records do: "03232 - CHILD
// ABDUCTION …", "3232 Courtroom Testimony", "CT-100: …", an academy's class "CART-2026-01 …", "… (#3232)", "… [CJ-101]", "… - 3232".
const NUMBER_BEFORE = /^(?:#?\d{2,6}[A-Z]?|[A-Z]{1,5}-?\d{2,5}[A-Z]?)(?:-\d{1,4})*(?:\s*[-–:]\s*|\s+)(?=\S)/i;
const NUMBER_AFTER = /\s*(?:[-–]\s*#?\d{2,6}|\(\s*#?\d{2,6}\s*\)|\[\s*[A-Z]{0,5}-?\d{2,6}\s*\])$/i;

// An acronym in brackets that names the course itself: at the title's end, or before only a word for a course.
const OWN_ACRONYM = /\(([A-Z][A-Z0-9]{2,7})\)(?:\s+(?:training|online course|course|program|seminar|conference|exercise))?$/i;
// "CART Training", "CSTAR course": the acronym with a word for a course after it.
const COURSE_WORD_AFTER = /\s+(?:training|course|class|online)$/;

// A title, then after a dash or a bar the one who gives it: "… – OVC TTAC", "… | NCJTC"; or in brackets: "… (OVC TTAC)".
const PROVIDER_AFTER = /^(.*\S)\s+[-–—|]\s+([^-–—|]{2,80})$/;
const PROVIDER_IN_BRACKETS = /^(.*\S)\s*\(([^()]{2,80})\)$/;

// A title a records system cut at its field's width ("CHILD ABDUCTION RESPONSE TEAM (CART) TRA"): at least this long.
const CUT_TITLE_MIN = 24;

/**
 * Finds a catalogue training by id, by exact title, or by normalised title or
 * also-known-as name; failing those, by the title without a course number around it.
 * A normalised title shared by several trainings is ambiguous, never guessed.
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
  // A course's own acronym in its title ("Child Abduction Response Team (CART) Training"): a log's "CART".
  // Only one the catalogue gives a single training, and that no title or other name already is.
  const acronyms = new Map<string, TrainingFacts[]>();
  for (const t of trainings.all()) {
    const own = OWN_ACRONYM.exec(t.title)?.[1];
    if (own !== undefined) push(acronyms, own.toLowerCase(), t);
  }
  for (const [key, list] of acronyms) if (list.length > 1 || loose.has(key)) acronyms.delete(key);
  // Each title without the words a coordinator leaves out ("… Training", "FC101 …"): only one the catalogue gives a single training, and no title already is.
  const shorter = new Map<string, TrainingFacts[]>();
  for (const t of trainings.all()) for (const form of catalogueTitleForms(t.title)) push(shorter, normaliseText(form), t);
  for (const [key, list] of shorter) if (list.length > 1 || loose.has(key)) shorter.delete(key);
  // Each title's course code ("FC101"), as a log may write the course alone: only one the catalogue gives a single training, and no title already is.
  const codes = new Map<string, TrainingFacts[]>();
  for (const t of trainings.all()) {
    const code = courseCode(t.title);
    if (code !== null) push(codes, normaliseText(code), t);
  }
  for (const [key, list] of codes) if (list.length > 1 || loose.has(key) || acronyms.has(key)) codes.delete(key);
  const byName = (title: string): TrainingMatch => {
    const key = normaliseText(title);
    const bracketed = bracketedCode(title);
    // A course written with its code in brackets ("Mandated Reporter (X101)") is the training with that code.
    return pick(loose.get(key) ?? acronyms.get(key.replace(COURSE_WORD_AFTER, '')) ?? codes.get(key) ?? (bracketed === null ? undefined : codes.get(normaliseText(bracketed))));
  };
  /** The title written another way: its session or certificate name taken off, a course word or code left out on either side. */
  const byOtherForm = (title: string): TrainingMatch => {
    for (const form of new Set([title.trim(), ...sessionForms(title)].flatMap((f) => [f, f.replace(NUMBER_BEFORE, '').replace(NUMBER_AFTER, '')]))) {
      const found = byName(form);
      if (found.kind !== 'none') return found;
      const shortened = pick(shorter.get(normaliseText(form)));
      if (shortened.kind !== 'none') return shortened;
      const others = shorterTitleForms(form);
      for (const other of others) {
        const named = pick(loose.get(normaliseText(other)));
        if (named.kind !== 'none') return named;
      }
      for (const written of [form, ...others].flatMap((f) => shorthandForms(normaliseText(f)))) {
        const named = pick(loose.get(written) ?? shorter.get(written));
        if (named.kind !== 'none') return named;
      }
    }
    return pick(undefined);
  };
  const titles = [...loose.keys()];
  /**
   * A title cut in the middle of a word, as a records system's fixed-width field leaves it: the one
   * catalogue title it begins, when the cut falls inside that title's word ("… TRA" of "… Training").
   * A title that ends on a whole word is never taken for a longer one.
   */
  const byCutOff = (title: string): TrainingMatch => {
    const cut = normaliseText(title);
    if (cut.length < CUT_TITLE_MIN) return pick(undefined);
    const found = new Set(titles.filter((t) => t.length > cut.length && t.startsWith(cut) && t[cut.length] !== ' ').flatMap((t) => loose.get(t)!));
    return pick([...found]);
  };
  /** A course with its provider after a dash or in brackets ("Understanding Human Trafficking – OVC TTAC", "… (OVC TTAC)"): the course, when that provider gives it. */
  const byProviderAfter = (title: string): TrainingMatch => {
    const parts = PROVIDER_AFTER.exec(title.trim()) ?? PROVIDER_IN_BRACKETS.exec(title.trim());
    if (!parts) return pick(undefined);
    const course = byOtherForm(parts[1]!);
    const provider = ` ${normaliseText(parts[2]!)} `;
    return course.kind === 'found' && provider.trim() !== '' && ` ${normaliseText(course.training.providerName)} `.includes(provider) ? course : pick(undefined);
  };
  return {
    byId: (id: string): TrainingFacts | undefined => trainings.get(id.trim()),
    byTitle(title: string): TrainingMatch {
      const direct = pick(exact.get(title.trim()));
      if (direct.kind !== 'none') return direct;
      const named = pick(loose.get(normaliseText(title)));
      if (named.kind !== 'none') return named;
      const acronym = acronyms.get(normaliseText(title).replace(COURSE_WORD_AFTER, ''));
      if (acronym) return pick(acronym);
      const bare = title.trim().replace(NUMBER_BEFORE, '').replace(NUMBER_AFTER, '');
      const numbered = bare === title.trim() || bare === '' ? named : pick(loose.get(normaliseText(bare)));
      if (numbered.kind !== 'none') return numbered;
      const other = byOtherForm(title);
      if (other.kind !== 'none') return other;
      const provided = byProviderAfter(title);
      if (provided.kind !== 'none') return provided;
      // Last, the course without the program's acronym before it: "ICAC Peer-to-Peer Investigations".
      const programmed = withoutAcronymBefore(title);
      const unprogrammed = programmed === null ? provided : byOtherForm(programmed);
      return unprogrammed.kind !== 'none' ? unprogrammed : byCutOff(title);
    },
  };
}
