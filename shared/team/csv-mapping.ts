/**
 * The fields an import understands, the column headers that suggest each one, and
 * which are required. Header guesses cover this app's own export and the names
 * common LMS and spreadsheet exports use.
 */

export const importFields = [
  'memberName',
  'memberEmail',
  'memberRole',
  'memberAgency',
  'trainingId',
  'trainingTitle',
  'provider',
  'completedOn',
  'hours',
  'certificateNumber',
  'validForMonths',
  'notes',
] as const;
export type ImportField = (typeof importFields)[number];

/** Column index for each field; null = not in the file. */
export type ColumnMapping = Record<ImportField, number | null>;

export const fieldLabels: Record<ImportField, string> = {
  memberName: 'Member name',
  memberEmail: 'Member email',
  memberRole: 'Member role',
  memberAgency: 'Member agency',
  trainingId: 'Training ID',
  trainingTitle: 'Training title',
  provider: 'Provider',
  completedOn: 'Completed on',
  hours: 'Hours',
  certificateNumber: 'Certificate number',
  validForMonths: 'Valid for months',
  notes: 'Notes',
};

export const fieldHelp: Record<ImportField, string> = {
  memberName: 'Matched to team members by name (ignoring case and extra spaces).',
  memberEmail: 'Matched to team members by email first, when given.',
  memberRole: 'Used only for members the import creates.',
  memberAgency: 'Used only for members the import creates.',
  trainingId: 'A catalogue training id, e.g. "icac-undercover-chat".',
  trainingTitle: 'Matched to catalogue titles; unmatched titles become custom trainings.',
  provider: 'Provider of a custom training.',
  completedOn: 'YYYY-MM-DD, m/d/yyyy or an Excel date number.',
  hours: 'Defaults to the catalogue hours when empty.',
  certificateNumber: '',
  validForMonths: 'Whole months the certificate stays valid; empty = no expiry.',
  notes: '',
};

/** Header spellings per field, most specific first. Compared after normaliseHeader. */
const synonyms: Record<ImportField, string[]> = {
  memberName: ['member name', 'member', 'employee name', 'employee', 'learner name', 'learner', 'student name', 'participant', 'attendee', 'full name', 'name'],
  memberEmail: ['member email', 'email', 'e-mail', 'email address', 'learner email', 'user email', 'employee email'],
  memberRole: ['member role', 'role', 'position', 'job title', 'rank'],
  memberAgency: ['member agency', 'agency', 'department', 'organization', 'organisation', 'employer'],
  trainingId: ['training id', 'course id', 'training code', 'course code'],
  trainingTitle: ['training title', 'training', 'training name', 'course title', 'course name', 'course', 'title'],
  provider: ['provider', 'training provider', 'course provider', 'vendor'],
  completedOn: ['completed on', 'completion date', 'date completed', 'completed', 'date of completion', 'completion', 'date'],
  hours: ['hours', 'training hours', 'credit hours', 'contact hours', 'ce hours', 'duration hours', 'duration'],
  certificateNumber: ['certificate number', 'certificate no', 'certificate id', 'cert number', 'cert no', 'certificate'],
  validForMonths: ['valid for months', 'validity months', 'valid months', 'valid for', 'validity', 'renewal months'],
  notes: ['notes', 'note', 'comments', 'comment', 'remarks'],
};

export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[#()[\]_:.\-/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function emptyMapping(): ColumnMapping {
  return Object.fromEntries(importFields.map((f) => [f, null])) as ColumnMapping;
}

/** Best guess per field from the headers; each column is used at most once. */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const normalised = headers.map(normaliseHeader);
  const taken = new Set<number>();
  const mapping = emptyMapping();
  // Pass 1 takes the most specific spellings for every field before any generic one ("name", "date").
  const longest = Math.max(...Object.values(synonyms).map((s) => s.length));
  for (let rank = 0; rank < longest; rank++) {
    for (const field of importFields) {
      if (mapping[field] !== null) continue;
      const wanted = synonyms[field][rank];
      if (wanted === undefined) continue;
      const column = normalised.findIndex((h, i) => h === wanted && !taken.has(i));
      if (column !== -1) {
        mapping[field] = column;
        taken.add(column);
      }
    }
  }
  return mapping;
}

/** What is missing before rows can be checked; empty when the mapping is usable. */
export function mappingProblems(mapping: ColumnMapping, columnCount: number): string[] {
  const problems: string[] = [];
  for (const field of importFields) {
    const column = mapping[field];
    if (column !== null && (column < 0 || column >= columnCount)) problems.push(`${fieldLabels[field]} points at column ${column + 1}, which the file does not have.`);
  }
  const used = new Map<number, ImportField>();
  for (const field of importFields) {
    const column = mapping[field];
    if (column === null) continue;
    const other = used.get(column);
    if (other) problems.push(`${fieldLabels[other]} and ${fieldLabels[field]} both use column ${column + 1}; give each its own column.`);
    used.set(column, field);
  }
  if (mapping.memberName === null && mapping.memberEmail === null) {
    problems.push('Choose the column that names the member (Member name or Member email): the file has none that looks like one.');
  }
  if (mapping.trainingId === null && mapping.trainingTitle === null) {
    problems.push('Choose the column that names the training (Training title or Training ID): the file has none that looks like one.');
  }
  if (mapping.completedOn === null) problems.push('Choose the column with the completion date (Completed on): the file has none that looks like one.');
  return problems;
}
