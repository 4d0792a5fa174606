import type { z } from 'zod';
import { completionSchema, memberSchema, type Completion, type Member } from '../model/team';
import { restoreCell } from './csv-cells';
import { fieldLabels, mappingProblems, type ColumnMapping, type ImportField } from './csv-mapping';
import type { CsvRow, CsvTable } from './csv-parse';
import { parseDateCell, parseNumberCell } from './csv-values';
import { createMemberMatcher, createTrainingMatcher, normaliseText } from './matching';
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
}

export function formatRowError(e: RowError): string {
  return `Row ${e.rowNumber}, ${e.field}: ${e.message}`;
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
};
const memberPathField: Record<string, ImportField> = { name: 'memberName', email: 'memberEmail', role: 'memberRole', agency: 'memberAgency' };

/**
 * Checks rows in slices so a screen can show progress on a 50,000-row file, and
 * collects every row's problems. The same code runs in the renderer (preview) and in
 * the main process (commit), so what the preview promises is what gets saved.
 */
export function createImportChecker(table: CsvTable, mapping: ColumnMapping, ctx: ImportContext) {
  const plan: ImportPlan = {
    completions: [],
    newMembers: [],
    errors: [],
    fileProblems: [...table.fileProblems],
    rowsRead: 0,
    duplicates: 0,
    catalogueMatches: 0,
    customTrainings: 0,
  };
  if (plan.fileProblems.length === 0) plan.fileProblems.push(...mappingProblems(mapping, table.headers.length));
  if (plan.fileProblems.length === 0 && table.rows.length === 0) plan.fileProblems.push('The file has a header row but no records under it.');

  const members = createMemberMatcher(ctx.members);
  const trainings = createTrainingMatcher(ctx.trainings);
  const seen = new Set(ctx.completions.map((c) => duplicateKey(c)));
  const pendingByEmail = new Map<string, Member>();
  const pendingByName = new Map<string, Member>();
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
    const cell = (field: ImportField): string => {
      const column = mapping[field];
      return column === null ? '' : restoreCell((row.cells[column] ?? '').trim());
    };

    const parseProblem = table.rowProblems.get(row.rowNumber);
    if (parseProblem) {
      fail('Row', parseProblem);
      plan.errors.push(...errors);
      return;
    }
    const lastFilled = row.cells.reduceRight((found, c, i) => (found === -1 && c.trim() !== '' ? i : found), -1);
    if (lastFilled >= table.headers.length) {
      fail('Row', `it has values in ${lastFilled + 1} columns but the header names only ${table.headers.length}; is a value missing its quotes, or is the delimiter different on this row?`);
    }

    const member = resolveMember(cell, fail);
    const training = resolveTraining(cell, fail);

    const dateText = cell('completedOn');
    let completedOn: string | undefined;
    if (dateText === '') fail('completedOn', 'empty; every record needs the date it was completed');
    else {
      const date = parseDateCell(dateText);
      if (date.ok) completedOn = date.value;
      else fail('completedOn', date.message);
    }

    let hours: number | undefined;
    const hoursText = cell('hours');
    if (hoursText === '') {
      if (training?.kind === 'catalogue' && training.hours !== undefined) hours = training.hours;
      else if (training) fail('hours', training.kind === 'catalogue' ? `empty, and the catalogue does not state hours for "${training.title}"` : 'empty; a training outside the catalogue needs its hours');
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

    if (errors.length === 0 && member && training && completedOn !== undefined && hours !== undefined) {
      const candidate = {
        id: ctx.newId('completion'),
        memberId: member.id,
        ...(training.kind === 'catalogue'
          ? { trainingId: training.id, trainingTitle: training.title, trainingFamily: training.family }
          : { custom: { title: training.title, provider: training.provider } }),
        completedOn,
        hours,
        ...optional('certificateNumber', cell('certificateNumber')),
        ...optional('notes', cell('notes')),
        ...(validForMonths !== undefined ? { validForMonths } : {}),
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
    const name = cell('memberName');
    if (email === '' && name === '') {
      fail(mapping.memberName !== null ? 'memberName' : 'memberEmail', 'empty; every record must say whose it is');
      return null;
    }
    let ambiguous = 0;
    if (email !== '') {
      const found = members.byEmail(email);
      if (found.kind === 'found') return { id: found.member.id, record: found.member };
      if (found.kind === 'ambiguous') ambiguous = found.count;
    }
    if (name !== '' && ambiguous === 0) {
      const found = members.byName(name);
      if (found.kind === 'found') return { id: found.member.id, record: found.member };
      if (found.kind === 'ambiguous') ambiguous = found.count;
    }
    if (ambiguous > 0) {
      fail(email !== '' && name === '' ? 'memberEmail' : 'memberName', `"${name || email}" matches ${ambiguous} team members; add a Member email column (or give them distinct emails) to say which`);
      return null;
    }
    const pending = (email !== '' ? pendingByEmail.get(email.toLowerCase()) : undefined) ?? (name !== '' ? pendingByName.get(normaliseText(name)) : undefined);
    if (pending) return { id: pending.id, record: pending };
    if (!ctx.createMissingMembers) {
      fail(
        name !== '' ? 'memberName' : 'memberEmail',
        `"${name || email}" is not on your team. Add them on the Team screen first, or choose "Create members who are not on the team yet"`,
      );
      return null;
    }
    if (name === '') {
      fail('memberName', `empty; a name is needed to add ${email} to the team`);
      return null;
    }
    const created = memberSchema.safeParse({
      id: ctx.newId('member'),
      name,
      role: cell('memberRole'),
      agency: cell('memberAgency'),
      ...(email !== '' ? { email } : {}),
      audiences: [],
      active: true,
    });
    if (!created.success) {
      reportIssues(created.error, memberPathField, fail);
      return null;
    }
    if (email !== '') pendingByEmail.set(email.toLowerCase(), created.data);
    pendingByName.set(normaliseText(name), created.data);
    plan.newMembers.push(created.data);
    return { id: created.data.id, record: created.data };
  }

  type ResolvedTraining =
    | { kind: 'catalogue'; id: string; title: string; family: string; hours: number | undefined }
    | { kind: 'custom'; title: string; provider: string };

  function resolveTraining(cell: (f: ImportField) => string, fail: Fail): ResolvedTraining | null {
    const id = cell('trainingId');
    const title = cell('trainingTitle');
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

  function finishRow(row: CsvRow): void {
    plan.rowsRead++;
    checkRow(row);
  }

  return {
    total: table.rows.length,
    /** True when the file or mapping is unusable; checkNext then does nothing. */
    blocked: plan.fileProblems.length > 0,
    /** Checks up to `count` more rows; returns how many rows are done. */
    checkNext(count: number): number {
      if (plan.fileProblems.length > 0) return table.rows.length;
      const end = Math.min(table.rows.length, next + count);
      for (; next < end; next++) finishRow(table.rows[next]!);
      return next;
    },
    result(): ImportPlan {
      return plan;
    },
  };
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
export function planImport(table: CsvTable, mapping: ColumnMapping, ctx: ImportContext): ImportPlan {
  const checker = createImportChecker(table, mapping, ctx);
  checker.checkNext(Number.POSITIVE_INFINITY);
  return checker.result();
}
