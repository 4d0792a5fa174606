import type { CoursePair, PairField } from './course-pairs';
import { expiresAfterCompletion, type Completion, type Member } from '../model/team';
import { createCompletionCheck, createCompletionFieldCheck, type FieldIssue } from './completion-check';
import { cleanCell } from './clean-cell';
import { expiryFromWords } from './expiry-words';
import { columnSessionDay, columnTraining } from './training-columns';
import { fieldLabels, importFields, mappingProblems, type ColumnMapping, type ImportField } from './csv-mapping';
import type { CsvLayout } from './csv-parse';
import { headerCountsMinutes, HOURS_NOT_RECORDED, NO_DATE, parseHoursCellUnder, parseNumberCell, type Parsed } from './csv-values';
import { addMonths } from '../util/dates';
import { expiryAfter } from './expiry-period';
import { openReadings, parseDateText, type DateOptions, type DateOrder } from './date-cells';
import type { ImportOptions } from './import-options';
import { createTrainingMatcher, normaliseText } from './matching';
import { createMemberFinder, LEFT_OUT, type FailField } from './import-members';
import { courseInHeading } from './course-heading';
import { personInHeading } from './grouped-by-heading';
import { createHeaderRepeatCheck, firstFilledCell, isColumnNotes, isManualPosting, isPointsPossible, isHeadingText, isCalledOffTitle, isCompletedValue, isMatrixCode, isExampleRow, isNotDoneNote, BLANK_STATUS, blankStatusCounts, isNotDoneCell, isSummaryText, singleFilledCell, statusKey } from './row-rules';
import { trainingKey } from './team-index';
import { createFutureDateCheck } from './not-taken-yet';
import { importedCompletion, type RecordExtras } from './import-record';
import { CellTupleMemo, cleanField, cleanImportCell, memberColumns, memberNames, memoByCell, namesSomeone, rosterOfOneSession } from './import-cells';
import type { Survey } from './import-survey';
import type { ImportContext, ImportPlan, TrainingWithoutHours } from './import-plan';
import { trainingHoursKey } from './import-plan';
import { foldClassDays } from './class-days';
import { matrixCellParts } from './matrix-cell';

/** Field paths of the stored schemas, named as the import calls them. */
const completionPathField: Record<string, ImportField> = {
  trainingTitle: 'trainingTitle',
  custom: 'trainingTitle',
  completedOn: 'completedOn',
  hours: 'hours',
  certificateNumber: 'certificateNumber',
  notes: 'notes',
  validForMonths: 'validForMonths',
  expiresOn: 'expiresOn',
};


type ResolvedTraining = (
  | { kind: 'catalogue'; id: string; title: string; family: string; hours: number | undefined }
  | { kind: 'custom'; title: string; provider: string; custom: { title: string; provider: string } }
) & {
  /** trainingHoursKey of it: the key hours are given under on the mapping screen. */
  hoursKey: string;
  /** trainingKey of its records: with the member and date, what makes a row a duplicate. */
  duplicateKey: string;
};

function catalogueTraining(t: { id: string; title: string; family: string; hours?: number | undefined }): ResolvedTraining {
  return { kind: 'catalogue', id: t.id, title: t.title, family: t.family, hours: t.hours, hoursKey: trainingHoursKey({ kind: 'catalogue', id: t.id }), duplicateKey: trainingKey({ trainingId: t.id }) };
}

function customTraining(title: string, provider: string): ResolvedTraining {
  // One object for every record of the training: records are frozen once saved, so sharing it is safe.
  const custom = { title, provider };
  return { kind: 'custom', title, provider, custom, hoursKey: trainingHoursKey({ kind: 'custom', title }), duplicateKey: trainingKey({ custom }) };
}

/** A training with whether its record fields (id, title snapshot, family, or the custom training) pass the stored schema. */
type CheckedTraining = ResolvedTraining & { ok: boolean };

const NO_ISSUES: readonly FieldIssue[] = [];

/**
 * The cleaned text of a field's cell, remembered per distinct raw value: for the fields a
 * row reads only now and then (certificate number, notes, a new member's role and agency).
 */
type CellReaders = Record<ImportField, (cells: readonly string[]) => string>;
function cellReaders(mapping: ColumnMapping, memoLimit: number): CellReaders {
  const none = (): string => '';
  const readers = {} as CellReaders;
  for (const field of importFields) {
    const column = mapping[field];
    if (column === null) {
      readers[field] = none;
      continue;
    }
    const clean = memoByCell((raw) => cleanImportCell(raw, field === 'notes'), memoLimit);
    readers[field] = (cells) => clean(cells[column] ?? '');
  }
  return readers;
}

/** A member found for a row, with what the duplicate check needs of them. */
interface FoundMember {
  id: string;
  record: Member;
  /** Trainings (duplicateKey) and dates of this member's records so far: a row repeating one is a duplicate. */
  done: Map<string, Set<string>>;
  /** The id passes as a completion's memberId. */
  ok: boolean;
}

/** A row's member cells, cleaned, and the member they name once found. */
interface MemberCells {
  email: string;
  externalId: string;
  name: string;
  found: FoundMember | null;
}

/** A row's training cells, cleaned, and the training they name once found. */
interface TrainingCells {
  id: string;
  title: string;
  provider: string;
  found: CheckedTraining | null;
}

/** A date cell, cleaned, and how it reads (parsed when first needed: the date order may not be known before). */
interface DateCell {
  text: string;
  parsed: Parsed<string> | null;
  /** How it reads as a completion date: parsed, and not after today. */
  completion: Parsed<string> | null;
  /** For an expiry: "Never", "None", "N/A", "-". */
  noExpiry: boolean;
  /** For a completion: a class not taken ("TBD", "Scheduled 12/8", "Cancelled"). */
  notDone: boolean;
  /** The parsed date passes as the record field (completedOn); null until asked. */
  ok: boolean | null;
}

/** A number cell (hours, valid for months), cleaned and read. */
interface NumberCell {
  text: string;
  parsed: Parsed<number>;
  ok: boolean | null;
}

/**
 * Checks rows one at a time after a survey of the whole file, and collects every
 * row's problems. The same pure code runs in the renderer (preview, in slices) and in
 * the main process (commit, streamed), so what the preview promises is what gets saved.
 * Exports repeat a few hundred people, trainings, dates and hours thousands of times,
 * so each distinct cell is read, matched and checked once (the memos below, keyed by the
 * raw cell); a usual row is a handful of map look-ups and one record.
 */
export function createRowChecker(layout: Omit<CsvLayout, 'rowCount'>, survey: Survey, mapping: ColumnMapping, ctx: ImportContext, options: ImportOptions, memoLimit: number) {
  const { dateOrder } = survey;
  const dates: DateOptions = { order: options.dateOrder ?? (dateOrder.kind === 'found' ? dateOrder.order : null), excel1904: options.excel1904, dotsMonthFirst: options.dateOrder === 'mdy' };
  const cell = cellReaders(mapping, memoLimit);
  const checkCompletion = createCompletionCheck();
  const fieldOk = createCompletionFieldCheck();

  const plan: ImportPlan = {
    completions: [],
    newMembers: [],
    errors: [],
    fileProblems: [...layout.fileProblems],
    rowsRead: 0,
    duplicates: 0,
    catalogueMatches: 0,
    customTrainings: 0,
    notCompleted: 0,
    summaryRows: [],
    headingRows: [],
    rowsWithEmptyCells: 0,
    headerLines: [],
    otherTable: null,
    notOnTeam: [],
    afterToday: [],
    looseNames: [],
    withoutHours: [],
    classDays: [],
    dateOrder,
    statusValues: survey.statusValues,
  };
  if (plan.fileProblems.length === 0) plan.fileProblems.push(...mappingProblems(mapping, layout.headers.length, options, layout.headers));
  if (plan.fileProblems.length === 0 && survey.rowCount === 0) plan.fileProblems.push('The file has a header row but no records under it.');
  if (plan.fileProblems.length === 0 && dates.order === null && dateOrder.kind === 'ambiguous') {
    plan.fileProblems.push(`Dates such as "${dateOrder.example}" could be ${openReadings(dateOrder.example)}, and no date in the file tells which. Choose the date order.`);
  }
  if (plan.fileProblems.length === 0 && options.dateOrder === null && dateOrder.kind === 'conflict') {
    plan.fileProblems.push(`Some dates are day first ("${dateOrder.dmy}") and some month first ("${dateOrder.mdy}"). Choose the date order; rows in the other order will be listed.`);
  }

  const completedSet = new Set((options.completedValues ?? []).map(statusKey));
  const statusCompleted = memoByCell((raw) => {
    const value = cleanImportCell(raw);
    return value !== BLANK_STATUS && (options.completedValues === null ? isCompletedValue(value) : completedSet.has(statusKey(value)));
  }, memoLimit);
  // A blank status counts as the coordinator chose, or under a status column (blankStatusCounts); only beside a completion date.
  const blankCompleted = options.completedValues === null ? mapping.status !== null && blankStatusCounts(layout.headers[mapping.status] ?? '') : completedSet.has(BLANK_STATUS);
  const filledDate = (cells: readonly string[], column: number | null): boolean => column !== null && cleanImportCell(cells[column] ?? '') !== '';
  const statusSaysCompleted = (cells: readonly string[]): boolean => {
    const raw = cells[mapping.status!] ?? '';
    if (statusCompleted(raw)) return true;
    return blankCompleted && raw.trim() === '' && (filledDate(cells, mapping.completedOn) || filledDate(cells, mapping.startedOn));
  };
  const readDateCell = (raw: string): DateCell => {
    const read = cleanImportCell(raw);
    const text = NO_DATE.test(read) ? '' : read;
    return { text, parsed: null, completion: null, noExpiry: NO_EXPIRY.test(text), notDone: text !== '' && isNotDoneCell(text), ok: null };
  };
  const completedOnCell = memoByCell(readDateCell, memoLimit);
  // Once per distinct title ending in a bracket (where a note that it was called off goes).
  const calledOff = memoByCell(isCalledOffTitle, memoLimit);
  const calledOffTitle = (title: string): boolean => {
    let end = title.length - 1;
    while (end >= 0 && title.charCodeAt(end) <= 0x20) end--;
    const last = title.charCodeAt(end);
    return (last === 0x29 || last === 0x5d) && calledOff(title);
  };
  const expiresOnCell = memoByCell(readDateCell, memoLimit);
  // Once per distinct note: one that says the person did not take the class.
  const notDoneNote = memoByCell(isNotDoneNote, memoLimit);
  const cellParts = memoByCell(matrixCellParts, memoLimit);
  const readNumberCell = (raw: string): NumberCell => {
    const text = cleanImportCell(raw);
    return { text, parsed: parseNumberCell(text), ok: null };
  };
  const EMPTY_DATE = readDateCell('');
  // "All rows were completed on one day": every row's date, read once.
  const dayForAll: DateCell | null = options.completedOnForAll ? readDateCell(options.completedOnForAll) : null;
  const EMPTY_NUMBER = readNumberCell('');
  // "Duration (min)": the column counts minutes.
  const hoursInMinutes = mapping.hours !== null && headerCountsMinutes(layout.headers[mapping.hours] ?? '');
  const hoursCell = memoByCell((raw: string): NumberCell => {
    const text = cleanImportCell(raw);
    // "N/A" or "-": no figure, as an empty cell (hours not recorded, or the training's own).
    return HOURS_NOT_RECORDED.test(text) ? EMPTY_NUMBER : { text, parsed: parseHoursCellUnder(text, hoursInMinutes), ok: null };
  }, memoLimit);
  const monthsCell = memoByCell(readNumberCell, memoLimit);
  const parseDate = (date: DateCell): Parsed<string> => (date.parsed ??= parseDateText(date.text, dates));
  // A completion can't be in the future: a class someone is registered for, or a typo. "Today" is the import's clock.
  const afterToday = createFutureDateCheck(ctx.now);
  const readCompletion = (date: DateCell): Parsed<string> => {
    const parsed = parseDate(date);
    const future = parsed.ok ? afterToday(date.text, parsed.value) : null;
    return future === null ? parsed : { ok: false, message: future };
  };
  const completionDate = (date: DateCell): Parsed<string> => (date.completion ??= readCompletion(date));
  // It reads as a day, but one after today (readCompletion's only refusal of a date that parses).
  const datedAfterToday = (date: DateCell): boolean => date.text !== '' && !completionDate(date).ok && date.parsed!.ok;

  let { summaryStart } = survey;
  const table = layout;
  const hasProblems = (): boolean => table.rowProblems.size > 0;

  const trainings = createTrainingMatcher(ctx.trainings);
  // Per member id: the trainings and dates of their records. A row repeating one is a duplicate.
  const doneByMember = new Map<string, Map<string, Set<string>>>();
  const doneOf = (memberId: string): Map<string, Set<string>> => {
    let done = doneByMember.get(memberId);
    if (done === undefined) doneByMember.set(memberId, (done = new Map()));
    return done;
  };
  const addDone = (done: Map<string, Set<string>>, key: string, date: string): boolean => {
    let days = done.get(key);
    if (days === undefined) done.set(key, (days = new Set()));
    if (days.has(date)) return false;
    days.add(date);
    return true;
  };
  for (const c of ctx.completions) addDone(doneOf(c.memberId), trainingKey(c), c.completedOn);
  const withoutHours = new Map<string, TrainingWithoutHours>();
  // Parts every record shares, checked once.
  const createdAtOk = fieldOk('createdAt', ctx.now);
  const stampsOk = ctx.stamps === undefined || (fieldOk('updatedAt', ctx.stamps.updatedAt) && fieldOk('updatedBy', ctx.stamps.updatedBy));

  // In a training matrix, the column of the date being checked: its header names the cell in a problem.
  let dateColumn: number | null = null;
  // And the column of its expiry date, when the course has one beside it.
  let expiryColumn: number | null = null;
  // Or the expiry the matrix's cell notes after its day ("4/9/26 (exp 4/9/28)").
  let expiryInCell: DateCell | null = null;
  // A person's column, while its header is read for who it names.
  let personColumn: number | null = null;
  // The row's date is its start date (a one-day class's): a problem with it names that column.
  let startDateRead = false;
  // A further pair of a row of pairs (course-pairs.ts): its columns name its cells in a problem.
  let pairColumns: CoursePair | null = null;
  const label = (asked: ImportField): string => {
    const field = asked === 'completedOn' && startDateRead ? 'startedOn' : asked;
    const column =
      pairColumns?.[field as PairField] !== undefined
        ? pairColumns[field as PairField]!
        : field === 'completedOn' && dateColumn !== null
        ? dateColumn
        : field === 'expiresOn' && expiryColumn !== null
          ? expiryColumn
          : (field === 'memberName' || field === 'memberEmail') && personColumn !== null
            ? personColumn
            : mapping[field];
    const header = column === null ? undefined : table.headers[column];
    return header !== undefined && normaliseText(header) !== normaliseText(fieldLabels[field]) ? `${fieldLabels[field]} (column "${header}")` : fieldLabels[field];
  };

  // The row being checked and how many problems it has so far: one state, not closures per row.
  let rowNumber = 0;
  let cells: readonly string[] = [];
  let rowErrors = 0;
  const fail: FailField = (field, message) => {
    const named = field === 'Row' ? 'the whole row' : label(field);
    rowErrors++;
    // A row read as several (one per person in its name cell, one per pair of columns) says a problem of a cell they share once.
    const last = plan.errors[plan.errors.length - 1];
    if (last !== undefined && last.rowNumber === rowNumber && last.field === named && last.message === message) return;
    plan.errors.push({ rowNumber, field: named, message });
  };
  const members = createMemberFinder({ ctx, mapping, plan, fail, leaveOut: options.leaveOutNotOnTeam, role: cell.memberRole, agency: cell.memberAgency });

  function checkRow(): void {
    rowErrors = 0;
    const parseProblem = hasProblems() ? table.rowProblems.get(rowNumber) : undefined;
    if (parseProblem) {
      fail('Row', parseProblem);
      return;
    }
    // Before the status: a person's or a course's heading line has no status of its own.
    if (options.memberHeadings && takesPersonHeading()) return;
    if (options.trainingHeadings && takesCourseHeading()) return;
    if (mapping.status !== null && !statusSaysCompleted(cells)) {
      // A group's heading or footer ("Quarter 1", "Total hours: 20") has no status either: a heading, not a person who has not finished.
      const heading = singleFilledCell(cells);
      if (heading !== null && isHeadingText(heading)) plan.headingRows.push({ rowNumber, text: heading.slice(0, 120) });
      else plan.notCompleted++;
      return;
    }
    if (spread.length > 0) return checkSpreadRow();
    let date = dayForAll ?? (mapping.completedOn === null ? EMPTY_DATE : completedOnCell(cells[mapping.completedOn] ?? ''));
    // A one-day class has no end date in a class log: its start date is its day.
    startDateRead = date.text === '' && mapping.startedOn !== null;
    if (startDateRead) date = completedOnCell(cells[mapping.startedOn!] ?? '');
    if (date.text === '' && headingDay !== null) date = headingDay;
    if (date.text === '' && options.skipRowsWithoutDate) {
      plan.notCompleted++;
      return;
    }
    // A date cell, a title or (with no status column to say it) a note that says the class is not done for this person ("TBD", "Scheduled 12/8", "(cancelled)", "NO SHOW - rescheduled").
    if (
      (date.notDone && date !== dayForAll && date !== headingDay) ||
      (mapping.trainingTitle !== null && calledOffTitle(cells[mapping.trainingTitle] ?? '')) ||
      (mapping.notes !== null && mapping.status === null && notDoneNote(cells[mapping.notes] ?? ''))
    ) {
      plan.notCompleted++;
      return;
    }
    // A heading a coordinator typed between groups of rows: skipped and shown, not refused. A row
    // with only a team member's name is that person's, its training and date left empty (cells
    // merged down in Excel, saved as CSV): refused with why, not skipped unseen.
    const heading = singleFilledCell(cells);
    if (heading !== null && !(nameOnlyRecords && namesSomeone(cells, mapping)) && !namesTeamMember()) {
      plan.headingRows.push({ rowNumber, text: heading.slice(0, 120) });
      return;
    }
    if (notTakenYet(date)) return;
    checkExtraCells();
    const errorsBefore = plan.errors.length;
    const member = resolveMember();
    // Someone not on the team, left out as the coordinator chose: the rest of the row is not read.
    if (member === LEFT_OUT) return;
    checkRecord(member, resolveTraining(), date);
    if (plan.errors.length > errorsBefore && hasEmptyRecordCell(date)) plan.rowsWithEmptyCells++;
  }

  /**
   * A date after today: the row is listed once, and left out if the coordinator chose so (true);
   * otherwise checkRecord refuses it, since the date may be a typo.
   */
  function notTakenYet(date: DateCell): boolean {
    if (!datedAfterToday(date)) return false;
    if (plan.afterToday.at(-1)?.rowNumber !== rowNumber) plan.afterToday.push({ rowNumber, written: date.text.slice(0, 40) });
    return options.leaveOutAfterToday;
  }

  /** Whether the row leaves its member, its training or its date empty (a refused row only: rare). */
  function hasEmptyRecordCell(date: DateCell): boolean {
    const { email, externalId, name } = memberNames(cells, mapping);
    const noTraining = options.training === null && !options.trainingHeadings && cleanField(cells, mapping.trainingId) === '' && cleanField(cells, mapping.trainingTitle) === '';
    return date.text === '' || noTraining || (onePerson === null && !options.memberHeadings && email + externalId + name === '');
  }

  function checkExtraCells(): void {
    if (cells.length > table.headers.length) {
      let lastFilled = -1;
      for (let i = cells.length - 1; i >= table.headers.length && lastFilled === -1; i--) if (cells[i]!.trim() !== '') lastFilled = i;
      if (lastFilled !== -1) {
        fail('Row', `it has values in ${lastFilled + 1} columns but the header names only ${table.headers.length}; is a value missing its quotes, or is the delimiter different on this row?`);
      }
    }
  }

  /**
   * A row of a training matrix: one record per dated cell, of the row's member and the cell's
   * column's course, or turned the other way, of the column's person and the row's course.
   * An empty cell is a course not taken; "N/A", "Scheduled", "Due"… are counted as not completed.
   * A row with no date at all (someone with nothing done yet, or a heading) holds no record.
   */
  function checkSpreadRow(): void {
    checkExtraCells();
    // Found at the first dated cell, once; a row naming no one (or no course) we know is one problem, and its not-done cells are not counted.
    let rowMember: FoundMember | null | typeof LEFT_OUT | undefined;
    let rowTraining: CheckedTraining | null | undefined;
    let notDone = 0;
    for (let k = 0; k < spread.length; k++) {
      const entry = spread[k]!;
      const { column, expiresColumn } = entry;
      let date = completedOnCell(cells[column] ?? '');
      if (date.text === '') continue;
      if (date.notDone || isMatrixCode(date.text)) {
        notDone++;
        continue;
      }
      // A tick before the day, or an expiry or a note after it: the day, read apart (matrix-cell.ts).
      const parts = parseDate(date).ok ? null : cellParts(date.text);
      if (parts !== null) {
        if (parts.note !== '' && notDoneNote(parts.note)) {
          notDone++;
          continue;
        }
        date = completedOnCell(parts.day);
      }
      // A person's column naming no one: its problem is the header's, once.
      if (entry.member === null) continue;
      if (notTakenYet(date)) continue;
      const member = entry.member ?? (rowMember ??= resolveMember());
      if (member === LEFT_OUT) return;
      const training = entry.training ?? (rowTraining ??= resolveTraining());
      if (member === null || training === null) return;
      dateColumn = column;
      expiryColumn = expiresColumn;
      expiryInCell = parts?.expires ? expiresOnCell(parts.expires) : null;
      rowErrors = 0;
      // A tick or "Yes" says the course was done; when, only the session's day over the column can say.
      if (isCompletedValue(date.text)) {
        if (entry.day) checkRecord(member, training, entry.day);
        else fail('completedOn', `"${date.text.slice(0, 40)}" says completed but not when; type the date it was completed in this cell`);
      } else checkRecord(member, training, date);
      dateColumn = expiryColumn = null;
    }
    plan.notCompleted += notDone;
  }

  function checkRecord(member: FoundMember | null, training: CheckedTraining | null, date: DateCell): void {
    let completedOn: string | undefined;
    if (date.text === '') fail('completedOn', mapping.completedOn !== null ? EMPTY_DATE_IN_COLUMN : 'empty; every record needs the date it was completed');
    else {
      const parsed = completionDate(date);
      if (parsed.ok) completedOn = parsed.value;
      else fail('completedOn', parsed.message);
    }

    let expiresOn: string | undefined;
    const expiresAt = expiryColumn ?? mapping.expiresOn;
    const expires = expiryInCell ?? (expiresAt === null ? EMPTY_DATE : expiresOnCell(cells[expiresAt] ?? ''));
    // "Never" is how Moodle's certificate report writes "does not expire".
    if (expires.text !== '' && !expires.noExpiry) {
      const parsed = parseDate(expires);
      // Or a period after the completion ("730 days", "2 years"): on a row whose completion date is read, the day it ends.
      const after = parsed.ok || completedOn === undefined ? null : expiryAfter(expires.text, completedOn);
      // Or typed by hand: a word before the date ("EXPIRED 4/18/26"), or the month alone ("3/2028").
      const worded = parsed.ok || after !== null ? null : expiryFromWords(expires.text, (text) => {
        const day = parseDate(readDateCell(text));
        return day.ok ? day.value : null;
      });
      if (parsed.ok) expiresOn = UNIX_TIME_ZERO.has(parsed.value) ? undefined : parsed.value;
      else if (after !== null) expiresOn = after;
      else if (worded !== null) expiresOn = worded;
      else fail('expiresOn', parsed.message);
    }
    if (completedOn !== undefined && expiresOn !== undefined && !expiresAfterCompletion(completedOn, expiresOn)) {
      fail('expiresOn', `${expiresOn} is not after the completion date ${completedOn}`);
    }

    let hours: number | undefined;
    let hoursOk = true;
    const hoursText = mapping.hours === null ? EMPTY_NUMBER : hoursCell(cells[mapping.hours] ?? '');
    if (hoursText.text === '') {
      if (training) {
        const given = options.hoursByTraining[training.hoursKey];
        if (given !== undefined) hours = given;
        else if (training.kind === 'catalogue' && training.hours !== undefined) hours = training.hours;
        else if (rowErrors === 0) {
          const entry = withoutHours.get(training.hoursKey);
          if (entry) entry.rows++;
          else withoutHours.set(training.hoursKey, { key: training.hoursKey, title: training.title, rows: 1 });
        }
        if (hours !== undefined) hoursOk = fieldOk('hours', hours);
      }
    } else {
      const n = hoursText.parsed;
      if (n.ok) {
        hours = n.value;
        hoursOk = hoursText.ok ??= fieldOk('hours', hours);
      } else fail('hours', n.message);
    }

    let validForMonths: number | undefined;
    const months = mapping.validForMonths === null ? EMPTY_NUMBER : monthsCell(cells[mapping.validForMonths] ?? '');
    if (months.text !== '') {
      const n = months.parsed;
      if (n.ok) validForMonths = n.value;
      else fail('validForMonths', `${n.message}; give whole months, or leave it empty for no expiry`);
    }

    if (rowErrors > 0 || !member || !training || completedOn === undefined) return;
    // Built once, in the stored schema's field order, so the saved text reads as before.
    // `clean`: every part has passed its field's check, so the record as a whole needs none.
    const id = ctx.newId('completion');
    let clean = fieldOk('id', id) && member.ok && training.ok && (date.ok ??= fieldOk('completedOn', completedOn)) && hoursOk && createdAtOk && stampsOk;
    const certificateNumber = cell.certificateNumber(cells);
    const notes = cell.notes(cells);
    // An expiry that "Valid for months" already gives (this app's own export) is not stored twice.
    const storedExpiry =
      expiresOn !== undefined && !(validForMonths !== undefined && Number.isInteger(validForMonths) && addMonths(completedOn, validForMonths) === expiresOn) ? expiresOn : undefined;
    let extras: RecordExtras | null = null;
    if (certificateNumber !== '' || notes !== '' || validForMonths !== undefined || storedExpiry !== undefined) {
      extras = {
        certificateNumber: certificateNumber !== '' ? certificateNumber : undefined,
        notes: notes !== '' ? notes : undefined,
        validForMonths,
        expiresOn: storedExpiry,
      };
      if (certificateNumber !== '') clean &&= fieldOk('certificateNumber', certificateNumber);
      if (notes !== '') clean &&= fieldOk('notes', notes);
      if (validForMonths !== undefined) clean &&= months.ok ??= fieldOk('validForMonths', validForMonths);
      if (storedExpiry !== undefined) clean &&= fieldOk('expiresOn', storedExpiry);
    }
    const record = importedCompletion(id, member.id, training, completedOn, hours, extras, ctx.now, ctx.stamps);

    // A part that did not pass: the whole record's check names each problem, in the schema's order.
    const issues = clean ? NO_ISSUES : checkCompletion(record);
    if (issues.length > 0) {
      for (const issue of issues) fail(completionPathField[issue.path] ?? 'Row', issue.message);
      return;
    }
    if (!addDone(member.done, training.duplicateKey, completedOn)) plan.duplicates++;
    else {
      plan.completions.push(record);
      if (training.kind === 'catalogue') plan.catalogueMatches++;
      else plan.customTrainings++;
    }
  }

  /** The status cells of the header lines skipped (plan.headerLines). */
  const headerStatus = new Set<string>();
  const repeatsHeader = createHeaderRepeatCheck(table.headers);
  const isGroupFooter = (row: readonly string[]): boolean => {
    if (mapping.completedOn === null) return false;
    const dateCell = (row[mapping.completedOn] ?? '').trim();
    // A date cell that starts with no letter is a date (or its error), as on every record: read no further.
    if (dateCell !== '' && !/^\p{L}/u.test(dateCell)) return false;
    // A labelled figure where the date goes ("Remaining: 20.00", a compliance line under a group): a note, not a record.
    if (dateCell !== '' && LABELLED_FIGURE.test(dateCell)) return true;
    // A person's "Total hours" line, its label where the date goes and no course, their name merged down beside it.
    if (dateCell !== '' && isSummaryText(dateCell) && (mapping.trainingTitle === null || (row[mapping.trainingTitle] ?? '').trim() === '')) return true;
    // A line with one cell is a heading or a note (checkRow shows it as such). The label may sit in the date's column.
    const first = firstFilledCell(row);
    return first !== '' && (dateCell === '' || dateCell === first) && singleFilledCell(row) === null && isSummaryText(first);
  };

  // The member of each distinct combination of member cells (name, e-mail, ID number), once found.
  const memberCells = new CellTupleMemo<MemberCells>(memberColumns(mapping), memoLimit);

  const nameOnlyRecords = rosterOfOneSession(options);

  function namesTeamMember(): boolean {
    return members.isOnTeam(memberNames(cells, mapping));
  }

  /** A team member as the rows' records carry them, with their records so far. */
  const foundMember = (m: Member): FoundMember => ({ id: m.id, record: m, done: doneOf(m.id), ok: fieldOk('memberId', m.id) });

  // "All rows are one person's": that member, found once.
  const onePerson: FoundMember | null = (() => {
    const m = options.memberForAll ? ctx.members.find((x) => x.id === options.memberForAll) : undefined;
    return m ? foundMember(m) : null;
  })();
  if (options.memberForAll && onePerson === null && plan.fileProblems.length === 0) {
    plan.fileProblems.push('The person chosen for all rows is not on the team any more; choose them again.');
  }

  // A report grouped by person: the member of the last heading line that named someone, once found.
  let headingMember: FoundMember | null | typeof LEFT_OUT | undefined;

  /** A heading line naming a person starts their rows (its problem, if the name finds no one, is the line's). */
  function takesPersonHeading(): boolean {
    const name = personInHeading(cells);
    if (name === null) return false;
    const found = members.find('', '', name, cells, rowNumber);
    headingMember = found === LEFT_OUT ? LEFT_OUT : found ? foundMember(found) : null;
    return true;
  }

  function resolveMember(): FoundMember | null | typeof LEFT_OUT {
    if (onePerson !== null) return onePerson;
    if (options.memberHeadings) {
      if (headingMember === undefined) fail('memberName', 'no name above this row; each person’s rows need their name as a heading line over them');
      return headingMember ?? null;
    }
    let m = memberCells.get(cells);
    if (m === undefined) {
      m = { ...memberNames(cells, mapping), found: null };
      memberCells.set(cells, m);
    }
    if (m.found !== null) return m.found;
    const found = members.find(m.email, m.externalId, m.name, cells, rowNumber);
    if (found === LEFT_OUT) return LEFT_OUT;
    if (found) m.found = foundMember(found);
    return m.found;
  }

  /** A training as a record carries it, with whether those fields pass the record's check. */
  const checkedTraining = (t: ResolvedTraining): CheckedTraining => {
    // The training-reference rule holds by construction: an id with its title, or a custom training.
    const ok =
      t.kind === 'catalogue'
        ? fieldOk('trainingId', t.id) && fieldOk('trainingTitle', t.title) && fieldOk('trainingFamily', t.family)
        : fieldOk('custom', t.custom);
    return Object.assign(t, { ok });
  };

  const fixed: CheckedTraining | null | 'missing' = (() => {
    const t = options.training;
    if (t === null) return null;
    if (t.kind === 'custom') return checkedTraining(customTraining(cleanCell(t.title).trim(), cleanCell(t.provider).trim()));
    const found = trainings.byId(t.trainingId);
    return found ? checkedTraining(catalogueTraining(found)) : 'missing';
  })();
  if (fixed === 'missing' && plan.fileProblems.length === 0) plan.fileProblems.push('The training chosen for all rows is not in the catalogue in use; choose it again.');
  if (fixed !== null && fixed !== 'missing' && fixed.title === '' && plan.fileProblems.length === 0) {
    plan.fileProblems.push('“All rows are this training” is ticked: pick the training from the catalogue or type its title.');
  }

  /**
   * A training matrix's dated columns: each course's, with its training found once, or turned
   * the other way, each person's, with its member found once (null: the header names no one we
   * can record, a problem of the header row).
   */
  // day: the session's day the course column's header gives, for the ticks under it (columnSessionDay).
  const spread: { column: number; expiresColumn: number | null; training?: CheckedTraining; member?: FoundMember | null; day?: DateCell | null }[] = [];
  const matrixProblems: string[] = [];
  for (const { column, training: chosen, expiresColumn } of options.trainingColumns) {
    const found = columnTraining(table.headers[column] ?? '', column, chosen, trainings);
    if (found.kind === 'problem') matrixProblems.push(found.message);
    else {
      const day = columnSessionDay(table.headers[column] ?? '');
      const training = checkedTraining(found.kind === 'catalogue' ? catalogueTraining(found.training) : customTraining(found.title, found.provider));
      spread.push({ column, expiresColumn, training, day: day === null ? null : readDateCell(day) });
    }
  }
  if (plan.fileProblems.length === 0) plan.fileProblems.push(...matrixProblems);
  if (plan.fileProblems.length === 0) {
    for (const { column, memberId } of options.personColumns) {
      const header = cleanCell(table.headers[column] ?? '').trim();
      let member: Member | null | typeof LEFT_OUT | undefined;
      if (memberId !== null) {
        member = ctx.members.find((m) => m.id === memberId);
        if (member === undefined) plan.fileProblems.push(`The team member chosen for ${header !== '' ? `“${header.slice(0, 80)}”` : `column ${column + 1}`} is not on the team any more; choose them again.`);
      } else if (header === '') plan.fileProblems.push(`Column ${column + 1} has no header to name its person; choose who it is.`);
      else {
        // Found (or made, with "Create members…") as a row names someone; a problem is the header row's, under its column.
        rowNumber = table.headerRowNumber;
        personColumn = column;
        member = members.find(header.includes('@') ? header : '', '', header.includes('@') ? '' : header, [], rowNumber);
        personColumn = null;
      }
      // A column of someone left out is not read, as a row of theirs would not be.
      if (member !== undefined) spread.push({ column, expiresColumn: null, member: member === null || member === LEFT_OUT ? null : foundMember(member) });
    }
  }

  // The training of each distinct combination of training cells (id, title, provider), once found.
  const trainingCells = new CellTupleMemo<TrainingCells>([mapping.trainingId, mapping.trainingTitle, mapping.provider].filter((c): c is number => c !== null), memoLimit);

  // A report grouped by course: the training of the last heading line that named one, once found,
  // and the session's day when the heading gave it, for rows without a date of their own.
  let headingTraining: CheckedTraining | null | undefined;
  /** The file's first row was Canvas's Manual Posting line. */
  let manualPosting = false;
  let headingDay: DateCell | null = null;

  // The first course's heading may stand above the header, the header repeated under each course:
  // the line right above it, when it names a catalogue course, is the course of the rows before the next heading.
  if (options.trainingHeadings) {
    const above = layout.skippedAbove[layout.skippedAbove.length - 1];
    const course = above === undefined || above.text.includes(' · ') ? null : courseInHeading([above.text]);
    const match = course === null ? null : trainings.byTitle(course.title);
    if (course !== null && match?.kind === 'found') {
      headingTraining = checkedTraining(catalogueTraining(match.training));
      headingDay = course.day === null ? null : readDateCell(course.day);
    }
  }

  /** A heading line naming a course starts its rows (its problem, if the name is ambiguous, is the line's). */
  function takesCourseHeading(): boolean {
    const course = courseInHeading(cells);
    if (course === null) return false;
    const found = findTraining('', course.title, '');
    headingTraining = found ? checkedTraining(found) : null;
    headingDay = course.day === null ? null : readDateCell(course.day);
    return true;
  }

  function resolveTraining(): CheckedTraining | null {
    if (fixed !== null && fixed !== 'missing') return fixed;
    if (options.trainingHeadings) {
      if (headingTraining === undefined) fail('trainingTitle', 'no course above this row; each course’s rows need its name as a heading line over them');
      return headingTraining ?? null;
    }
    let t = trainingCells.get(cells);
    if (t === undefined) {
      t = { id: cleanField(cells, mapping.trainingId), title: cleanField(cells, mapping.trainingTitle), provider: cleanField(cells, mapping.provider), found: null };
      trainingCells.set(cells, t);
    }
    if (t.found !== null) return t.found;
    const found = findTraining(t.id, t.title, t.provider);
    if (found) t.found = checkedTraining(found);
    return t.found;
  }

  function findTraining(id: string, title: string, provider: string): ResolvedTraining | null {
    if (id !== '') {
      const t = trainings.byId(id);
      if (t) return catalogueTraining(t);
      // A course named only by its LMS ID number ("SEARCH-P2P") where others have a title (Totara's
      // completion import takes either): the ID number is the title it is recorded by.
      if (title === '' && mapping.trainingTitle !== null && /\p{L}/u.test(id)) title = id;
      if (title === '') {
        fail('trainingId', `"${id.slice(0, 80)}" is not a training in the catalogue, and the row has no training title to record it by`);
        return null;
      }
    }
    if (title === '') {
      fail(mapping.trainingTitle !== null ? 'trainingTitle' : 'trainingId', 'empty; every record must say which training it was');
      return null;
    }
    const match = trainings.byTitle(title);
    if (match.kind === 'found') return catalogueTraining(match.training);
    if (match.kind === 'ambiguous') {
      fail('trainingTitle', `"${title.slice(0, 80)}" matches ${match.ids.length} catalogue trainings (${match.ids.join(', ')}); add a Training ID column to say which`);
      return null;
    }
    return customTraining(title, provider);
  }

  return {
    /** True when the file or mapping is unusable; nothing is checked then. */
    get blocked() {
      return plan.fileProblems.length > 0;
    },
    /** The order dates are read with (planImportFromText: once the file has told it). */
    get dateOrder() {
      return dates.order;
    },
    /** Reads later dates in `order`: only for a checker whose dates so far read the same in any order. */
    useDateOrder(order: DateOrder | null): void {
      dates.order = order;
    },
    /** Rows from `index` on are the summary lines that end the file (planImportFromText: known at its end). */
    useSummaryStart(index: number): void {
      summaryStart = index;
    },
    /** Checks the row at `index` (rows come in file order, each once). */
    check(index: number, number: number, rowCells: readonly string[], pair: CoursePair | null = null): void {
      rowNumber = number;
      cells = rowCells;
      pairColumns = pair;
      // Another table under the records, found by the survey: its rows are not this mapping's (before the summary lines, which may run into it).
      if (index >= survey.otherTableStart) {
        if (plan.otherTable !== null) plan.otherTable.rows++;
        else plan.otherTable = { rowNumber, text: cells.map((c) => c.trim()).filter((c) => c !== '').join(' · ').slice(0, 120), rows: 0 };
        return;
      }
      if (index >= summaryStart) {
        plan.summaryRows.push({ rowNumber, text: cells.filter((c) => c.trim() !== '').join(' · ').slice(0, 120) });
        return;
      }
      // More of the header: notes on the columns right under it (their date cell filled with no
      // date: every record's date has digits), or the header again further down.
      // Canvas's Points Possible may come under its "Manual Posting" line.
      if (index === 0 && isManualPosting(cells)) manualPosting = true;
      const notes =
        (index === 0 && DEADLINE_ROW.test(firstFilledCell(cells))) ||
        (index === 0 && ((mapping.completedOn !== null && (cells[mapping.completedOn] ?? '').trim() !== '' && isColumnNotes(cells)) || isPointsPossible(cells) || manualPosting)) ||
        (index === 1 && manualPosting && isPointsPossible(cells)) ||
        // A template's example row under its header ("Doe, John (EXAMPLE)", "e.g. Dana Reyes").
        (index <= 1 && isExampleRow(cells));
      if (notes || repeatsHeader(cells)) {
        plan.headerLines.push({ rowNumber, text: cells.map((c) => c.trim()).filter((c) => c !== '').join(' · ').slice(0, 120), kind: notes ? 'notes' : 'repeat' });
        if (mapping.status !== null) headerStatus.add(cleanImportCell(cells[mapping.status] ?? ''));
        return;
      }
      // A group's footer inside the file ("Officer Total:", "Subtotal"): undated, so no record.
      if (isGroupFooter(cells)) {
        plan.summaryRows.push({ rowNumber, text: cells.filter((c) => c.trim() !== '').join(' · ').slice(0, 120) });
        return;
      }
      plan.rowsRead++;
      checkRow();
    },
    /** After the last row. */
    finish(): void {
      // A class's days as rows (a seminar's sign-ups, a sign-in form a day): one record, on its last day.
      const folded = options.oneRecordPerClass ? foldClassDays(plan.completions, doneByMember, mapping.hours !== null) : null;
      if (folded !== null && folded.classes.length > 0) {
        plan.completions = folded.records;
        plan.classDays = folded.classes;
        plan.catalogueMatches = folded.records.reduce((n, c) => (c.trainingId === undefined ? n : n + 1), 0);
        plan.customTrainings = folded.records.length - plan.catalogueMatches;
        recountWithoutHours(withoutHours, folded.records);
      }
      plan.withoutHours = [...withoutHours.values()];
      // A header line's status cell ("Status", "(Yes/No)") is not a value to choose as completed.
      if (headerStatus.size > 0) plan.statusValues = plan.statusValues.filter((v) => !headerStatus.has(v));
    },
    result(): ImportPlan {
      return plan;
    },
  };
}

export type RowChecker = ReturnType<typeof createRowChecker>;

/** The records without hours per training, counted again over the records kept (a class's days made one). */
function recountWithoutHours(withoutHours: Map<string, TrainingWithoutHours>, records: readonly Completion[]): void {
  for (const entry of withoutHours.values()) entry.rows = 0;
  for (const c of records) {
    if (c.hours !== undefined) continue;
    const entry = withoutHours.get(c.trainingId === undefined ? trainingHoursKey({ kind: 'custom', title: c.custom!.title }) : trainingHoursKey({ kind: 'catalogue', id: c.trainingId }));
    if (entry) entry.rows++;
  }
  for (const [key, entry] of withoutHours) if (entry.rows === 0) withoutHours.delete(key);
}

const LABELLED_FIGURE = /^\p{L}[\p{L} .]{1,29}:\s*[\d.,]+\s*$/u;

// An LMS report lists people who have not finished with no date: the choice that skips them is named where it is needed.
const EMPTY_DATE_IN_COLUMN =
  'empty; every record needs the date it was completed. If an empty date means the person has not finished, tick “Rows without a completion date are people who have not finished: skip them”';

// A tracker's row of deadlines under its header ("Required By" · 12/31/2026 · …): when each course is due, no one's record.
const DEADLINE_ROW = /^(?:required by|due(?: by| date)?|deadline|target(?: date)?|complete by|to be completed by)$/i;

// "Never" as certificate plugins write it in English, Spanish and Portuguese, French, German, Italian;
// and what coordinators type where a course has no expiry, in those languages and Dutch ("s.o." is the
// French sans objet, "n.v.t." the Dutch niet van toepassing, "k.A." the German keine Angabe).
const NO_EXPIRY =
  /^(?:never|none|n\/?a|n\.a\.?|-+|no expiry|no expiration|does not expire|doesn't expire|non-expiring|lifetime|permanent|indefinite|nunca|jamais|nie|mai|s\/?o|s\.o\.?|sans objet|aucune?|n\/d|no aplica|sin vencimiento|permanente|não se aplica|nao se aplica|keine|k\.\s?a\.?|entf(?:ä|ae)llt|geen|n\.v\.t\.?)$/i;
// A Unix time of 0 printed as a day: how a certificate's expiry not set yet comes out of Moodle's
// Custom certificate report (its expiry counts from a course completion not there yet), in UTC or west of it.
const UNIX_TIME_ZERO = new Set(['1970-01-01', '1969-12-31']);

