import { cleanCell } from './clean-cell';
import { createTrainingMatcher } from './matching';
import { sessionForms } from './training-title-forms';
import type { TrainingFacts, TrainingLookup } from './training-lookup';

/*
 * The training a one-session sheet names above its table: a class roster's or sign-in sheet's
 * title line ("Child Abduction Response Team (CART) Training", "Course: Courtroom Testimony").
 */

export type TrainingAbove =
  | { kind: 'catalogue'; training: TrainingFacts; rowNumber: number }
  /** A line labelled as the course ("Course: …") that names no catalogue training. */
  | { kind: 'labelled'; title: string; rowNumber: number };

// "Course: …", "Course Title - …", "Training: …" as a title line or its first cell; a meeting's or
// webinar's title or topic, as Teams and Zoom write it above their attendance lists; "Class Roster: …". A bare
// "Class" or "Session" is more often a number ("Class: 2026-03") than a course, a bare "Title" a person's rank.
const COURSE_LABEL =
  /^(?:course|training|program(?:me)?|topic|event|conference|activit[ée]|formation|cours|adiestramiento|capacitaci[oó]n|curso|formaci[oó]n|lehrgang|schulung|(?:course|training|class|session|event)\s+(?:title|name)|(?:meeting|webinar)\s+(?:title|name|topic)|(?:class\s+|course\s+)?roster(?:\s+for)?|sign[- ]?in\s+sheet(?:\s+for)?)\s*(?:[:–—]|-\s)\s*(.*\p{L}.*)$/iu;

// A title line's cells, and within one, fields typed apart with spaces ("Class: 2026-0147   Course: 1182 HUMAN TRAFFICKING").
const cellsOf = (text: string): string[] => text.split(/\s+·\s+|\s{3,}/).map((c) => c.trim());

// A course's number before its title, in the cell before it: "Course #: 26-0117 · Human Trafficking …".
const COURSE_NUMBER_LABEL = /^(?:course|class)\s*(?:#|no\.?|number|code)\s*:?\s*[\w./-]*$/i;

/** The course a title line names after a label, in one cell ("Course: X") or the next ("Course · X", "Course #: 26-0117 · X"). */
function labelledCourse(text: string): string | null {
  const cells = cellsOf(text);
  for (let i = 0; i < cells.length; i++) {
    const labelled = COURSE_LABEL.exec(cells[i]!);
    if (labelled) return labelled[1]!;
    if (i + 1 < cells.length && (COURSE_LABEL.test(`${cells[i]}: x`) || (COURSE_NUMBER_LABEL.test(cells[i]!) && /\p{L}{3}/u.test(cells[i + 1]!)))) return cells[i + 1]!;
  }
  return null;
}

/**
 * The course a small table above the records names under its label, in the line right below:
 * Zoom's line about the meeting ("Meeting ID · Topic · Start Time" over its values). Only for a
 * header of three cells or more (two are a label and its value: "Meeting title · …"), and when
 * both lines have as many cells, since empty cells are left out of a line's text.
 */
function courseUnderLabel(line: { rowNumber: number; text: string }, next: { rowNumber: number; text: string } | undefined): string | null {
  if (next === undefined || next.rowNumber !== line.rowNumber + 1) return null;
  const labels = cellsOf(line.text);
  const values = cellsOf(next.text);
  if (labels.length < 3 || labels.length !== values.length) return null;
  const at = labels.findIndex((label) => COURSE_LABEL.test(`${label}: x`));
  return at === -1 ? null : values[at]!;
}

/**
 * The training the lines above the table name: a catalogue title first, else a line labelled as
 * the course, else, in a workbook kept a sheet per course, the one-cell title line that starts
 * with the sheet's name (the "Courtroom" sheet's "Courtroom Testimony").
 */
export function trainingAbove(lines: readonly { rowNumber: number; text: string }[], trainings: TrainingLookup, sheet?: { name: string; sheets: number }): TrainingAbove | null {
  if (lines.length === 0) return null;
  const matcher = createTrainingMatcher(trainings);
  const labelledAt = (k: number): { title: string; rowNumber: number } | null => {
    // A table's header line first: there the cell after a label is the next label, not its value.
    const under = courseUnderLabel(lines[k]!, lines[k + 1]);
    if (under !== null) return { title: under, rowNumber: lines[k + 1]!.rowNumber };
    const own = labelledCourse(lines[k]!.text);
    return own === null ? null : { title: own, rowNumber: lines[k]!.rowNumber };
  };
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const labelled = labelledAt(k);
    // A course and its day or place on one line: "CART Training – April 6-9, 2026", "Courtroom Testimony | Salem".
    const parts = cellsOf(line.text).flatMap((cell) => cell.split(/\s+[–—|-]\s+|:\s+/));
    const named = [line.text, ...cellsOf(line.text), ...parts].map((text) => ({ text, rowNumber: line.rowNumber }));
    for (const { text, rowNumber } of labelled === null ? named : [...named, { text: labelled.title, rowNumber: labelled.rowNumber }]) {
      const match = matcher.byTitle(cleanCell(text).trim());
      if (match.kind === 'found') return { kind: 'catalogue', training: match.training, rowNumber };
    }
  }
  for (let k = 0; k < lines.length; k++) {
    const labelled = labelledAt(k);
    // Without the session it was typed for ("… - Session 2026-04 (04/07/2026 - 04/08/2026)"): the course, as every session names it.
    const written = labelled === null ? '' : cleanCell(labelled.title).trim();
    const title = sessionForms(written).at(-1) ?? written;
    if (title !== '') return { kind: 'labelled', title: title.slice(0, 300), rowNumber: labelled!.rowNumber };
  }
  const named = sheet !== undefined && sheet.sheets > 1 ? lines.find((line) => startsWithName(cleanCell(line.text).trim(), sheet.name)) : undefined;
  return named === undefined ? null : { kind: 'labelled', title: cleanCell(named.text).trim().slice(0, 300), rowNumber: named.rowNumber };
}

/** A title line of one cell that starts with the sheet's name as a whole word, and says more. */
function startsWithName(text: string, name: string): boolean {
  const sheet = name.trim().toLowerCase();
  return sheet.length >= 3 && cellsOf(text).length === 1 && text.length > sheet.length && text.toLowerCase().startsWith(sheet) && /^[\s:–—-]/.test(text.slice(sheet.length));
}
