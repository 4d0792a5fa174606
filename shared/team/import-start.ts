import { coursePairs, yearColumns } from './course-pairs';
import { guessMapping, importFields, mappedColumns, memberIdentityFields, type ColumnMapping } from './csv-mapping';
import type { Member } from '../model/team';
import { memberFromFile } from './member-above';
import { looksGroupedByCourse, looksGroupedByPerson } from './grouped-by-heading';
import { parseCsvTable, type CsvTable } from './csv-parse';
import { decodeBytes, type Decoded, type TextEncodingName } from './decode-bytes';
import type { ImportOptions } from './import-options';
import { suggestMapping, type ImportPreset } from './import-presets';
import { dottedMonthFirst, orderFromRestOfFile, presetDateOrder } from './first-date-order';
import { attendanceColumn, holdsLinks, holdsOnly, statusHoldsNames, sessionHeaderDay, classDateColumns, gradeCodeColumn, holdsYesNo, namesCatalogueCourses, titleColumnHoldsJobs, hasUnreadCourseColumn, startedBesideCompleted, expiryCountsFromStart, nameColumnNamesCertificates, unheadedNameColumn, sideTableStart, statusIsCertificateState, statusIsRosterState, totalHoursColumn, trainingColumnCounts } from './column-signs';
import { createMemberMatcher, createTrainingMatcher, normaliseText } from './matching';
import { findSavedMapping, type SavedMapping } from './saved-mappings';
import type { TrainingFacts, TrainingLookup } from './training-lookup';
import { isWorkbookFile } from './zip-signature';
import { attendedValues, sessionHeaders } from './session-columns';
import { guessPersonColumns } from './person-columns';
import { guessTrainingColumns } from './training-columns';
import { looksRepeatedAbove } from './repeat-above';
import { findsOnTeam, looksLikePeopleInCells } from './people-in-cell';
import { dayFromFile } from './day-from-file';
import { trainingAbove } from './training-above';
import { jsonTableText, looksLikeJson } from './json-table';
import { markupTableKind, withEntitiesDecoded, type MarkupTable } from './markup-table';
import type { SheetPick, WorkbookSheet } from './xlsx-sheet';

export interface LoadedFile {
  name: string;
  bytes: Uint8Array;
  decoded: Decoded;
  table: CsvTable;
  /** The worksheet read, when the file is a workbook (.xlsx, .xls, .ods); its text is then UTF-8 by construction. */
  sheetName?: string;
  /** Every worksheet of that workbook, for the choice of another. */
  sheetNames?: string[];
  /** The text is a spreadsheet in markup (markup-table.ts), read as a workbook after decoding. */
  markup?: MarkupTable;
  /** The text is JSON (json-table.ts): records keyed by column, or rows of values with no header. */
  json?: 'records' | 'rows without a header';
  /** The workbook counts days from 1904 (old Mac Excel): the first mapping ticks Excel's 1904 date system. */
  date1904?: boolean;
  /** The header row the coordinator chose (withHeaderRow); absent = the one found in the file. */
  headerRow?: number;
}

/** The same file read again under the header row the coordinator chose (null: the one found). */
export function withHeaderRow(file: LoadedFile, headerRow: number | null): LoadedFile {
  const { headerRow: _was, ...rest } = file;
  return { ...rest, table: parseCsvTable(file.decoded.text, headerRow), ...(headerRow === null ? {} : { headerRow }) };
}

export type MappingSource = { kind: 'saved'; name: string } | { kind: 'preset'; preset: ImportPreset } | { kind: 'guess' };

/** Bytes → text (the chosen or detected encoding) → table. */
export function readTable(name: string, bytes: Uint8Array, encoding: TextEncodingName | null): LoadedFile {
  const decoded = decodeBytes(bytes, encoding ?? undefined);
  return { name, bytes, decoded, table: parseCsvTable(decoded.text) };
}

/**
 * Reads a workbook's sheet as CSV text (xlsxSheetText). The window runs it on a Web Worker,
 * so SheetJS is neither in the page's bundle nor on its thread.
 */
export type WorkbookReader = (input: Uint8Array | string, sheetName?: string, pick?: SheetPick) => Promise<WorkbookSheet>;

/**
 * readTable, or for a spreadsheet workbook (Excel .xlsx or .xls, OpenDocument .ods, a web page's
 * table or an Excel XML spreadsheet) a worksheet (`sheet`, else its first with any cell) through
 * the same table rules.
 */
export async function readImportFile(
  name: string,
  bytes: Uint8Array,
  encoding: TextEncodingName | null,
  readWorkbook: WorkbookReader,
  sheet?: string,
): Promise<LoadedFile> {
  if (isWorkbookFile(bytes)) {
    let read = await readWorkbook(bytes, sheet);
    let table = parseCsvTable(read.text);
    // A template's instructions, a summary of counts or the team's roster on its first sheet, the log on another:
    // the first sheet whose header names people and what they did; failing that, the first naming either, when the first sheet names less.
    if (sheet === undefined && sheetKind(table) !== 'records') {
      const first = sheetKind(table);
      let fallback: { read: WorkbookSheet; table: CsvTable; kind: SheetKind } | null = null;
      for (const other of read.sheetNames.slice(read.sheetNames.indexOf(read.sheetName) + 1).filter((name) => !read.hiddenSheets.includes(name))) {
        const next = await readWorkbook(bytes, other);
        const nextTable = parseCsvTable(next.text);
        const kind = sheetKind(nextTable);
        if (kind === 'records') {
          fallback = { read: next, table: nextTable, kind };
          break;
        }
        fallback ??= kind === 'none' ? null : { read: next, table: nextTable, kind };
      }
      if (fallback !== null && SHEET_RANK[fallback.kind] > SHEET_RANK[first]) [read, table] = [fallback.read, fallback.table];
    }
    return { name, bytes, decoded: { text: read.text, encoding: 'utf-8', reason: 'spreadsheet workbook' }, table, sheetName: read.sheetName, sheetNames: read.sheetNames, date1904: read.date1904 };
  }
  const decoded = decodeBytes(bytes, encoding ?? undefined);
  if (looksLikeJson(decoded.text)) {
    const json = readJsonFile(name, bytes, decoded, sheet);
    if (!('message' in json)) return json;
    // Not JSON after all ("[Draft] Training log" above a CSV's header): read as the text it is,
    // unless the file says it is JSON.
    if (/\.json$/i.test(name)) throw new Error(json.message);
  }
  const markup = markupTableKind(decoded.text);
  if (markup === null) return { name, bytes, decoded, table: parseCsvTable(decoded.text) };
  // Decoded here, so the encoding shown (and chosen) is the one the table is read in.
  const page = markup === 'web page table';
  const read = await readWorkbook(page ? withEntitiesDecoded(decoded.text) : decoded.text, sheet, page ? 'largest' : 'first-filled');
  // An XML spreadsheet has worksheets to choose from; a web page, when it has several tables.
  const sheets = !page || read.sheetNames.length > 1 ? { sheetName: read.sheetName, sheetNames: read.sheetNames } : {};
  // decoded.text is what the table was read from, as for a workbook: the import sends it to be saved.
  return { name, bytes, decoded: { ...decoded, text: read.text }, table: parseCsvTable(read.text), markup, ...sheets };
}

/**
 * What a worksheet's header says it holds: 'records' names people and a course or a date (a
 * log); 'what' names a course or a date and another field but no one (a summary of counts, a
 * list of course codes, one officer's transcript); 'who' names people only (a roster, or a
 * class's sign-in sheet with its course in the title); 'none' (instructions).
 */
type SheetKind = 'records' | 'what' | 'who' | 'none';
const SHEET_RANK: Record<SheetKind, number> = { records: 3, what: 2, who: 1, none: 0 };

function sheetKind(table: CsvTable): SheetKind {
  const mapping = guessMapping(table.headers);
  const fields = Object.values(mapping).filter((c) => c !== null).length;
  const what = mapping.completedOn !== null || mapping.trainingTitle !== null || mapping.trainingId !== null;
  const who = memberIdentityFields.some((f) => mapping[f] !== null);
  return who && what ? 'records' : what && fields >= 2 ? 'what' : who ? 'who' : 'none';
}

const jsonTableName = (i: number) => `Table ${i + 1}`;

/** A JSON download's records (json-table.ts) as the table; several lists of records are offered like a page's tables. */
function readJsonFile(name: string, bytes: Uint8Array, decoded: Decoded, sheet?: string): LoadedFile | { message: string } {
  const wanted = sheet === undefined ? undefined : Number(/\d+$/.exec(sheet)?.[0] ?? 0) - 1;
  const read = jsonTableText(decoded.text, wanted);
  if (!read.ok) return { message: read.message };
  const sheets = read.tables > 1 ? { sheetName: jsonTableName(read.table), sheetNames: Array.from({ length: read.tables }, (_, i) => jsonTableName(i)) } : {};
  // As for a web page: the table's text is what the import sends to be saved.
  return { name, bytes, decoded: { ...decoded, text: read.text }, table: parseCsvTable(read.text), json: read.headerless ? 'rows without a header' : 'records', ...sheets };
}

/** The one day a roster's title lines or file name give, if any. */
function dayOfFile(file: LoadedFile): string | null {
  const day = dayFromFile(file.name, file.table.skippedAbove);
  return day?.kind === 'found' ? day.day : null;
}

/** The worksheet read and how many the workbook has: a sheet per course names its course (trainingAbove). */
export function sheetOf(file: LoadedFile): { name: string; sheets: number } | undefined {
  return file.sheetName === undefined ? undefined : { name: file.sheetName, sheets: file.sheetNames?.length ?? 1 };
}

/** The catalogue training a title finds by the matcher's rules, the matcher made on first use and shared by every question of one first guess. */
function catalogueFinder(trainings: TrainingLookup): (title: string) => TrainingFacts | undefined {
  let matcher: ReturnType<typeof createTrainingMatcher> | null = null;
  return (title) => {
    const found = (matcher ??= createTrainingMatcher(trainings)).byTitle(title);
    return found.kind === 'found' ? found.training : undefined;
  };
}

const catalogueTrainingNamed = (trainings: TrainingLookup, name: string) => trainings.all().find((t) => normaliseText(t.title) === normaliseText(name) || t.id === name);

/**
 * The parts of a file name between its dashes and underscores, each as a hint: Moodle's
 * certificate reports are named "<course>-<certificate name>.txt" or "<course>_<certificate>.txt",
 * where the course alone may be a catalogue title.
 */
function fileNameParts(fileName: string): string[] {
  const parts = (cut: RegExp) =>
    trainingHintFromFileName(fileName.replace(cut, '\u0000'))
      .split('\u0000')
      .map((part) => part.trim())
      .filter((part) => part !== '');
  // Cut at a spaced dash or an underscore first, so a title's own hyphens stay ("Peer-to-Peer Investigations - Users").
  return [...parts(/\s+[-–—]\s+|_+/g), ...parts(/[-_]+/g)];
}

// A session's day in a file name ("CART roster 2026-04-09", "roster_04-09-2026", "20260409"): read by day-from-file.ts, not part of the course.
const DAY_IN_NAME = /(?:^|(?<=[\s_-]))(?:\d{4}[-.]\d{1,2}[-.]\d{1,2}|\d{1,2}[-.]\d{1,2}[-.]\d{2,4}|(?:19|20)\d{6})(?=$|[\s_-])/g;

/** "completion-cart_2026.csv" → "cart 2026": what a one-course LMS report's file name says about the course. */
export function trainingHintFromFileName(fileName: string): string {
  return fileName
    .replace(/\.[a-z0-9]{1,5}$/i, '')
    // A browser's " (1)" on a file downloaded twice.
    .replace(/\s*\(\d{1,3}\)$/, '')
    // What a form or meeting tool adds to its download's name: Microsoft Forms' range of answers "(1-8)",
    // Google Forms' "(Responses) - Form Responses 1", Google Meet's "(2026-06-09 at 12:55 GMT-5) - Attendance report".
    .replace(/\s*\(\d+-\d+\)$/, '')
    .replace(/\s*(?:\(responses\)(?:\s*-\s*form responses \d+)?|-\s*form responses \d+)$/i, '')
    .replace(/\s*-\s*attendance report$/i, '')
    .replace(/\s*\(\d{4}-\d{2}-\d{2} at [^()]*\)$/i, '')
    // Jotform's stamp after its form's name: "…Sheet2026-02-26_17_02_44".
    .replace(/\d{4}-\d{2}-\d{2}_\d{2}_\d{2}_\d{2}$/, '')
    // A sign-in sheet's own words, and the days it was for ("– April 9 & 10"), say nothing of the course.
    .replace(/[-_–—\s]+(?:daily[-_\s]+)?sign[-_\s]?in(?:[-_\s]+sheet)?(?=[-_–—\s]|$)/i, '')
    .replace(/\s*[-–—]\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:\s*(?:&|and|-|–)\s*\d{1,2})?(?:,?\s*\d{4})?$/i, '')
    .replace(DAY_IN_NAME, ' ')
    // A download's stamp and kind before the course: Canvas's "2026-03-07T1405_Grades-CT101",
    // Blackboard's "gc_CT101-2026SP_fullgc_2026-03-07-14-05-22".
    .replace(/^\d{4}-\d{2}-\d{2}T\d{4}[-_ ]+/, '')
    .replace(/^(?:grades|calificaciones|gc)[-_ ]+/i, '')
    // IOMAD's "<company> course completion report <course>".
    .replace(/^.*?\bcourse completion report\b[-_ ]*/i, '')
    .replace(/[-_ ]+fullgc(?:[-_ ].*)?$/i, '')
    // Brightspace's "<course>_GradesExport_2026-04-10-15-42".
    .replace(/[-_ ]+GradesExport(?:[-_ ].*)?$/i, '')
    // A certificate report's own name says nothing of the course: tool_certificate's "Certificates issued" (Portuguese, Spanish too).
    .replace(/^(?:certificates issued|issued certificates|certificados emitidos)$/i, '')
    // Moodle's activity completion download: "progress.<course short name>".
    .replace(/^progress\./i, '')
    .replace(/^(?:completion|customcert-report|course-certificate-issues|certificate-issues|issued-certificates|certificates?|report|export)(?:[-_ ]+|$)/i, '')
    // The certificate named after its course: "Peer-to-Peer Investigations Certificate", "… - Certificate of Completion",
    // "TJ-2026_Certificado de finalización".
    .replace(
      /[-_ ]+(?:certificate(?: of (?:completion|attendance|achievement|participation))?|certificado(?: de (?:finalizaci[oó]n|conclus[ãa]o|conclusi[oó]n|participaci[oó]n|asistencia))?|certificat(?: de (?:r[ée]ussite|participation))?|zertifikat|certificato)$/i,
      '',
    )
    // An attendance download's own name ("meetingAttendanceList") says nothing of the course; a meeting's name after it ("(CART)") does.
    .replace(/^meeting\s*attendance\s*(?:list|report)\s*(?:\((.*)\))?/i, '$1')
    .replace(/[-_]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const ANONYMOUS = /^anonymous$/i;
const FULL_NAME = /^(?:users?\s+)?full\s*name(?:\s+with\s+link)?$/i;
const BARE_NAME = /^name$/i;
// A question for the person's name ("Full name", "Your name"), not a course's or an agency's.
const PERSON_NAME = /^(?!.*\b(?:course|training|class|session|agency|department|unit|supervisor|instructor)\b).*\bname\b/i;
const ISSUED_OR_NOT = /^(?:(?:not\s+)?(?:issued|received|on file|sent)|yes|no|y|n|pending|n\/?a)$/i;

// A column headed as the certificate itself, not its number: "Certificate", "Certificate Name", "Credential".
const CERTIFICATE_NAME = /^(?:certificate|certification|credential|award)(?:\s+(?:name|title))?$/i;

/** Where the first mapping comes from: a saved one for this header row, a recognised export, or header guesses. */
export function firstMapping(
  file: LoadedFile,
  saved: readonly SavedMapping[],
  trainings: TrainingLookup,
  team: readonly Member[] = [],
): { mapping: ColumnMapping; options: ImportOptions; source: MappingSource } {
  const first = firstGuess(file, saved, trainings, team);
  // The commit reads the file under the header the preview was read under.
  first.options.headerRow = file.headerRow ?? null;
  return first;
}

function firstGuess(file: LoadedFile, saved: readonly SavedMapping[], trainings: TrainingLookup, team: readonly Member[]): ReturnType<typeof firstMapping> {
  const headers = file.table.headers;
  const mine = findSavedMapping(saved, headers);
  if (mine) {
    // A saved "All rows were completed on one day" or "All rows are one person's" keeps the
    // choice, not the day or the person: each roster or transcript says its own.
    const options = { ...mine.options };
    if (options.completedOnForAll !== null) options.completedOnForAll = dayOfFile(file) ?? '';
    if (options.memberForAll !== null) options.memberForAll = memberFromFile(file.name, file.table.skippedAbove, team, file.sheetName)?.member.id ?? '';
    return { mapping: mine.mapping, options, source: { kind: 'saved', name: mine.name } };
  }
  const { mapping, options, preset } = suggestMapping(headers);
  // The team as the guess finds people on it, made once for every question below.
  const onTeam = createMemberMatcher(team);
  // One class's sessions as columns: each row is a person's attendance, read from the columns added for it.
  const sessions = preset ? undefined : file.table.sessions;
  if (sessions !== undefined) {
    const at = headers.length - sessionHeaders(sessions).length;
    mapping.completedOn = at;
    mapping.status = at + 1;
    if (sessions.holds === 'hours') mapping.hours ??= at + 2;
    const values = new Set(file.table.rows.map((r) => (r.cells[at + 1] ?? '').trim()));
    options.completedValues = attendedValues(sessions, [...values]);
  }
  // A column per year under a course column ("2023", "2024"…): the first year's column is the date of the first pair (course-pairs.ts).
  const years = yearColumns(headers);
  if (!preset && sessions === undefined && mapping.completedOn === null && (mapping.trainingTitle !== null || mapping.trainingId !== null) && years.length >= 2) mapping.completedOn = years[0]!;
  const inCatalogue = catalogueFinder(trainings);
  const isCatalogueTitle = (title: string): boolean => inCatalogue(title) !== undefined;
  // A summary table kept beside the log, after an empty column: none of its columns is the records'.
  const side = preset ? null : sideTableStart(file.table.rows, headers);
  if (side !== null) for (const field of importFields) if (mapping[field] !== null && mapping[field] >= side) mapping[field] = null;
  // An attendee list's "Title" of ranks and jobs: the people's role, not a course.
  if (mapping.trainingTitle !== null && titleColumnHoldsJobs(file.table.rows, mapping.trainingTitle, headers[mapping.trainingTitle]!)) {
    mapping.memberRole ??= mapping.trainingTitle;
    mapping.trainingTitle = null;
  }
  // Counts where the courses should be: a summary, so no course is guessed for its rows (the coordinator sees none is chosen).
  const counted = trainingColumnCounts(file.table.rows, mapping);
  if (counted) mapping.trainingTitle = null;
  // Certificates' names where a person's should be: one officer's own download; whose it is is chosen.
  if (nameColumnNamesCertificates(file.table.rows, mapping)) mapping.memberName = null;
  // Yes and No under a people's header ("Participant" in an event's list): the names are in the other columns.
  else if (mapping.memberName !== null && holdsYesNo(file.table.rows, mapping.memberName)) mapping.memberName = null;
  // People's names under no header (Moodle's activity completion report): the name column.
  else if (!preset) mapping.memberName = unheadedNameColumn(file.table.rows, mapping, headers) ?? mapping.memberName;
  // Courses' codes under "Code" (CART, CSTAR, P2P), with no course column: the courses, not certificate numbers.
  if (mapping.trainingTitle === null && mapping.trainingId === null && mapping.certificateNumber !== null && namesCatalogueCourses(file.table.rows, mapping.certificateNumber, isCatalogueTitle)) {
    mapping.trainingTitle = mapping.certificateNumber;
    mapping.certificateNumber = null;
  }
  // A form open to anyone writes "anonymous" as every responder's e-mail and name (Microsoft Forms): the
  // person is in the questions, and an address asked for ("Email address (for your certificate)") is theirs.
  for (const field of ['memberEmail', 'memberName'] as const) {
    const column = mapping[field];
    if (column === null || !holdsOnly(file.table.rows, column, ANONYMOUS)) continue;
    mapping[field] = null;
    const read = mappedColumns(mapping);
    const asked = headers.findIndex((h, i) => i !== column && !read.has(i) && (field === 'memberEmail' ? /e-?mail/i : PERSON_NAME).test(h) && !holdsOnly(file.table.rows, i, ANONYMOUS));
    if (asked !== -1) mapping[field] = asked;
  }
  // A count where the names should be ("Attendees": 12, a class list's tally): no one's name.
  if (mapping.memberName !== null && holdsOnly(file.table.rows, mapping.memberName, /^\d+$/)) mapping.memberName = null;
  // "Attended" over who attended, in a class log with no other column of people: the people, not a yes-or-no.
  if (!preset && mapping.status !== null && memberIdentityFields.every((f) => mapping[f] === null) && statusHoldsNames(file.table.rows, mapping.status)) {
    mapping.memberName = mapping.status;
    mapping.status = null;
  }
  // A class entered once with all who attended in its name cell ("Alicia Brandt;Jerome Oduya"): a record each.
  if (!preset && mapping.memberName !== null) {
    if (looksLikePeopleInCells(file.table.rows, mapping.memberName, findsOnTeam(team, onTeam))) options.peoplePerCell = true;
  }
  // A certificate list's "Certificate" column of course names ("Certificate of Completion – CSTAR"), with no course column: the courses.
  // (Taken as the certificate number, the rule above has made it the courses already.)
  if (mapping.trainingTitle === null && mapping.trainingId === null) {
    const read = mappedColumns(mapping);
    const named = headers.findIndex((h, i) => CERTIFICATE_NAME.test(h.trim()) && !read.has(i) && namesCatalogueCourses(file.table.rows, i, isCatalogueTitle));
    if (named !== -1) mapping.trainingTitle = named;
  }
  // A certificate column of files ("cert.pdf (https://…)", as Airtable writes attachments): no certificate's number.
  // …and one of whether it was issued ("Issued", "Not Issued", "Yes"): no number either.
  if (mapping.certificateNumber !== null && (holdsLinks(file.table.rows, mapping.certificateNumber) || holdsOnly(file.table.rows, mapping.certificateNumber, ISSUED_OR_NOT))) mapping.certificateNumber = null;
  // A course's total hours beside its academic credit hours (SuccessFactors), not an officer's sum.
  if (!preset) mapping.hours = totalHoursColumn(file.table.rows, mapping, headers) ?? mapping.hours;
  // A workbook that counts days from 1904: its day numbers typed or pasted as plain numbers count so too.
  if (file.date1904) options.excel1904 = true;
  // A class log's start and end dates: a row with no end date is a one-day class, done on its start date.
  const classDates = preset ? null : classDateColumns(headers, mapping);
  if (classDates !== null) [mapping.completedOn, mapping.startedOn] = [classDates.end, classDates.start];
  if (preset?.dateOrderIfOpen) options.dateOrder = presetDateOrder(file.table.rows, mapping.completedOn, preset.dateOrderIfOpen);
  options.dateOrder ??= orderFromRestOfFile(file.table.rows, [mapping.completedOn, mapping.expiresOn], file.table.skippedAbove) ?? dottedMonthFirst(file.table.rows, [mapping.completedOn, mapping.expiresOn]);
  // A report builder's bare "Name" beside its "Full name": the badge's or course's name, the person being the full name (Moodle's badges source without its Description).
  if (!preset && mapping.trainingTitle === null && mapping.trainingId === null && mapping.memberName !== null && FULL_NAME.test(headers[mapping.memberName]!.trim())) {
    const read = mappedColumns(mapping);
    const named = headers.findIndex((h, i) => BARE_NAME.test(h.trim()) && !read.has(i) && !holdsOnly(file.table.rows, i, ANONYMOUS));
    if (named !== -1) mapping.trainingTitle = named;
  }
  // Whose the rows are decides which way round a matrix is: a person's column or a course's.
  const people = preset ? null : guessPersonColumns(file.table, mapping, onTeam, isCatalogueTitle);
  const courseColumns = preset || people !== null ? [] : guessTrainingColumns(file.table, mapping);
  if (people !== null) {
    // A matrix turned the other way: a course on each row, each person's dates in their column.
    options.personColumns = people.columns;
    if (mapping.trainingTitle === null && mapping.trainingId === null) mapping.trainingTitle = people.trainingTitle;
  } else if (courseColumns.length > 0) {
    // A training matrix: each course's column holds its dates, so no one column is the completion date.
    options.trainingColumns = courseColumns;
    mapping.completedOn = mapping.startedOn = null;
    // A person's standing (Active, LEFT) is no course's status, and a person's total hours no course's hours.
    if (statusIsRosterState(file.table.rows, mapping)) mapping.status = null;
    if (mapping.hours !== null && /^total\b/i.test(headers[mapping.hours]!.trim())) mapping.hours = null;
    if (courseColumns.some((c) => c.column === mapping.expiresOn || c.expiresColumn === mapping.expiresOn)) mapping.expiresOn = null;
  } else if (!preset && coursePairs(headers, mapping).length > 0) {
    // A tracker's several courses on each person's row, in pairs of columns.
    options.coursePairs = true;
  } else if (!preset && looksRepeatedAbove(file.table.rows, mapping, headers)) {
    // A course and its date typed once over the people who took it (merged cells saved as CSV).
    options.repeatAbove = true;
  } else if (mapping.trainingId === null && mapping.trainingTitle === null && looksGroupedByCourse(file.table.rows, isCatalogueTitle)) {
    // A report grouped by course: each course a heading line over its rows.
    options.trainingHeadings = true;
  } else if (!counted && mapping.trainingId === null && mapping.trainingTitle === null && (preset || !hasUnreadCourseColumn(file.table.rows, mapping, headers))) {
    // One-course reports name the course only in the file name, a class roster in a title line
    // above its table: offer it as the training for all rows (not when a column of the file may be its courses).
    const above = trainingAbove(file.table.skippedAbove, trainings, sheetOf(file));
    const hint = trainingHintFromFileName(file.name);
    const parts = fileNameParts(file.name);
    const match =
      (above?.kind === 'catalogue' ? above.training : undefined) ??
      catalogueTrainingNamed(trainings, hint) ??
      parts.map((part) => catalogueTrainingNamed(trainings, part)).find((t) => t !== undefined) ??
      // A part named as the catalogue's matching finds it too: a course's acronym or code ("completion-icstar_es_2026").
      [hint, ...parts].map(inCatalogue).find((t) => t !== undefined);
    const title = above?.kind === 'labelled' ? above.title : hint;
    if (match) options.training = { kind: 'catalogue', trainingId: match.id };
    else if (title !== '') options.training = { kind: 'custom', title: title.slice(0, 300), provider: '' };
  }
  if (people === null && memberIdentityFields.every((f) => mapping[f] === null)) {
    // One officer's training history: the person named above the table or in the file name.
    const person = memberFromFile(file.name, file.table.skippedAbove, team, file.sheetName);
    if (person !== null) options.memberForAll = person.member.id;
    // A report grouped by person: each name a heading line over that person's rows.
    else if (looksGroupedByPerson(file.table.rows, onTeam.isOnTeam)) options.memberHeadings = true;
  }
  if (mapping.completedOn === null && options.trainingColumns.length === 0 && people === null) {
    // A roster of one session: its day in a title line or the file name, for all rows.
    const day = dayFromFile(file.name, file.table.skippedAbove);
    if (day !== null) options.completedOnForAll = day.kind === 'found' ? day.day : '';
  }
  // A tracker's Current / Due soon / Expired is the certificate's standing: its rows are all completions.
  const standing = preset ? false : statusIsCertificateState(file.table.rows, mapping);
  if (standing) {
    mapping.status = null;
    // Its "Not completed" rows have no date: people who have not done the course.
    if (standing.undatedNotDone) options.skipRowsWithoutDate = true;
  }
  // One session's attendance export (Moodle's): its session column's P, L, E, A are the statuses; present or late took it.
  const attendance = preset || mapping.status !== null ? null : attendanceColumn(file.table.rows, mapping, headers);
  if (attendance !== null) {
    mapping.status = attendance.column;
    options.completedValues = attendance.attended;
    // The session's day, in its column's header, when no title line or the file name gave one.
    if (mapping.completedOn === null && !options.completedOnForAll) options.completedOnForAll = sessionHeaderDay(headers[attendance.column]!) ?? options.completedOnForAll;
  }
  const grade = preset || sessions !== undefined ? null : gradeCodeColumn(file.table.rows, mapping, headers);
  // A roster's grade of letter codes: "F", "W" and "NS" rows are no completions.
  if (grade !== null) mapping.status = grade;
  // An "Expiry Date" a whole number of months after each person's start: when access to the course ends, no certificate's expiry.
  if (!preset && expiryCountsFromStart(file.table.rows, mapping, headers, options.dateOrder)) mapping.expiresOn = null;
  if (!preset && mapping.startedOn === null && startedBesideCompleted(headers, mapping)) {
    // A start date beside the completion date: a row with no completion date is someone who has not finished.
    options.skipRowsWithoutDate = true;
  }
  return { mapping, options, source: preset ? { kind: 'preset', preset } : { kind: 'guess' } };
}
