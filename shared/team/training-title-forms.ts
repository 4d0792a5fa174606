/**
 * Other ways a course's title is written: a learning system's copy of a class named for its
 * session ("CART Training – April 6-9, 2026", "Peer-to-Peer Investigations (March 2026)",
 * "… - Cohort 3", "Feb 19 – …"), a certificate's name ("… – Certificate of Completion", or before it), a revision
 * ("… (Version 3)"), a tag before it ("[ICAC] …"), and a catalogue title's words a coordinator leaves out ("… Training", its
 * course code "FC101 …", "… - LC5WB"). Tried only after the title itself finds nothing.
 */

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
// A session's dates or its year: "April 6-9, 2026", "March 2026", "3/7/26 - 3/9/26", "2026-03-10", "Spring 2026", "FY2026".
const SESSION_DATE = new RegExp(
  [
    `${MONTH}\\s+\\d{1,2}(?:\\s*[-–]\\s*(?:${MONTH}\\s+)?\\d{1,2})?,?\\s*\\d{4}`,
    `\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?\\s+${MONTH},?\\s*\\d{4}`,
    `${MONTH},?\\s+\\d{4}`,
    '\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}(?:\\s*[-–]\\s*\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4})?',
    '\\d{4}-\\d{2}-\\d{2}',
    '(?:(?:spring|summer|fall|autumn|winter|q[1-4])\\s+|fy\\s?)?(?:19|20)\\d{2}',
  ].join('|'),
  'i',
);
// A session's name: "Cohort 3", "Session 2", "Class 26-01", or how it is given: "Virtual", "In-Person".
const SESSION_NAME = '(?:cohort|session|class|section|group)\\s*#?\\s*[a-z0-9][\\w-]{0,7}|virtual|online|in[- ]person|hybrid|live|webinar|self[- ]paced';
const SESSION_AFTER = new RegExp(`(?:\\s*[-–—:,|]\\s*|\\s+)(?:${SESSION_DATE.source}|${SESSION_NAME})$`, 'i');
const SESSION_IN_BRACKETS = new RegExp(`\\s*[([]\\s*(?:${SESSION_DATE.source}|${SESSION_NAME})\\s*[)\\]]$`, 'i');
// An acronym in brackets after the title restates it: "Peer-to-Peer Investigations (P2P)".
const ACRONYM_AFTER = /\s*\(\s*[A-Z][A-Z0-9&-]{1,7}\s*\)$/;
const TAG_BEFORE = /^\[\s*[A-Z][A-Z0-9&-]{1,9}\s*\]\s*/;
const CERTIFICATE_AFTER = /\s*[-–—:,|]\s*(?:certificate|certification)(?:\s+of\s+(?:completion|attendance|achievement|participation))?$/i;
// …or before it, as a certificate list names each one: "Certificate of Completion – …", "Certificate of Attendance: …", "… for …".
const CERTIFICATE_BEFORE = /^(?:certificate|certification)\s+of\s+(?:completion|attendance|achievement|participation|training)\s*(?:[-–—:|]\s*|\s+(?:for|in)\s+)(?=\S)/i;
// A session's day before the title, as a standing sign-in form offers each month's class: "Feb 19 – ICSTAR (NCMEC)", "3/19: …".
const SESSION_BEFORE = new RegExp(`^(?:${MONTH}\\s+\\d{1,2}(?:,?\\s*\\d{4})?|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?)\\s*[-–—:|]\\s*(?=\\S)`, 'i');
// The class's length in brackets after its title, with whatever else the sheet noted there: "(ICAC TF, 24 hrs)", "(8 hours)".
const HOURS_IN_BRACKETS = /\s*[([][^()[\]]*?\b\d+(?:\.\d+)?\s*(?:hrs?|hours?)\.?(?:[^()[\]\p{L}][^()[\]]*)?[)\]]$/iu;
// A document system's revision of a course: "(Version 3)", "v2.1", "- Rev. 4".
const VERSION_AFTER = /(?:\s*[-–—:,|]\s*|\s+|\s*(?=[([]))[([]?\s*(?:version|ver\.?|v|rev\.?|revision)\s*\d+(?:\.\d+)*\s*[)\]]?$/i;

/** The title with its session, certificate name and tags taken off one after another: each shorter form in turn, the title's own not among them. */
export function sessionForms(title: string): string[] {
  const forms: string[] = [];
  let current = title.trim();
  for (let step = 0; step < 4; step++) {
    const next = current
      .replace(TAG_BEFORE, '')
      .replace(CERTIFICATE_BEFORE, '')
      .replace(SESSION_BEFORE, '')
      .replace(VERSION_AFTER, '')
      .replace(HOURS_IN_BRACKETS, '')
      .replace(SESSION_IN_BRACKETS, '')
      .replace(CERTIFICATE_AFTER, '')
      .replace(SESSION_AFTER, '')
      .trim();
    // The acronym last, alone: "… (ICSTAR) - Cohort 3" is found by its own acronym once the cohort is off.
    const shorter = next === current ? current.replace(ACRONYM_AFTER, '').trim() : next;
    if (shorter === current || shorter === '') break;
    forms.push((current = shorter));
  }
  return forms;
}

// A word for a course at the end, which one side writes and the other leaves out.
const COURSE_WORD_END = /\s+(?:training|course|program|programme|class)$/i;
// A provider's course code before the title ("FC101 Financial …") or after it ("… - LC5WB").
const CODE_BEFORE = /^[A-Z]{1,5}\d{2,4}[A-Z]?\s+(?=\S)/;
const CODE_AFTER = /\s+[-–]\s+(?=[A-Z]*\d)[A-Z0-9]{3,8}$/;
// …or in brackets at its end, maybe after the provider's acronym ("Mandated Reporter Training (CWTA X101)"). The
// title without it is no shorter form: the code is what tells one state's mandated reporter course from another's.
const CODE_IN_BRACKETS = /\s*\((?:[A-Z]{2,6}\s+)?([A-Z]{1,5}\d{2,4}[A-Z]?)\)$/;

/** The course code a title ends with in brackets ("Mandated Reporter (X101)": X101), or null. */
export function bracketedCode(title: string): string | null {
  return CODE_IN_BRACKETS.exec(title.trim())?.[1] ?? null;
}

/** The provider's course code a title carries before or after its name ("FC101", "X101"), or null. */
export function courseCode(title: string): string | null {
  const bare = title.trim();
  return CODE_BEFORE.exec(bare)?.[0].trim() ?? CODE_AFTER.exec(bare)?.[0].replace(/^\s*[-–]\s*/, '') ?? bracketedCode(bare);
}

/** A title's shorter forms, without the words one side of a match may leave out; the title's own form is not among them. */
export function shorterTitleForms(title: string): string[] {
  return withoutWords(title, []);
}

/**
 * A catalogue title's shorter forms, as a log may write the course: those above, and the title
 * without its subtitle after a colon ("Forensic Interviews at Trial: Preparation and Presentation
 * Training" is written "Forensic Interviews at Trial") or with its acronym in brackets for the
 * words it stands for ("Enhance Early Engagement (E3) Training…" as "E3 Training…"). Only the
 * catalogue's side: a title in a file keeps its subtitle, which may name another course.
 */
export function catalogueTitleForms(title: string): string[] {
  const bare = title.trim();
  return withoutWords(bare, [...mainTitle(bare), ...acronymForms(bare)]);
}

function withoutWords(title: string, more: readonly string[]): string[] {
  const forms = new Set<string>();
  const bare = title.trim();
  for (const form of [bare.replace(CODE_BEFORE, ''), bare.replace(CODE_AFTER, ''), ...more]) {
    forms.add(form);
    forms.add(form.replace(COURSE_WORD_END, ''));
  }
  forms.delete(bare);
  forms.delete('');
  return [...forms];
}

const MAIN_TITLE = /^([^:]+):\s+\S/;

/**
 * The title before its subtitle, when what is left names one course: four words or more, or a
 * number ("MDT 101"). "Child Sex Trafficking" alone could be any such course.
 */
function mainTitle(title: string): string[] {
  const main = MAIN_TITLE.exec(title)?.[1]?.trim();
  if (main === undefined) return [];
  const words = main.split(/\s+/).length;
  return words >= 4 || (words >= 2 && /\d/.test(main)) ? [main] : [];
}

// Words an acronym passes over: "Awareness & Response (…AR)", "Services for Victims".
const SMALL_WORD = /^(?:&|and|of|the|for|in|to|on|a|an)$/i;

/** The title with each acronym in brackets written instead of the words it stands for, when their first letters spell it ("E3" is three words starting with E). */
function acronymForms(title: string): string[] {
  const forms: string[] = [];
  for (const m of title.matchAll(/\(([A-Z][A-Z0-9]{1,7})\)/g)) {
    const letters = [...m[1]!.matchAll(/([A-Z])(\d?)/g)].flatMap(([, letter, times]) => Array.from({ length: times ? Number(times) : 1 }, () => letter!));
    const words = title.slice(0, m.index).trimEnd().split(/\s+/);
    let w = words.length - 1;
    for (let l = letters.length - 1; l >= 0 && w >= 0; w--) {
      const word = words[w]!.replace(/[^\p{L}&]/gu, '');
      if (word[0]?.toUpperCase() === letters[l]) l--;
      else if (!SMALL_WORD.test(word)) break;
      if (l < 0) {
        const before = words.slice(0, w).join(' ');
        forms.push(`${before} ${m[1]}${title.slice(m.index + m[0].length)}`.trim().replace(/\s+/g, ' '));
      }
    }
  }
  return forms;
}

// Task forces' shorthand for words of course titles: "P2P" is Peer-to-Peer, "UC" undercover (ICAC's "UC Chat").
const SHORTHAND: ReadonlyMap<string, string> = new Map([
  ['p2p', 'peer to peer'],
  ['uc', 'undercover'],
]);

/**
 * The title with its shorthand written out ("P2P Investigations" → "peer to peer investigations"),
 * normalised as titles are compared; null when it has none. A shorthand alone is its course's
 * first words, so the form with "investigations" after it is offered too ("P2P").
 */
export function shorthandForms(normalised: string): string[] {
  const words = normalised.split(' ');
  if (!words.some((w) => SHORTHAND.has(w))) return [];
  const written = words.map((w) => SHORTHAND.get(w) ?? w).join(' ');
  return [written, `${written} investigations`];
}

// A program's acronym before a course's title, as a task force writes which program a class is
// from: "ICAC Peer-to-Peer Investigations", "NCMEC – …" (the dash left is no word to the matcher).
// At least two words must be left.
const ACRONYM_BEFORE = /^[A-Z][A-Z0-9]{2,5}\s+(?=\S+\s+\S)/;

/** The title without a program's acronym before it, or null when it has none. */
export function withoutAcronymBefore(title: string): string | null {
  const bare = title.trim();
  const rest = bare.replace(ACRONYM_BEFORE, '');
  return rest === bare ? null : rest;
}
