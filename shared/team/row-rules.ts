import { normaliseText } from './matching';

/*
 * Which rows of an export are completions. LMS reports list everyone enrolled,
 * with a status or an empty completion date for those who have not finished, and
 * report tools add Total/Count lines at the end.
 */

/** Status words that mean completed when the user has not chosen their own list (as statusKey writes them: Hangul in its parts). */
const COMPLETED = new Set(
  [
    'yes',
    'y',
    'true',
    'complete',
    'completed',
    'passed',
    'pass',
    'achieved',
    'certified',
    // A hand-kept log's note that the certificate came: "cert rec'd", "certificate received".
    'cert rec d',
    'cert recd',
    'cert received',
    'certificate received',
    'satisfactory',
    // Moodle's activity status for a completion with a pass grade.
    'completed achieved pass grade',
    // Totara's status for a completion by recognition of prior learning (lang/en/completion.php).
    'complete via rpl',
    'completed via rpl',
    'attended',
    // Totara Seminar's attendance state for someone who took the whole session.
    'fully attended',
    'present',
    'done',
    'finished',
    'successful',
    // Rosters' letter codes: P(ass) or P(resent), C(omplete), beside F, I, W, NS.
    'p',
    'c',
    // A ticked box in a hand-made sheet: "x", or a check mark (statusKey).
    'x',
    'checked',
    // S(atisfactory), as POST rosters grade beside U(nsatisfactory).
    's',
    // Academy rosters' status of a student who finished the class.
    'graduated',
    'successfully completed',
    // Assessed as competent (Australian competency reports, beside "Not Yet Competent"); passed in French ("Réussite").
    'competent',
    'reussite',
    // A credential platform's status of a certificate or badge given (Certifier's "issued").
    'issued',
    'awarded',
    'earned',
    // Done after the due date is still done: Lexipol's and PowerDMS's "Completed Late".
    'completed late',
    'complete late',
    'completed overdue',
    // Yes and completed in other languages (compared without accents): Moodle's Completed column in
    // es "Sí", de "Ja", pt "Sim", the word itself ("Finalizado", "Abgeschlossen", "Concluída"), a
    // Mexican tracker's "Concluido".
    'si',
    'ja',
    'sim',
    'oui',
    'finalizado',
    'completado',
    'abgeschlossen',
    'concluido',
    'concluida',
    // Passed, accredited and attended as Spanish, Portuguese, French, German and Dutch sheets write them.
    'acreditado',
    'acreditada',
    'aprobado',
    'aprobada',
    'aprovado',
    'aprovada',
    'asistio',
    'reussi',
    'termine',
    'bestanden',
    'teilgenommen',
    'geslaagd',
    'voltooid',
    'afgerond',
    // Austrian "erfolgreich" (successfully), Danish and Norwegian "gennemført" / "gjennomført" and
    // "bestået" / "bestått", Finnish "suoritettu" and "hyväksytty" (compared without accents).
    'erfolgreich',
    // ø is a letter of its own, kept by the comparison; å loses its ring.
    'gennemført',
    'gjennomført',
    'bestaet',
    'bestatt',
    'suoritettu',
    'hyvaksytty',
    // Passed as Polish, Swedish, Czech ("ano", yes), Italian, Turkish and Japanese logs write it.
    'zaliczone',
    'zaliczony',
    'zaliczona',
    'godkand',
    'ano',
    'idoneo',
    'idonea',
    'basarılı',
    'basarili',
    'tamamlandı',
    'tamamlandi',
    '修了',
    // Passed or completed in Russian, Greek, Hebrew, Arabic, Korean and Chinese logs (round 12).
    'зачтено',
    'пройдено',
    'пройден',
    'επιτυχια',
    'ολοκληρωθηκε',
    'הושלם',
    'עבר',
    'ناجح',
    'مكتمل',
    '이수',
    '수료',
    '合格',
    '通过',
    '完成',
    // A checkbox column saved as CSV by Excel in another language: TRUE in German, French, Spanish,
    // Portuguese, Italian, Dutch, Polish, Turkish, Danish, Swedish and Norwegian, Finnish, Hungarian, Czech, Russian.
    'wahr',
    'vrai',
    'verdadero',
    'verdadeiro',
    'vero',
    'waar',
    'prawda',
    'doğru',
    'sand',
    'sant',
    'tosi',
    'igaz',
    'pravda',
    'истина',
    // A certification that has run out was still completed (a state's certification status report).
    'expired',
  ].map(normaliseText),
);

const CHECK_MARKS = /^[\u2713\u2714\u2611\u2705]$/u;

/** A status value as compared: normalised text, and a check mark (✓ ✔ ☑ ✅) as "checked" rather than as nothing. */
export function statusKey(value: string): string {
  const trimmed = value.trim();
  return CHECK_MARKS.test(trimmed) ? 'checked' : normaliseText(trimmed);
}

// What a status carries after its word: a score or a note ("Completed (85%)", "Passed - 90", "Complete: on time").
// After the status word: a note in brackets, after a dash, colon or comma ("Done, cert in file"), or the day it happened ("cert rec'd 1/30").
const STATUS_DETAIL = /\s*(?:\(|\[|\s[-–—]\s|:|,\s).*$|\s+\d{1,2}\/\d{1,2}(?:\/\d{2,4})?$/s;
// A note that takes the word back: Moodle's "Completed (did not achieve pass grade)".
const NEGATIVE_DETAIL = /\b(?:not|no|fail|failed|failing|incomplete|never|without)\b/i;

// A progress column's whole: 100, 100%, 100.0% (Totara's Record of Learning, an LMS's progress).
const FULL_PROGRESS = /^100(?:\.0+)?\s*%?$/;
// Totara's certification status for someone certified: when the window to recertify opens, or when it expires.
const CERTIFIED_UNTIL = /^(?:window opens|expires)\s+\S*\d/i;

// A status that names what it is of first: SuccessFactors' "Course Complete", "Item Completed".
const OF_WHAT = /^(?:course|training|item|class|program|programme|curriculum|module)\s+(?=\S)/i;

export function isCompletedValue(value: string): boolean {
  if (COMPLETED.has(statusKey(value))) return true;
  if (OF_WHAT.test(value.trim()) && COMPLETED.has(statusKey(value.trim().replace(OF_WHAT, '')))) return true;
  if (CERTIFIED_UNTIL.test(value.trim()) || FULL_PROGRESS.test(value.trim())) return true;
  const word = value.replace(STATUS_DETAIL, '');
  if (word === value || word.trim() === '' || NEGATIVE_DETAIL.test(value.slice(word.length))) return false;
  return COMPLETED.has(statusKey(word));
}

/** The values of a status column that would count as completed, as first guessed. */
export function guessCompletedValues(values: readonly string[], statusHeader = ''): string[] {
  const blankCounts = blankStatusCounts(statusHeader);
  return values.filter((v) => (v === BLANK_STATUS ? blankCounts : isCompletedValue(v)));
}

// A column that names a status ("Status", "Result", "Estatus"), as against one that asks a yes-or-no
// question ("Completed?", "Attended", "Done"), where a blank is the unticked answer.
const STATUS_HEADER =
  /^(?:(?:completion|course|student|training|class|transcript|enrollment|enrolment|record)\s+)?(?:status|result|outcome|estatus|estado|situa[cç][aã]o|situaci[oó]n|statut|[ée]tat|stand|resultado)$/i;

/**
 * Whether a blank status beside a completion date counts as completed when the coordinator has not
 * chosen: under a status column, whose older rows a log often leaves blank (the column was added
 * later), the date says it was done. Decided by the header, so each row is read on its own.
 */
export function blankStatusCounts(statusHeader: string): boolean {
  return STATUS_HEADER.test(statusHeader.replace(/[#()[\]_:.?*/-]+/g, ' ').replace(/\s+/g, ' ').trim());
}

/** The status value of a row with a completion date and nothing in its status cell (import-survey.ts lists it). */
export const BLANK_STATUS = '';

/** One name from a Member name column, or from First and Last name columns. */
export function memberNameFromCells(name: string, first: string, last: string): string {
  if (name !== '') return name;
  return `${first} ${last}`.trim();
}

const COUNT = /^\d{1,4}$/;

/** A bare count ("12"), as a Total line writes under each course of a training matrix: not a date. */
export function isCountCell(text: string): boolean {
  return COUNT.test(text);
}

// With a count's label as trackers write it: "# Completed", "# of trained", "No. of officers", "Number trained".
const SUMMARY = /^(?:(?:grand\s+)?(?:total|totals|sub-?total|sum|count|average|avg|number of|number trained|number completed|records?)\b|#\s*(?:of\s+)?[a-z]|no\.?\s+of\b)/i;
// A group's footer as report writers label it: "Officer Total:", "Course Total", "Page Subtotal".
const GROUP_TOTAL = /^(?:\p{L}+\s+){1,2}(?:sub-?)?totals?:?$/iu;

// A label and a count, as a roster's footer writes it: "Officers certified: 4", "Students: 12".
const LABELLED_COUNT = /^\p{L}[\p{L} ]{1,29}:\s*\d{1,5}$/u;

/** A row's first non-blank cell (trimmed) that starts a Total, Count or Sum line, is a group's "… Total:" label, or a label and a count. */
export function isSummaryText(firstCell: string): boolean {
  return SUMMARY.test(firstCell) || GROUP_TOTAL.test(firstCell) || LABELLED_COUNT.test(firstCell);
}

/**
 * A row of bare whole numbers only: a web grid's page links ("1 2 3") or a count line. No record
 * is that: a record names someone and a course. Checked with the row's other signs (no date).
 */
export function isNumbersOnly(cells: readonly string[]): boolean {
  let filled = false;
  for (const cell of cells) {
    const text = cell.trim();
    if (text === '') continue;
    if (!/^\d+$/.test(text)) return false;
    filled = true;
  }
  return filled;
}

/**
 * Whether a line typed where a name goes is a heading or a note, not a person: it has a digit
 * or a colon ("Quarter 1", "Day 2:", "Total hours: 20", "3 attendees"), which names do not.
 */
export function isHeadingText(text: string): boolean {
  return /[\d:]/.test(text);
}

/** A row's first filled cell (trimmed), or '' when none is: where a line's label ("Total", "Officer:") sits. */
export function firstFilledCell(cells: readonly string[]): string {
  for (let i = 0; i < cells.length; i++) {
    const text = cells[i]!.trim();
    if (text !== '') return text;
  }
  return '';
}

/**
 * The one filled cell of a row (trimmed), or null when none or more than one is filled. A
 * record needs at least a member and a date, so such a line is a heading between groups of
 * rows ("Quarter 1") or a note under the table ("Prepared by: Records Unit").
 */
export function singleFilledCell(cells: readonly string[]): string | null {
  let found: string | null = null;
  for (let i = 0; i < cells.length; i++) {
    const text = cells[i]!.trim();
    if (text === '') continue;
    if (found !== null) return null;
    found = text;
  }
  return found;
}

/**
 * Whether a line repeats the header row (two exports pasted into one sheet): every filled cell is
 * its column's header (case aside), and at least two are filled. It runs on every row, so the
 * header is lower-cased once and a record fails at its first filled cell.
 */
export function createHeaderRepeatCheck(headers: readonly string[]): (cells: readonly string[]) => boolean {
  const keys = headers.map((h) => h.trim().toLowerCase());
  return (cells) => {
    let filled = 0;
    for (let i = 0; i < cells.length; i++) {
      const text = cells[i]!.trim();
      if (text === '') continue;
      const key = keys[i];
      if (key === undefined || text.length !== key.length || text.toLowerCase() !== key) return false;
      filled++;
    }
    return filled >= 2;
  };
}

const DIGIT = /\d/;
// A pivot table's header under the log: its values' column ("Sum of Hours" in Excel, "Sum - Hours" in LibreOffice, "Count of Name").
const PIVOT_VALUE = /^\s*(?:sum|count|average|max|min)\s*(?:of\b|[-–:])\s*\S/i;

/**
 * A row that heads another table further down the file, as a meeting's attendance report puts
 * its list of each join and leave under the list of participants: two filled cells or more that
 * are this header's names, at least one of them in another column than the header's (the
 * columns moved, so this mapping cannot read the rows under it), and no digit in any (every
 * record has a date); or a pivot table's header ("Training, Sum - Hours"). A cell is tested for
 * digits first: a record fails there, at its date.
 */
export function createOtherTableCheck(headers: readonly string[]): (cells: readonly string[]) => boolean {
  const columnOf = new Map<string, number>();
  headers.forEach((h, i) => {
    const key = h.trim().toLowerCase();
    if (key !== '' && !columnOf.has(key)) columnOf.set(key, i);
  });
  return (cells) => {
    for (let i = 0; i < cells.length; i++) if (DIGIT.test(cells[i]!)) return false;
    let named = 0;
    let moved = false;
    let summed = false;
    for (let i = 0; i < cells.length; i++) {
      summed ||= PIVOT_VALUE.test(cells[i]!);
      const column = columnOf.get(cells[i]!.trim().toLowerCase());
      if (column === undefined) continue;
      named++;
      if (column !== i) moved = true;
    }
    return (named >= 2 && moved) || summed;
  };
}

// What such notes say: a cell in brackets, a date format, or the words of a template's instructions.
const NOTE = /^\(.*\)$|\b(?:mm|dd|yy|yyyy|e\.g|example|required|optional|enter|format)\b/i;

const POINTS_POSSIBLE = /^\s*points possible\s*$/i;

/** Canvas's grade export: the points each assignment is out of, on the line under the header, where a name goes. */
export function isPointsPossible(cells: readonly string[]): boolean {
  return POINTS_POSSIBLE.test(cells[0] ?? '');
}

const MANUAL_POSTING = /^manual posting(?:\s*\(.*\))?$/i;

/** Canvas's line over Points Possible when an assignment posts its grades by hand: "Manual Posting" under those columns only. */
export function isManualPosting(cells: readonly string[]): boolean {
  let filled = false;
  for (const cell of cells) {
    const text = cell.trim();
    if (text === '') continue;
    if (!MANUAL_POSTING.test(text)) return false;
    filled = true;
  }
  return filled;
}

/**
 * A line of notes on the columns, as hand-made templates put under their header ("(Last,
 * First)", "(as on the certificate)", "MM/DD/YYYY", "Required"): two filled cells or more, no
 * digit in any (every record has a date with digits), and at least one that reads as a note. A
 * record with a date written in words stays a record, and its date an error.
 */
export function isColumnNotes(cells: readonly string[]): boolean {
  let filled = 0;
  let note = false;
  for (let i = 0; i < cells.length; i++) {
    const text = cells[i]!.trim();
    if (DIGIT.test(text)) return false;
    if (text === '') continue;
    filled++;
    note ||= NOTE.test(text);
  }
  return filled >= 2 && note;
}

// What a training matrix's cell says when the course was not done: no date to record. English, then
// what coordinators type in German, Dutch, French, Spanish and Portuguese (cancelled, pending, planned,
// in progress, enrolled, not applicable: "s.o.", "n.v.t.", "k.A.", "N/D").
const NOT_DONE =
  /^(?:n\/?a|n\.a\.?|na|none|nil|no|never|tbd|tba|to do|todo|not\b.*|pending\b.*|scheduled\b.*|sched\b.*|registered\b.*|reg'?d\b.*|wait\s?-?list(?:ed)?\b.*|enrolled\b.*|in progress\b.*|due\b.*|exempt\b.*|waived\b.*|expired\b.*|overdue\b.*|booked\b.*|cancell?ed\b.*|postponed\b.*|rescheduled\b.*|no[- ]show\b.*|[-–—?]+|k\.\s?a\.?|n\.v\.t\.?|s\/?o|s\.o\.?|n\/d|(?:abgesagt|storniert|entf(?:ä|ae)llt|ausstehend|geplant|offen|geannuleerd|afgezegd|gepland|annul[ée]e?|report[ée]e?|pr[ée]vue?|en attente|[àa] venir|sans objet|cancelad[oa]|pendiente|en curso|en progreso|programad[oa]|reprogramad[oa]|inscrit[oa]?|no aplica|agendad[oa]|pendente|em andamento|n[ãa]o se aplica)(?:\s.*)?)$/i;
// A class called off, noted after its title by whoever keeps the sheet: "Courtroom Testimony (cancelled)".
const CALLED_OFF = /[([]\s*(?:cancell?ed|postponed|no[- ]show|rescheduled)(?:\s*(?:[-–:,;]|to\b|by\b|due\b)[^)\]]*)?[)\]]\s*$/i;

// A note that opens by saying the person did not take the class: "NO SHOW - rescheduled", "Did not attend", "Cancelled by unit".
// Indian statements' "Not reported" (did not join) and "Relieved midway" (sent back before the end) too.
// A part of the class only: "attended day 1 only", "partial - 1 of 3 modules", "left early", "incomplete".
const NOT_DONE_NOTE = /^(?:upcoming|no[- ]?show|did\s*n[o']?t\s+(?:attend|show|complete|finish)|absent|cancell?ed|withdr[ae]wn?|dropped|not\s+(?:attended|completed|finished|taken|reported)|relieved\s+(?:midway|mid-way|early|before)|partial(?:ly)?|incomplete|left\s+early|attended\s+(?:day|days|session|sessions|part|half)\b.*\bonly|(?:rescheduled|postponed)(?!\s+from)|failed|did\s*n[o']?t\s+pass|not\s+passed)\b|\bno\s+credit\b|\bnot\s+credited\b/i;

// A heading over a block of notes kept under the log ("NOTES", "Comments:"), in the languages of the headers.
const NOTES_HEADING = /^(?:notes?|comments?|remarks?|notas?|observaciones|observa[çc][õo]es|bemerkungen|anmerkungen|remarques)\s*:?$/i;

/** Whether a line's one filled cell heads a block of notes: what follows it is no records. */
export function isNotesHeading(text: string): boolean {
  return NOTES_HEADING.test(text.trim());
}

// A letter in a matrix's cell is a code its legend explains (E exempt, S scheduled, R registered, W waived,
// N not yet): no date, so no record. X, C(omplete), P(assed) and Y(es) are ticks, read as such.
const MATRIX_CODE = /^(?![xcpy]$)[a-z]$/i;

/** A matrix cell's letter that is a code for not done, not a tick. */
export function isMatrixCode(text: string): boolean {
  return MATRIX_CODE.test(text.trim());
}

/** A notes cell that says the row is no completion. */
export function isNotDoneNote(text: string): boolean {
  return NOT_DONE_NOTE.test(text.trim());
}

/** A training's title with a note that the class did not take place for this person ("(cancelled)", "[no-show]"). */
export function isCalledOffTitle(text: string): boolean {
  return CALLED_OFF.test(text);
}

// A signature block under the table: labels with blanks to write on ("Prepared by: ________", "Date: ____", "Vo. Bo.:").
const SIGN_OFF_CELL = /^(?:[^\d:]{1,30}:\s*_*|_{3,})$/;

// A template's example: a cell marked so in brackets, the word alone, or "e.g." before it ("Doe, John (EXAMPLE)", "EXAMPLE", "e.g. Dana Reyes").
// Not a word that starts a name: "Example County Sheriff" is an agency.
const EXAMPLE_CELL = /[([]\s*(?:example|sample)\s*[)\]]|^(?:example|sample)\s*:?$|^e\.\s?g\.?\s/i;

/** A row a template gives as an example of how to fill it in. */
export function isExampleRow(cells: readonly string[]): boolean {
  return cells.some((cell) => EXAMPLE_CELL.test(cell.trim()));
}

// A sheet's key to its colours or codes, typed under the table: "Legend: · Green = current · Red = expired", "Key: X = done".
const LEGEND = /^(?:legend|(?:colou?r\s+)?(?:key|codes?|legend))\s*:|^legend$/i;

/** A line that is the sheet's legend: its cells say what colours or codes mean, no record's. */
export function isLegendLine(cells: readonly string[]): boolean {
  return LEGEND.test(firstFilledCell(cells));
}

/** A line whose every filled cell is a label with a blank after it, or a blank line to sign on. */
export function isSignOffLine(cells: readonly string[]): boolean {
  let filled = false;
  for (const cell of cells) {
    const text = cell.trim();
    if (text === '') continue;
    // Every such cell has a colon or starts a blank line: a record's first cell is read no further.
    if ((!text.includes(':') && text.charCodeAt(0) !== 0x5f) || !SIGN_OFF_CELL.test(text)) return false;
    filled = true;
  }
  return filled;
}

/**
 * A training matrix's cell that says the course is not done ("N/A", "Not required", "Scheduled
 * 3/2027", "Due", "Exempt", "-"): skipped and counted, as a not-completed status is.
 */
export function isNotDoneCell(text: string): boolean {
  return NOT_DONE.test(text.trim());
}
