import * as z from 'zod';
import { lazySchema } from '../validation/lazy-schema';
import { customTrainingSchema, hoursSchema, isoDateOnlySchema, recordIdSchema } from '../model/team';
import { slugSchema } from '../catalogue/schema';

/**
 * Choices on the mapping screen beyond "which column holds what". The preview and
 * the main side's commit read the same object, so what the preview shows is what
 * gets saved.
 */
export const fixedTrainingSchema = lazySchema(() => z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('catalogue'), trainingId: slugSchema }).strict(),
  z.object({ kind: z.literal('custom'), title: customTrainingSchema.shape.title, provider: customTrainingSchema.shape.provider }).strict(),
]));
export type FixedTraining = z.infer<typeof fixedTrainingSchema>;

export const importOptionsSchema = lazySchema(() => z
  .object({
    /** "All rows are this training": LMS reports of one course carry it only in the file name. */
    training: fixedTrainingSchema.nullable().default(null),
    /**
     * A training matrix (one row per person, one column per course, a completion date in each
     * cell): the columns that are trainings. `training` null = the training the column's header
     * names (a catalogue title, else a training outside the catalogue under that title).
     */
    trainingColumns: z
      .array(
        z
          .object({
            column: z.number().int().min(0).max(10_000),
            training: fixedTrainingSchema.nullable(),
            /** The column beside it with the date the certificate expires ("CART Expires"), if any. */
            expiresColumn: z.number().int().min(0).max(10_000).nullable().default(null),
          })
          .strict(),
      )
      .max(1_000)
      .default([]),
    /**
     * "All rows are one person's": a state board's training history or an LMS's record of learning
     * lists one officer's courses and names the officer only above the table. A team member's id;
     * '' = ticked, no one chosen yet.
     */
    memberForAll: z.union([recordIdSchema, z.literal('')]).nullable().default(null),
    /**
     * A training matrix turned the other way (one row per course, one column per person, the date
     * each person completed it in their column): the columns that are people. `memberId` null = the
     * person the column's header names (person-columns.ts).
     */
    personColumns: z
      .array(z.object({ column: z.number().int().min(0).max(10_000), memberId: recordIdSchema.nullable() }).strict())
      .max(1_000)
      .default([]),
    /** "Each row has several courses, in pairs of columns": a tracker's "Course 1", "Date 1", "Course 2"… (course-pairs.ts). */
    coursePairs: z.boolean().default(false),
    /** "Each name cell lists several people": a class entered once with all who attended ("Dana Reyes; Sam Lee"), one record each (people-in-cell.ts). */
    peoplePerCell: z.boolean().default(false),
    /** "Each person's name is a heading over their rows": a report grouped by person (grouped-by-heading.ts). */
    memberHeadings: z.boolean().default(false),
    /** "Each course's name is a heading over its rows": a report grouped by course (grouped-by-heading.ts). */
    trainingHeadings: z.boolean().default(false),
    /**
     * "All rows were completed on one day": a class roster or sign-in sheet of one session has no
     * date column. '' = ticked, the day not chosen yet.
     */
    completedOnForAll: z.union([isoDateOnlySchema, z.literal('')]).nullable().default(null),
    /** "Leave out people who are not on the team": a course's report of every agency's learners, a session's trainer. */
    leaveOutNotOnTeam: z.boolean().default(false),
    /**
     * "Leave out rows dated after today": a hand-kept log lists the classes people are booked on
     * below (or among) the ones they attended, told apart only by colour. Off, such a row is refused:
     * its date may be a typo.
     */
    leaveOutAfterToday: z.boolean().default(false),
    /** Status values (as written in the file) that mean completed; null = the usual words (Yes, Completed, Passed…). */
    completedValues: z.array(z.string().max(200)).max(200).nullable().default(null),
    /** Rows with no completion date are people who have not finished (Moodle's course completion report). */
    skipRowsWithoutDate: z.boolean().default(false),
    /**
     * "The same course a few days apart is one class": a seminar's sign-ups or a daily sign-in list has a row
     * per day; one record per class, on its last day (class-days.ts). Off for this app's own export, whose
     * rows are records already.
     */
    oneRecordPerClass: z.boolean().default(true),
    /** Empty cells take the value of the row above, for the training's fields and for who took it (cells merged down in Excel, then saved as CSV): repeat-above.ts. */
    repeatAbove: z.boolean().default(false),
    /**
     * The header's row number, as the coordinator chose it on the file step when the one found
     * was wrong (a form's label block, a legend beside the title); null = found from the file.
     * The commit reads the file with the same header as the preview. At most HEADER_WINDOW
     * (csv-parse.ts), the rows the file step offers; not imported here, to keep this module light.
     */
    headerRow: z.number().int().min(1).max(50).nullable().default(null),
    /** null = read from the file; asked for when no value tells. */
    dateOrder: z.enum(['mdy', 'dmy', 'ymd']).nullable().default(null),
    excel1904: z.boolean().default(false),
    /** Hours for every row of a training that has none in the file, keyed by trainingHoursKey. */
    hoursByTraining: z.record(z.string().max(400), hoursSchema).default({}),
  })
  .strict());
export type ImportOptions = z.infer<typeof importOptionsSchema>;
export type TrainingColumn = ImportOptions['trainingColumns'][number];
export type PersonColumn = ImportOptions['personColumns'][number];
export type ImportOptionsInput = z.input<typeof importOptionsSchema>;

/**
 * What importOptionsSchema.parse({}) gives, written out so that loading this module builds no
 * schema (tests/unit/validation/lazy-schema.test.ts holds the two equal).
 */
export const defaultImportOptions: ImportOptions = {
  training: null,
  trainingColumns: [],
  memberForAll: null,
  personColumns: [],
  coursePairs: false,
  peoplePerCell: false,
  memberHeadings: false,
  trainingHeadings: false,
  completedOnForAll: null,
  leaveOutNotOnTeam: false,
  leaveOutAfterToday: false,
  completedValues: null,
  skipRowsWithoutDate: false,
  oneRecordPerClass: true,
  repeatAbove: false,
  headerRow: null,
  dateOrder: null,
  excel1904: false,
  hoursByTraining: {},
};
