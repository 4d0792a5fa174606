import { memberIdentityFields, type ColumnMapping, type ImportField } from './csv-mapping';
import { defaultImportOptions, type ImportOptions } from './import-options';

/**
 * The mapping screen's choices for files whose columns do not say who, what or when on each
 * row. Each replaces some columns of the mapping and excludes some other choices; this table
 * is the one place that says which, so ticking one on the screen clears exactly those.
 * mappingProblems names any pair still ticked together (a saved mapping, a hand-made options object).
 */
export type RowChoice = 'training' | 'trainingColumns' | 'trainingHeadings' | 'coursePairs' | 'memberForAll' | 'memberHeadings' | 'personColumns' | 'completedOnForAll';

type ChoiceOption = Extract<keyof ImportOptions, RowChoice | 'skipRowsWithoutDate'>;

const exclusions: Record<RowChoice, { columns: readonly ImportField[]; choices: readonly ChoiceOption[] }> = {
  // The file's training column may stay: ticked, every row is recorded as the one training instead.
  training: { columns: [], choices: ['trainingColumns', 'trainingHeadings', 'coursePairs'] },
  // Each course's column names its training and holds its dates.
  trainingColumns: {
    columns: ['trainingId', 'trainingTitle', 'completedOn', 'startedOn'],
    choices: ['training', 'trainingHeadings', 'coursePairs', 'memberForAll', 'memberHeadings', 'personColumns', 'completedOnForAll'],
  },
  trainingHeadings: { columns: ['trainingId', 'trainingTitle'], choices: ['training', 'trainingColumns', 'coursePairs', 'memberHeadings', 'personColumns'] },
  // Each pair of columns names its training and holds its date: the file's columns stay, as the first pair.
  coursePairs: { columns: [], choices: ['training', 'trainingColumns', 'trainingHeadings', 'personColumns', 'completedOnForAll'] },
  memberForAll: { columns: memberIdentityFields, choices: ['memberHeadings', 'personColumns', 'trainingColumns'] },
  memberHeadings: { columns: memberIdentityFields, choices: ['memberForAll', 'personColumns', 'trainingColumns', 'trainingHeadings'] },
  // Each person's column holds the dates they completed each row's course.
  personColumns: {
    columns: [...memberIdentityFields, 'completedOn', 'startedOn'],
    choices: ['memberForAll', 'memberHeadings', 'trainingColumns', 'trainingHeadings', 'coursePairs', 'completedOnForAll', 'skipRowsWithoutDate'],
  },
  completedOnForAll: { columns: ['completedOn', 'startedOn'], choices: ['trainingColumns', 'personColumns', 'coursePairs', 'skipRowsWithoutDate'] },
};

/** The mapping and options with everything `choice` replaces or excludes cleared; the caller then sets the choice itself. */
export function clearedFor(choice: RowChoice, mapping: ColumnMapping, options: ImportOptions): { mapping: ColumnMapping; options: ImportOptions } {
  const { columns, choices } = exclusions[choice];
  const nextMapping = { ...mapping };
  for (const field of columns) nextMapping[field] = null;
  const nextOptions: ImportOptions = { ...options };
  for (const other of choices) Object.assign(nextOptions, { [other]: defaultImportOptions[other] });
  return { mapping: nextMapping, options: nextOptions };
}
