import type { Completion, Member } from '../model/team';
import type { OrderEvidence } from './date-cells';
import { normaliseText } from './matching';
import type { TrainingLookup } from './training-lookup';
import type { ClassDays } from './class-days';

/** What an import is checked against, and what the check of a file finds. */

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
  /**
   * Who saved the import and when: given, every completion carries them as its last two
   * fields (updatedAt, updatedBy), so the store can keep the import's records as built
   * instead of copying each to stamp it.
   */
  stamps?: { updatedAt: string; updatedBy: string };
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
  /** Total/Count lines, lines with no member and one-cell notes at the end of the file; skipped. */
  summaryRows: { rowNumber: number; text: string }[];
  /** Lines above records with a single filled cell ("Quarter 1", "Region 2"): headings, not records; skipped. */
  headingRows: { rowNumber: number; text: string }[];
  /** Rows refused with their member, training or date cell empty: the row above may hold it (cells merged in Excel; the repeat-above choice). */
  rowsWithEmptyCells: number;
  /** Lines that are more of the header, not records: a repeat of it, or notes on the columns under it; skipped. */
  headerLines: { rowNumber: number; text: string; kind: 'repeat' | 'notes' }[];
  /** Another table under the records (a meeting report's list of each join and leave, the classes people are registered for): its first line, and how many rows under it; not read. */
  otherTable: { rowNumber: number; text: string; rows: number } | null;
  /** People not on the team whose rows were left out ("Leave out people who are not on the team"), each once, with their first row. */
  notOnTeam: { rowNumber: number; written: string }[];
  /**
   * Rows with a completion date after today (a class not taken yet, or a typo), each once with the
   * first such date: left out when the coordinator chose so ("Leave out rows dated after today"),
   * otherwise also refused in errors.
   */
  afterToday: { rowNumber: number; written: string }[];
  /** Names found by first and last name only ("Dana M. Reyes" → Dana Reyes), each once, for the coordinator to check. */
  looseNames: { rowNumber: number; written: string; member: string }[];
  /** Records that will be kept without hours, per training, so one value can be given for all. */
  withoutHours: TrainingWithoutHours[];
  /** A class's days as rows, each class made one record on its last day (class-days.ts). */
  classDays: ClassDays[];
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
