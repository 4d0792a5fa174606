/* What the file's other columns tell of the mapping's first guess: a course column no guess knows, a start date beside the completion date, a grade of letter codes, a status that is a certificate's standing, an expiry that is access ending. */

import { isUnnamedColumn, type CsvRow } from './csv-parse';
import { mappedColumns, type ColumnMapping } from './csv-mapping';
import { parseDateText, type DateOrder } from './date-cells';
import { columnSessionDay } from './training-columns';
import { excelErrorMessage } from './csv-values';
import { firstFilledCell, isCompletedValue, isNotDoneCell, isSummaryText } from './row-rules';

// Words and codes that say something of a row, not which course: a status, a yes or no, a grade.
const SHORT_CODE = /^[A-Za-z]{0,3}$/;
// Columns of who, where and how that hold words too: a group, a unit, an instructor, a method.
// Also Moodle's certificate downloads in other languages: the group ("Gruppe", "Grupo", "Groupe"), the
// department ("Abteilung", "Departamento") and the grade ("Bewertung", "Nota", "Note") with words in it
// ("Kursbewertung: 92,00 %").
const NOT_COURSE = /\b(?:gruppe|grupo|groupe|abteilung|departamento|bewertung|nota|calificaci[oó]n|avalia[cç][aã]o|group|groups|team|unit|division|section|squad|shift|district|region|location|venue|place|city|county|state|country|rank|position|supervisor|instructor|trainer|teacher|presenter|notes?|comments?|remarks|signature|phone|address|method|role|status|result|grade|agency|department|employer|company|policiaca|policial|unidad|distrito|precinto|comandancia|cuartel|unit[ée]|r[ée]gion|dienststelle|organi[sz]ation|provider|vendor|type|category|format|delivery|mode|username|user|duration|time)\b/i;

// A session's day or hours ("Thursday, April 9 (8:30 AM – 4:30 PM)", a sign-in form's choice): when, not which course.
const SESSION_TIME = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s|\b\d{1,2}:\d{2}\b/i;

/**
 * Whether a column the mapping leaves unread holds what a course column holds: words that
 * differ from row to row, none a number, a date or an address. Then the file has its own
 * course column under a header no guess knows ("Course Taken", "Adiestramiento"), and the
 * file's name is no course for all its rows: the coordinator chooses the column instead.
 */
export function hasUnreadCourseColumn(rows: readonly CsvRow[], mapping: ColumnMapping, headers: readonly string[]): boolean {
  const read = mappedColumns(mapping);
  for (let column = 0; column < headers.length; column++) {
    if (read.has(column) || NOT_COURSE.test(headers[column]!)) continue;
    const values = new Set<string>();
    let words = 0;
    let other = 0;
    for (const { cells } of rows.slice(0, 200)) {
      const text = (cells[column] ?? '').trim();
      if (text === '') continue;
      if (SHORT_CODE.test(text) || /\d{3,}|@/.test(text) || /^[\d\s.,:/%-]+$/.test(text) || SESSION_TIME.test(text) || parseDateText(text, { order: 'mdy', excel1904: false }).ok) other++;
      else words++;
      values.add(text.toLowerCase());
    }
    if (values.size >= 2 && words >= 2 && other === 0) return true;
  }
  return false;
}

// "Course Start", "Time started", "Date enrolled": when someone began, beside when they finished.
// With Moodle's Spanish and French report builder's "Tiempo inscrito", "Date d'inscription", "Fecha de inicio".
const STARTED = /(?:^|[^\p{L}])(?:start|started|starting|began|begun|enrolled|enrolment|enrollment|inscrito|inscripci[oó]n|inicio|iniciado|inscription|inscrit|d[ée]but|beginn)(?![\p{L}])/iu;

/** Whether the file has a column of when each person started beside its completion-date column. */
export function startedBesideCompleted(headers: readonly string[], mapping: ColumnMapping): boolean {
  const completed = mapping.completedOn;
  if (completed === null) return false;
  return headers.some((h, i) => i !== completed && STARTED.test(h) && !STARTED.test(headers[completed]!));
}

// A class's last day ("End Date", "To", "Thru", "Fecha fin", "bis", a database's END_DT), as a class log heads it; not an LMS's "Completed".
const CLASS_END =
  /^(?:(?:class|course|training|session|event)\s+)?(?:end|ends|ended|ending|to|thru|through|until|last day)(?:\s+(?:date|day|time|date time))?$|^(?:fecha\s+(?:de\s+)?fin|date\s+de\s+fin|fin|ende|bis|enddatum|einddatum|end[ _]dt|data\s+(?:de\s+)?(?:fine|fim))$/i;
// A class's first day ("Start Date", "From", "Begins", "von", START_DT); not "Date started" or "Enrolled", when someone began a course at their own pace.
const CLASS_START =
  /^(?:(?:class|course|training|session|event)\s+)?(?:start|starts|starting|begin|begins|beginning|from|first day)(?:\s+(?:date|day|time|date time))?$|^(?:fecha\s+(?:de\s+)?inicio|date\s+de\s+d[ée]but|d[ée]but|inicio|beginn|von|startdatum|begindatum|start[ _]dt|data\s+(?:de\s+)?(?:inizio|in[íi]cio))$/i;
// A class's one date, when a class log has no start column: "Date", "Class Date", "Training Date".
const CLASS_DATE = /^(?:(?:class|course|training|session|event)\s+)?dates?$/i;
// "End Date:", "Start date (mm/dd/yyyy)": the words alone.
const headerWords = (h: string) => h.trim().replace(/\s*\(.*\)$/, '').replace(/[:.]$/, '').replace(/\s+/g, ' ');

/**
 * A class log's start and end dates ("Start Date" / "End Date", "From" / "To", "Date" / "End"):
 * the end is the completion date, and a row with no end date is a one-day class, done on its
 * start date. Null unless a column is headed as a class's end and another as its start; an LMS's
 * "Date started" beside "Date completed" is someone who has not finished.
 */
export function classDateColumns(headers: readonly string[], mapping: ColumnMapping): { start: number; end: number } | null {
  const done = mapping.completedOn === null ? null : headerWords(headers[mapping.completedOn]!);
  // A completion column of its own ("Time completed" beside a course's start and end dates): the class's days are not its completion.
  if (done !== null && !CLASS_END.test(done) && !CLASS_START.test(done) && !CLASS_DATE.test(done)) return null;
  const read = mappedColumns(mapping);
  const free = (i: number) => i === mapping.completedOn || !read.has(i);
  const end = headers.findIndex((h, i) => free(i) && CLASS_END.test(headerWords(h)));
  if (end === -1) return null;
  const start = headers.findIndex((h, i) => i !== end && free(i) && (CLASS_START.test(headerWords(h)) || CLASS_DATE.test(headerWords(h))));
  return start === -1 ? null : { start, end };
}

// A person's rank or job, as an event's attendee list heads it "Title": "Sergeant", "Detective", "Victim Advocate".
const JOB = /\b(?:sergeant|sgt|detective|det|officer|ofc|deputy|trooper|agent|analyst|advocate|prosecutor|investigator|lieutenant|lt|captain|capt|corporal|cpl|chief|sheriff|director|manager|coordinator|supervisor|specialist|technician|examiner|attorney|social worker|counselor|therapist|nurse|interviewer|dispatcher|commander|inspector|constable|patrolman|patrol officer)\b/i;

/**
 * Whether the column guessed as the training's, headed only "Title", holds people's ranks and
 * jobs (most of its values short and naming one): an attendee list's job title, not a course.
 */
export function titleColumnHoldsJobs(rows: readonly CsvRow[], column: number, header: string): boolean {
  if (!/^\s*title\s*$/i.test(header)) return false;
  const values = new Set(filledCells(rows, column));
  let jobs = 0;
  for (const v of values) if (v.split(/\s+/).length <= 4 && JOB.test(v)) jobs++;
  return values.size > 0 && jobs >= values.size * 0.6;
}

const YES_NO = /^(?:yes|no|y|n|true|false)$/i;

/**
 * Whether a column holds only Yes and No (an event list's "Participant", "Attended"): no one's
 * name, whatever its header says.
 */
export function holdsYesNo(rows: readonly CsvRow[], column: number): boolean {
  return holdsOnly(rows, column, YES_NO);
}

/**
 * Whether a status column holds people's names instead ("Attended" over "Reyes, Lee" in a class
 * log): every filled cell has letters and no digit, and none is a status word, done or not.
 */
export function statusHoldsNames(rows: readonly CsvRow[], column: number): boolean {
  const texts = filledCells(rows, column);
  return texts.length >= 2 && texts.every((text) => /\p{L}{2}/u.test(text) && !/\d/.test(text) && !isCompletedValue(text) && !isNotDoneCell(text) && !NOT_YET.test(text));
}

/** Whether a column has filled cells and every one is such a value. */
export function holdsOnly(rows: readonly CsvRow[], column: number, value: RegExp): boolean {
  const texts = filledCells(rows, column);
  return texts.length > 0 && texts.every((text) => value.test(text));
}

/** Whether most of a column's filled cells hold a web address (a file's link, a page). */
export function holdsLinks(rows: readonly CsvRow[], column: number): boolean {
  const texts = filledCells(rows, column);
  return texts.length > 0 && texts.filter((text) => /\bhttps?:\/\//i.test(text)).length * 2 > texts.length;
}

/** Whether most of a column's distinct values (and two at least) are catalogue trainings' titles or acronyms (a "Code" column of CART, CSTAR, P2P). */
export function namesCatalogueCourses(rows: readonly CsvRow[], column: number, isCatalogueTitle: (title: string) => boolean): boolean {
  const values = new Set(filledCells(rows, column));
  let found = 0;
  for (const v of values) if (isCatalogueTitle(v)) found++;
  return found >= 2 && found >= values.size * 0.6;
}

// A grade or result column of a roster: what the codes mean.
const GRADE_HEADER = /\b(?:grade|result|outcome|disposition)\b/i;
const GRADE_CODES = new Set(['p', 'pass', 'passed', 'c', 'f', 'fail', 'failed', 'w', 'wd', 'ns', 'i', 'inc', 'x', 'u', 's']);
// S(atisfactory) beside U(nsatisfactory): a POST roster's result.
const PASSING = new Set(['p', 'pass', 'passed', 'c', 's']);

/**
 * An unread grade column of letter codes ("P", "F", "W", "NS"), some of them a pass: the rows'
 * status, so a failed or withdrawn row is no completion. Null when the file has none, or has a status column.
 */
export function gradeCodeColumn(rows: readonly CsvRow[], mapping: ColumnMapping, headers: readonly string[]): number | null {
  if (mapping.status !== null) return null;
  const read = mappedColumns(mapping);
  for (let column = 0; column < headers.length; column++) {
    if (read.has(column) || !GRADE_HEADER.test(headers[column]!)) continue;
    let codes = 0;
    let passing = 0;
    let other = 0;
    // The header again on each printed page, and a Total line's count, say nothing of the codes.
    const header = headers[column]!.trim().toLowerCase();
    for (const { cells } of rows.slice(0, 200)) {
      const text = (cells[column] ?? '').trim().toLowerCase();
      if (text === '' || text === header || isSummaryText(firstFilledCell(cells))) continue;
      if (!GRADE_CODES.has(text)) {
        other++;
        continue;
      }
      codes++;
      if (PASSING.has(text)) passing++;
    }
    if (other === 0 && passing > 0 && codes > passing) return column;
  }
  return null;
}

// What a tracker's formula says of a certificate, not of whether the course was taken.
// Also Certificate manager's Valid / Expired in its language packs (pt_br "Válido" / "Expirado", es "Válido" /
// "Caducado", de "Gültig" / "Abgelaufen", fr "Valide" / "Expiré") and trackers kept in those languages.
const CERTIFICATE_STATES = new Set([
  'current',
  'valid',
  'active',
  'ok',
  'up to date',
  'good',
  'due soon',
  'due',
  'expiring',
  'expiring soon',
  'expires soon',
  // Totara's certification statuses (Record of Learning: Certifications).
  'certified',
  'expired',
  'lapsed',
  'renew',
  'renewal due',
  'válido',
  'valido',
  'válida',
  'valida',
  'vigente',
  'expirado',
  'expirada',
  'caducado',
  'caducada',
  'vencido',
  'vencida',
  'gültig',
  'gultig',
  'abgelaufen',
  'valide',
  'expiré',
  'expirée',
  'expire',
  'scaduto',
  'scaduta',
  'geldig',
  'verlopen',
]);

/**
 * Whether the status column only says how a certificate stands (Current, Due soon, Expired: a
 * hand-made tracker's formula over the expiry date). Every dated row of such a sheet is a
 * completion; read as a completion status, none would be. The same formula says "Not completed"
 * where no one has the course yet: tolerated on a row without a completion date (undatedNotDone
 * says there were such rows, which the import then skips).
 */
export function statusIsCertificateState(rows: readonly CsvRow[], mapping: ColumnMapping): false | { undatedNotDone: boolean } {
  const column = mapping.status;
  if (column === null) return false;
  let seen = 0;
  let undatedNotDone = false;
  for (const { cells } of rows.slice(0, 200)) {
    const raw = (cells[column] ?? '').trim();
    // A formula's error ("#VALUE!") says nothing either way.
    if (raw === '' || excelErrorMessage(raw) !== null) continue;
    const text = raw.toLowerCase().replace(/[!.]+$/, '');
    const undated = mapping.completedOn !== null && (cells[mapping.completedOn] ?? '').trim() === '';
    if (CERTIFICATE_STATES.has(text)) {
      seen++;
      // A standing with no completion date (Totara's "Expired" once the record is reset): no one's record.
      if (undated) undatedNotDone = true;
    }
    // Totara's "In progress" beside the last completion's date: a renewal under way, the certificate still held.
    else if (text === 'in progress' && mapping.completedOn !== null && !undated) continue;
    else if (undated && (isNotDoneCell(text) || NOT_YET.test(text))) undatedNotDone = true;
    else return false;
  }
  return seen > 0 && { undatedNotDone };
}

// What a certificate tracker's formula says where no one has the course yet.
const NOT_YET = /^(?:not (?:yet )?(?:completed|complete|started|taken|certified)|missing|needed|required|incomplete)$/i;

/**
 * Whether the training column holds only small counts ("1", "3"): a report that counts each
 * person's courses (Moodle's custom report with the course column aggregated as Count) names
 * no course, and the file is a summary, not records. A course number has four digits or more.
 */
export function trainingColumnCounts(rows: readonly CsvRow[], mapping: ColumnMapping): boolean {
  const column = mapping.trainingTitle;
  if (column === null) return false;
  const texts = filledCells(rows, column);
  return texts.length >= 2 && texts.every((text) => /^\d{1,3}$/.test(text));
}

/** A column's filled cells (trimmed) among the first 200 rows: what the signs below look at. */
function filledCells(rows: readonly CsvRow[], column: number): string[] {
  const texts: string[] = [];
  for (const { cells } of rows.slice(0, 200)) {
    const text = (cells[column] ?? '').trim();
    if (text !== '') texts.push(text);
  }
  return texts;
}

// A certificate's own name, as a plugin lists them: "Certificate of Completion", "Certificado de participación".
const CERTIFICATE_NAME = /\b(?:certificat\w*|certificado\w*|zertifikat\w*|attestat\w*)\b/i;

/**
 * Whether the "Name" column guessed as the member's holds certificates' names: an officer's own
 * "My certificates" download (mod_customcert: Name, Course, Awarded on, Code) is one person's,
 * and names no one. Most of its names say certificate.
 */
export function nameColumnNamesCertificates(rows: readonly CsvRow[], mapping: ColumnMapping): boolean {
  const column = mapping.memberName;
  if (column === null) return false;
  const texts = filledCells(rows, column);
  return texts.length > 0 && texts.filter((text) => CERTIFICATE_NAME.test(text)).length * 2 > texts.length;
}

// A person's name as reports print it: words of letters (with apostrophes, dots and hyphens), two or more.
const PERSON_NAME = /^\p{L}[\p{L}'’.-]*(?:,?\s+\p{L}[\p{L}'’.-]*)+$/u;

// A report server's name for a text box it was given no name for ("Textbox14"): SSRS heads such a column so in its CSV.
const REPORT_TEXTBOX = /^textbox\d+$/i;

/**
 * A column of people's names the file gave no header: the first column with none (Moodle's activity
 * completion report writes nothing over its name column), or one headed by the report server's name
 * for its text box (SSRS's "Textbox14"). Only when no name column is mapped, and nearly every filled
 * cell of the first 200 rows is a name.
 */
export function unheadedNameColumn(rows: readonly CsvRow[], mapping: ColumnMapping, headers: readonly string[]): number | null {
  if (mapping.memberName !== null || mapping.memberFirstName !== null || mapping.memberLastName !== null) return null;
  // A file with no header at all (an old Moodle's JSON rows) is the coordinator's to map, column by column.
  if (headers.every(isUnnamedColumn)) return null;
  const read = mappedColumns(mapping);
  const names = (column: number): boolean => {
    const texts = filledCells(rows, column);
    return texts.length > 0 && texts.filter((text) => PERSON_NAME.test(text) && !isSummaryText(text)).length >= texts.length * 0.9;
  };
  if (isUnnamedColumn(headers[0] ?? '', 0)) return !read.has(0) && names(0) ? 0 : null;
  const boxed = headers.findIndex((h, i) => REPORT_TEXTBOX.test(h.trim()) && !read.has(i) && names(i));
  return boxed === -1 ? null : boxed;
}

/**
 * The "Total Hours" column to read instead of the "Credit Hours" the guess took, when it is the
 * course's length (SuccessFactors: TotalHours 8 beside CreditHours 0.8, academic credit) rather
 * than an officer's sum repeated on each of their rows (SSRS: TotalHours beside each course's
 * CreditHours). Null to keep the guess: no such column, or it repeats within a person's rows.
 */
export function totalHoursColumn(rows: readonly CsvRow[], mapping: ColumnMapping, headers: readonly string[]): number | null {
  if (mapping.hours === null || !/^credit\s*hours?$/i.test(headers[mapping.hours]!.trim())) return null;
  const total = headers.findIndex((h) => /^total\s*hours?$/i.test(h.trim()));
  if (total === -1) return null;
  const person = [mapping.memberExternalId, mapping.memberEmail, mapping.memberName, mapping.memberLastName].find((c) => c !== null) ?? null;
  if (person === null) return null;
  const seen = new Map<string, { total: string; credit: string }>();
  for (const { cells } of rows.slice(0, 200)) {
    const who = (cells[person] ?? '').trim();
    if (who === '') continue;
    const row = { total: (cells[total] ?? '').trim(), credit: (cells[mapping.hours] ?? '').trim() };
    const before = seen.get(who);
    // The same total beside a different course's credit: the person's sum, repeated.
    if (before && before.total === row.total && before.credit !== row.credit) return null;
    seen.set(who, row);
  }
  // Someone's rows had different totals, or no one had two rows: the total is each course's.
  return seen.size > 0 ? total : null;
}

/**
 * Where a second table beside the records starts (a summary of counts per course kept to the
 * right of a log): the column after an empty one (no header, no cell in the first 200 rows),
 * when a header after it repeats one before it ("Course" twice). Null when there is none. Its
 * columns are no fields of the records.
 */
export function sideTableStart(rows: readonly CsvRow[], headers: readonly string[]): number | null {
  for (let gap = 1; gap < headers.length - 1; gap++) {
    if (!isUnnamedColumn(headers[gap]!, gap) || rows.slice(0, 200).some((r) => (r.cells[gap] ?? '').trim() !== '')) continue;
    const left = new Set(headers.slice(0, gap).map((h) => h.trim().toLowerCase()));
    if (headers.slice(gap + 1).some((h) => left.has(h.trim().toLowerCase()))) return gap + 1;
  }
  return null;
}

// Whether someone is still on the roster: a person's standing, not a course's status.
const ROSTER_STATE = /^(?:active|inactive|left|retired|terminated|transferred|on leave|separated|resigned|current|former|new)$/i;

/**
 * Whether the status column of a training matrix only says who is still on the roster (Active,
 * LEFT, Retired): a matrix's courses are done where their cells have dates, so such a column is
 * no completion status. Read as one, no row would be a completion.
 */
export function statusIsRosterState(rows: readonly CsvRow[], mapping: ColumnMapping): boolean {
  const column = mapping.status;
  if (column === null) return false;
  const texts = filledCells(rows, column);
  return texts.length > 0 && texts.every((text) => ROSTER_STATE.test(text));
}

// Moodle attendance's statuses: Present, Late, Excused, Absent.
const ATTENDANCE_CODE = /^[PLEA]$/;
// The codes that mean the person took the session.
const ATTENDED_CODES = ['P', 'L'] as const;

/**
 * The session's day an attendance column's header gives ("12 Mar 2026 8.00AM All students":
 * columnSessionDay), as ISO, when it reads the same whichever the date order; null otherwise.
 */
export function sessionHeaderDay(header: string): string | null {
  const day = columnSessionDay(header);
  if (day === null) return null;
  const dayFirst = parseDateText(day, { order: 'dmy', excel1904: false });
  const monthFirst = parseDateText(day, { order: 'mdy', excel1904: false });
  return dayFirst.ok && monthFirst.ok && dayFirst.value === monthFirst.value ? dayFirst.value : null;
}

/**
 * The one column, taken by no field, headed with a session's day and holding only attendance
 * codes (P, L, E, A), with someone present: a one-session attendance export's statuses, with
 * the codes anywhere in it that mean attended. Null otherwise (none, or several sessions: those are a matrix).
 */
export function attendanceColumn(rows: readonly CsvRow[], mapping: ColumnMapping, headers: readonly string[]): { column: number; attended: string[] } | null {
  const taken = new Set(Object.values(mapping));
  const found = headers.flatMap((header, column) => {
    if (taken.has(column) || columnSessionDay(header) === null) return [];
    const codes = filledCells(rows, column);
    return codes.length >= 2 && codes.every((c) => ATTENDANCE_CODE.test(c)) && codes.includes('P') ? [{ column, attended: ATTENDED_CODES.filter((c) => rows.some((r) => (r.cells[column] ?? '').trim() === c)) }] : [];
  });
  return found.length === 1 ? found[0]! : null;
}

// An expiry the header ties to a certificate ("Certificate Expiry", "License expires") is the certificate's, whatever its dates.
const CERTIFICATE_WORD = /certificat|certification|credential|licen[cs]e|badge/i;

/**
 * Whether the expiry column is when a person's access to the course ends, not when the
 * certificate runs out: on every row that has both, it falls a whole number of months after
 * the row's start or enrolment date, to the day (Thinkific's "Expiry Date" a year after
 * "Started At"), and on some row it is not so from the completion date. A certificate's
 * expiry counts from completion; a row that started and finished the same day tells nothing.
 */
export function expiryCountsFromStart(rows: readonly CsvRow[], mapping: ColumnMapping, headers: readonly string[], order: DateOrder | null): boolean {
  const { expiresOn, completedOn } = mapping;
  if (expiresOn === null || completedOn === null || CERTIFICATE_WORD.test(headers[expiresOn]!)) return false;
  const read = (row: CsvRow, column: number): string | null => {
    const parsed = parseDateText(row.cells[column] ?? '', { order, excel1904: false });
    return parsed.ok ? parsed.value : null;
  };
  return headers.some((header, start) => {
    if (start === expiresOn || start === completedOn || !STARTED.test(header)) return false;
    let fromStart = 0;
    let notFromCompletion = false;
    for (const row of rows) {
      const began = read(row, start);
      const ends = read(row, expiresOn);
      if (began === null || ends === null) continue;
      if (!wholeMonthsAfter(began, ends)) return false;
      fromStart++;
      const done = read(row, completedOn);
      if (done !== null && !wholeMonthsAfter(done, ends)) notFromCompletion = true;
    }
    return fromStart >= 2 && notFromCompletion;
  });
}

/** Whether the ISO day `later` is one or more whole months after `earlier`, to the day of the month. */
function wholeMonthsAfter(earlier: string, later: string): boolean {
  return later > earlier && later.slice(8) === earlier.slice(8);
}
