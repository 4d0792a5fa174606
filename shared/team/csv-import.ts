import type { z } from 'zod';
import { completionSchema, memberSchema, type Completion, type Member } from '../model/team';
import { restoreCell } from './csv-cells';
import { cleanCell, cleanNote } from './clean-cell';
import { fieldLabels, mappingProblems, type ColumnMapping, type ImportField } from './csv-mapping';
import type { CsvRow, CsvTable } from './csv-parse';
import { parseNumberCell } from './csv-values';
import { addMonths } from '../util/dates';
import { detectDateOrder, parseDateText, type DateOptions, type OrderEvidence } from './date-cells';
import type { ImportOptions } from './import-options';
import { createMemberMatcher, createTrainingMatcher, normaliseText, swappedName } from './matching';
import { isCompletedValue, memberNameFromCells, summaryRowsAtEnd } from './row-rules';
import { trainingKey } from './team-index';
import type { TrainingLookup } from './training-lookup';

export interface ImportContext {
  members: readonly Member[];
  /** Existing records: a row that repeats one (same member, training and date) is skipped, not doubled. */
  completions: readonly Completion[];
  trainings: TrainingLookup;
  /**
   * Off (the default): a row naming someone who is not on the team is an error, so a
   * typo never silently adds a person. On: such people are created, once each.
   */
  createMissingMembers: boolean;
  newId: (kind: 'member' | 'completion') => string;
  /** ISO timestamp stamped on every new completion. */
  now: string;
}

export interface RowError {
  rowNumber: number;
  field: string;
  message: string;
}

export interface TrainingWithoutHours {
  key: string;
  title: string;
  rows: number;
}

export interface ImportPlan {
  completions: Completion[];
  newMembers: Member[];
  errors: RowError[];
  /** Problems with the file or the column choice; nothing can be checked until they are fixed. */
  fileProblems: string[];
  rowsRead: number;
  /** Rows already in the records (same member, training and date), left out. */
  duplicates: number;
  catalogueMatches: number;
  customTrainings: number;
  /** Rows whose status (or empty completion date) says the person has not completed; skipped. */
  notCompleted: number;
  /** Total/Count lines and lines with no member at the end of the file; skipped. */
  summaryRows: { rowNumber: number; text: string }[];
  /** Records that will be kept without hours, per training, so one value can be given for all. */
  withoutHours: TrainingWithoutHours[];
  /** What the dates of the file say about day/month order. */
  dateOrder: OrderEvidence;
  /** Distinct values of the status column, in file order, for the "means completed" choice. */
  statusValues: string[];
}

export function formatRowError(e: RowError): string {
  return `Row ${e.rowNumber}, ${e.field}: ${e.message}`;
}

/** The key hours are given under for a training: catalogue id, or the custom title normalised. */
export function trainingHoursKey(t: { kind: 'catalogue'; id: string } | { kind: 'custom'; title: string }): string {
  return t.kind === 'catalogue' ? `catalogue:${t.id}` : `custom:${normaliseText(t.title)}`;
}

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
const memberPathField: Record<string, ImportField> = {
  name: 'memberName',
  email: 'memberEmail',
  role: 'memberRole',
  agency: 'memberAgency',
  externalId: 'memberExternalId',
};

const MAX_STATUS_VALUES = 50;

/**
 * Checks rows in slices so a screen can show progress on a 50,000-row file, and
 * collects every row's problems. The same pure code runs in the renderer (preview)
 * and in the main process (commit), so what the preview promises is what gets saved.
 */
export function createImportChecker(table: CsvTable, mapping: ColumnMapping, ctx: ImportContext, options: ImportOptions) {
  const cellOf = (row: CsvRow, field: ImportField): string => {
    const column = mapping[field];
    if (column === null) return '';
    const raw = row.cells[column] ?? '';
    return restoreCell((field === 'notes' ? cleanNote(raw) : cleanCell(raw)).trim());
  };

  const dateOrder: OrderEvidence =
    mapping.completedOn === null && mapping.expiresOn === null
      ? { kind: 'none' }
      : detectDateOrder(
          (function* () {
            for (const row of table.rows) {
              if (mapping.completedOn !== null) yield { text: row.cells[mapping.completedOn] ?? '', rowNumber: row.rowNumber };
              if (mapping.expiresOn !== null) yield { text: row.cells[mapping.expiresOn] ?? '', rowNumber: row.rowNumber };
            }
          })(),
        );
  const dates: DateOptions = { order: options.dateOrder ?? (dateOrder.kind === 'found' ? dateOrder.order : null), excel1904: options.excel1904 };
  // Exports repeat the same dates and titles thousands of times: each distinct value is read once.
  const dateMemo = new Map<string, ReturnType<typeof parseDateText>>();
  const readDate = (text: string) => {
    let parsed = dateMemo.get(text);
    if (parsed === undefined) dateMemo.set(text, (parsed = parseDateText(text, dates)));
    return parsed;
  };

  const plan: ImportPlan = {
    completions: [],
    newMembers: [],
    errors: [],
    fileProblems: [...table.fileProblems],
    rowsRead: 0,
    duplicates: 0,
    catalogueMatches: 0,
    customTrainings: 0,
    notCompleted: 0,
    summaryRows: [],
    withoutHours: [],
    dateOrder,
    statusValues: [],
  };
  if (plan.fileProblems.length === 0) plan.fileProblems.push(...mappingProblems(mapping, table.headers.length, options.training !== null));
  if (plan.fileProblems.length === 0 && table.rows.length === 0) plan.fileProblems.push('The file has a header row but no records under it.');
  if (plan.fileProblems.length === 0 && dates.order === null && dateOrder.kind === 'ambiguous') {
    plan.fileProblems.push(`Dates such as "${dateOrder.example}" could be month/day or day/month, and no date in the file tells which. Choose the date order.`);
  }
  if (plan.fileProblems.length === 0 && options.dateOrder === null && dateOrder.kind === 'conflict') {
    plan.fileProblems.push(`Some dates are day first ("${dateOrder.dmy}") and some month first ("${dateOrder.mdy}"). Choose the date order; rows in the other order will be listed.`);
  }

  if (mapping.status !== null) {
    const seenValues = new Set<string>();
    for (const row of table.rows) {
      const v = cellOf(row, 'status');
      if (v !== '' && !seenValues.has(v) && seenValues.size < MAX_STATUS_VALUES) {
        seenValues.add(v);
        plan.statusValues.push(v);
      }
    }
  }
  const completedSet = options.completedValues === null ? null : new Set(options.completedValues.map((v) => normaliseText(v)));
  const isCompleted = (value: string) => (completedSet === null ? isCompletedValue(value) : completedSet.has(normaliseText(value)));

  const summaryStart = summaryRowsAtEnd(table.rows, (row) => memberNameFromCells(cellOf(row, 'memberName'), cellOf(row, 'memberFirstName'), cellOf(row, 'memberLastName')) + cellOf(row, 'memberEmail') + cellOf(row, 'memberExternalId') === '');

  const members = createMemberMatcher(ctx.members);
  const trainings = createTrainingMatcher(ctx.trainings);
  const seen = new Set(ctx.completions.map((c) => duplicateKey(c)));
  const pendingByEmail = new Map<string, Member>();
  const pendingByExternalId = new Map<string, Member>();
  const pendingByName = new Map<string, Member>();
  const withoutHours = new Map<string, TrainingWithoutHours>();
  let next = 0;

  const label = (field: ImportField): string => {
    const column = mapping[field];
    const header = column === null ? undefined : table.headers[column];
    return header !== undefined && normaliseText(header) !== normaliseText(fieldLabels[field]) ? `${fieldLabels[field]} (column "${header}")` : fieldLabels[field];
  };

  function checkRow(row: CsvRow): void {
    const errors: RowError[] = [];
    const fail = (field: ImportField | 'Row', message: string) =>
      errors.push({ rowNumber: row.rowNumber, field: field === 'Row' ? 'the whole row' : label(field), message });
    const cell = (field: ImportField): string => cellOf(row, field);

    const parseProblem = table.rowProblems.get(row.rowNumber);
    if (parseProblem) {
      fail('Row', parseProblem);
      plan.errors.push(...errors);
      return;
    }
    if (mapping.status !== null && !isCompleted(cell('status'))) {
      plan.notCompleted++;
      return;
    }
    const dateText = cell('completedOn');
    if (dateText === '' && options.skipRowsWithoutDate) {
      plan.notCompleted++;
      return;
    }
    const lastFilled = row.cells.reduceRight((found, c, i) => (found === -1 && c.trim() !== '' ? i : found), -1);
    if (lastFilled >= table.headers.length) {
      fail('Row', `it has values in ${lastFilled + 1} columns but the header names only ${table.headers.length}; is a value missing its quotes, or is the delimiter different on this row?`);
    }

    const member = resolveMember(cell, fail);
    const training = resolveTraining(cell, fail);

    let completedOn: string | undefined;
    if (dateText === '') fail('completedOn', 'empty; every record needs the date it was completed');
    else {
      const date = readDate(dateText);
      if (date.ok) completedOn = date.value;
      else fail('completedOn', date.message);
    }

    let expiresOn: string | undefined;
    const expiresText = cell('expiresOn');
    // "Never" is how Moodle's certificate report writes "does not expire".
    if (expiresText !== '' && !/^(never|none|n\/?a|-+)$/i.test(expiresText)) {
      const date = readDate(expiresText);
      if (date.ok) expiresOn = date.value;
      else fail('expiresOn', date.message);
    }
    if (completedOn !== undefined && expiresOn !== undefined && expiresOn < completedOn) {
      fail('expiresOn', `${expiresOn} is before the completion date ${completedOn}`);
    }

    let hours: number | undefined;
    const hoursText = cell('hours');
    if (hoursText === '') {
      if (training) {
        const key = trainingHoursKey(training);
        const given = options.hoursByTraining[key];
        if (given !== undefined) hours = given;
        else if (training.kind === 'catalogue' && training.hours !== undefined) hours = training.hours;
        else if (errors.length === 0) {
          const entry = withoutHours.get(key);
          if (entry) entry.rows++;
          else withoutHours.set(key, { key, title: training.title, rows: 1 });
        }
      }
    } else {
      const n = parseNumberCell(hoursText);
      if (n.ok) hours = n.value;
      else fail('hours', n.message);
    }

    let validForMonths: number | undefined;
    const monthsText = cell('validForMonths');
    if (monthsText !== '') {
      const n = parseNumberCell(monthsText);
      if (n.ok) validForMonths = n.value;
      else fail('validForMonths', `${n.message}; give whole months, or leave it empty for no expiry`);
    }

    if (errors.length === 0 && member && training && completedOn !== undefined) {
      const candidate = {
        id: ctx.newId('completion'),
        memberId: member.id,
        ...(training.kind === 'catalogue'
          ? { trainingId: training.id, trainingTitle: training.title, trainingFamily: training.family }
          : { custom: { title: training.title, provider: training.provider } }),
        completedOn,
        ...(hours !== undefined ? { hours } : {}),
        ...optional('certificateNumber', cell('certificateNumber')),
        ...optional('notes', cell('notes')),
        ...(validForMonths !== undefined ? { validForMonths } : {}),
        // An expiry that "Valid for months" already gives (this app's own export) is not stored twice.
        ...(expiresOn !== undefined && !(validForMonths !== undefined && Number.isInteger(validForMonths) && addMonths(completedOn, validForMonths) === expiresOn) ? { expiresOn } : {}),
        createdAt: ctx.now,
      };
      const parsed = completionSchema.safeParse(candidate);
      if (!parsed.success) reportIssues(parsed.error, completionPathField, fail);
      else {
        const key = duplicateKey(parsed.data);
        if (seen.has(key)) plan.duplicates++;
        else {
          seen.add(key);
          plan.completions.push(parsed.data);
          if (training.kind === 'catalogue') plan.catalogueMatches++;
          else plan.customTrainings++;
        }
      }
    }
    plan.errors.push(...errors);
  }

  type Fail = (field: ImportField | 'Row', message: string) => void;

  function resolveMember(cell: (f: ImportField) => string, fail: Fail): { id: string; record: Member } | null {
    const email = cell('memberEmail');
    const externalId = cell('memberExternalId');
    const name = memberNameFromCells(cell('memberName'), cell('memberFirstName'), cell('memberLastName'));
    const nameField: ImportField = mapping.memberName !== null || mapping.memberFirstName === null ? 'memberName' : 'memberFirstName';
    const shown = name || email || externalId;
    if (shown === '') {
      fail(mapping.memberName !== null ? 'memberName' : mapping.memberEmail !== null ? 'memberEmail' : mapping.memberExternalId !== null ? 'memberExternalId' : nameField, 'empty; every record must say whose it is');
      return null;
    }
    let ambiguous = 0;
    if (email !== '') {
      const found = members.byEmail(email);
      if (found.kind === 'found') return { id: found.member.id, record: found.member };
      if (found.kind === 'ambiguous') ambiguous = found.count;
    }
    if (externalId !== '' && ambiguous === 0) {
      const found = members.byExternalId(externalId);
      if (found.kind === 'found') return { id: found.member.id, record: found.member };
      if (found.kind === 'ambiguous') ambiguous = found.count;
    }
    if (name !== '' && ambiguous === 0) {
      const found = members.byName(name);
      if (found.kind === 'found') return { id: found.member.id, record: found.member };
      if (found.kind === 'ambiguous') ambiguous = found.count;
    }
    if (ambiguous > 0) {
      fail(name !== '' ? nameField : email !== '' ? 'memberEmail' : 'memberExternalId', `"${shown}" matches ${ambiguous} team members; add a Member email or ID number column (or give them distinct ones) to say which`);
      return null;
    }
    const pending =
      (email !== '' ? pendingByEmail.get(email.toLowerCase()) : undefined) ??
      (externalId !== '' ? pendingByExternalId.get(externalId.toLowerCase()) : undefined) ??
      (name !== '' ? pendingByName.get(normaliseText(name)) : undefined);
    if (pending) return { id: pending.id, record: pending };
    if (!ctx.createMissingMembers) {
      fail(
        name !== '' ? nameField : email !== '' ? 'memberEmail' : 'memberExternalId',
        `"${shown}" is not on your team. Add them on the Team screen first, or choose "Create members who are not on the team yet"`,
      );
      return null;
    }
    if (name === '') {
      fail(nameField, `empty; a name is needed to add ${email || externalId} to the team`);
      return null;
    }
    const created = memberSchema.safeParse({
      id: ctx.newId('member'),
      name: displayName(name),
      role: cell('memberRole'),
      agency: cell('memberAgency'),
      ...(email !== '' ? { email } : {}),
      ...(externalId !== '' ? { externalId } : {}),
      audiences: [],
      active: true,
    });
    if (!created.success) {
      reportIssues(created.error, memberPathField, fail);
      return null;
    }
    if (email !== '') pendingByEmail.set(email.toLowerCase(), created.data);
    if (externalId !== '') pendingByExternalId.set(externalId.toLowerCase(), created.data);
    pendingByName.set(normaliseText(name), created.data);
    plan.newMembers.push(created.data);
    return { id: created.data.id, record: created.data };
  }

  type ResolvedTraining =
    | { kind: 'catalogue'; id: string; title: string; family: string; hours: number | undefined }
    | { kind: 'custom'; title: string; provider: string };

  const fixed: ResolvedTraining | null | 'missing' = (() => {
    const t = options.training;
    if (t === null) return null;
    if (t.kind === 'custom') return { kind: 'custom', title: cleanCell(t.title).trim(), provider: cleanCell(t.provider).trim() };
    const found = trainings.byId(t.trainingId);
    return found ? { kind: 'catalogue', id: found.id, title: found.title, family: found.family, hours: found.hours } : 'missing';
  })();
  if (fixed === 'missing' && plan.fileProblems.length === 0) plan.fileProblems.push('The training chosen for all rows is not in the catalogue in use; choose it again.');
  if (fixed !== null && fixed !== 'missing' && fixed.title === '' && plan.fileProblems.length === 0) {
    plan.fileProblems.push('“All rows are this training” is ticked: pick the training from the catalogue or type its title.');
  }

  const trainingMemo = new Map<string, ResolvedTraining>();

  function resolveTraining(cell: (f: ImportField) => string, fail: Fail): ResolvedTraining | null {
    if (fixed !== null && fixed !== 'missing') return fixed;
    const id = cell('trainingId');
    const title = cell('trainingTitle');
    const memoKey = `${id}\u0000${title}\u0000${cell('provider')}`;
    const known = trainingMemo.get(memoKey);
    if (known) return known;
    const found = findTraining(id, title, cell, fail);
    if (found) trainingMemo.set(memoKey, found);
    return found;
  }

  function findTraining(id: string, title: string, cell: (f: ImportField) => string, fail: Fail): ResolvedTraining | null {
    if (id !== '') {
      const t = trainings.byId(id);
      if (t) return { kind: 'catalogue', id: t.id, title: t.title, family: t.family, hours: t.hours };
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
    if (match.kind === 'found') {
      const t = match.training;
      return { kind: 'catalogue', id: t.id, title: t.title, family: t.family, hours: t.hours };
    }
    if (match.kind === 'ambiguous') {
      fail('trainingTitle', `"${title.slice(0, 80)}" matches ${match.ids.length} catalogue trainings (${match.ids.join(', ')}); add a Training ID column to say which`);
      return null;
    }
    return { kind: 'custom', title, provider: cell('provider') };
  }

  function finishRow(row: CsvRow, index: number): void {
    if (index >= summaryStart) {
      plan.summaryRows.push({ rowNumber: row.rowNumber, text: row.cells.filter((c) => c.trim() !== '').join(' · ').slice(0, 120) });
      return;
    }
    plan.rowsRead++;
    checkRow(row);
  }

  return {
    total: table.rows.length,
    /** True when the file or mapping is unusable; checkNext then does nothing. */
    get blocked() {
      return plan.fileProblems.length > 0;
    },
    /** Checks up to `count` more rows; returns how many rows are done. */
    checkNext(count: number): number {
      if (plan.fileProblems.length > 0) return table.rows.length;
      const end = Math.min(table.rows.length, next + count);
      for (; next < end; next++) finishRow(table.rows[next]!, next);
      if (next === table.rows.length) plan.withoutHours = [...withoutHours.values()];
      return next;
    },
    result(): ImportPlan {
      return plan;
    },
  };
}

/** "Reyes, Dana" is stored as "Dana Reyes"; "Dana Reyes" and "Reyes, Jr." stay as written. */
function displayName(name: string): string {
  const swapped = swappedName(name);
  return swapped === null || /^(jr|sr|ii|iii|iv|phd|md|esq)\.?$/i.test(name.split(',')[1]!.trim()) ? name : swapped;
}

function optional<K extends string>(key: K, value: string): Partial<Record<K, string>> {
  return value === '' ? {} : ({ [key]: value } as Record<K, string>);
}

function reportIssues(error: z.ZodError, fields: Record<string, ImportField>, fail: (field: ImportField | 'Row', message: string) => void): void {
  for (const issue of error.issues) {
    const field = fields[String(issue.path[0])];
    fail(field ?? 'Row', issue.message);
  }
}

function duplicateKey(c: Completion): string {
  return `${c.memberId}\u0000${trainingKey(c)}\u0000${c.completedOn}`;
}

/** Checks every row at once: the main process uses this before it commits anything. */
export function planImport(table: CsvTable, mapping: ColumnMapping, ctx: ImportContext, options: ImportOptions): ImportPlan {
  const checker = createImportChecker(table, mapping, ctx, options);
  checker.checkNext(Number.POSITIVE_INFINITY);
  return checker.result();
}
