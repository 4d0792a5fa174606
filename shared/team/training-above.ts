import { cleanCell } from './clean-cell';
import { createTrainingMatcher } from './matching';
import type { TrainingFacts, TrainingLookup } from './training-lookup';

/*
 * The training a one-session sheet names above its table: a class roster's or sign-in sheet's
 * title line ("Child Abduction Response Team (CART) Training", "Course: Courtroom Testimony").
 */

export type TrainingAbove =
  | { kind: 'catalogue'; training: TrainingFacts; rowNumber: number }
  /** A line labelled as the course ("Course: …") that names no catalogue training. */
  | { kind: 'labelled'; title: string; rowNumber: number };

// "Course: …", "Course Title - …", "Training: …" as a title line or its first cell. A bare "Class" or
// "Session" is more often a number ("Class: 2026-03") than a course.
const COURSE_LABEL = /^(?:course|training|program(?:me)?|(?:course|training|class|session|event)\s+(?:title|name))\s*(?:[:–—]|-\s)\s*(.*\p{L}.*)$/iu;

const cellsOf = (text: string): string[] => text.split(/\s+·\s+/).map((c) => c.trim());

/** The course a title line names after a label, in one cell ("Course: X") or the next ("Course · X"). */
function labelledCourse(text: string): string | null {
  const cells = cellsOf(text);
  for (let i = 0; i < cells.length; i++) {
    const labelled = COURSE_LABEL.exec(cells[i]!);
    if (labelled) return labelled[1]!;
    if (i + 1 < cells.length && COURSE_LABEL.test(`${cells[i]}: x`)) return cells[i + 1]!;
  }
  return null;
}

/** The training the lines above the table name: a catalogue title first, else a line labelled as the course. */
export function trainingAbove(lines: readonly { rowNumber: number; text: string }[], trainings: TrainingLookup): TrainingAbove | null {
  if (lines.length === 0) return null;
  const matcher = createTrainingMatcher(trainings);
  for (const line of lines) {
    const labelled = labelledCourse(line.text);
    // A course and its day or place on one line: "CART Training – April 6-9, 2026", "Courtroom Testimony | Salem".
    const parts = cellsOf(line.text).flatMap((cell) => cell.split(/\s+[–—|-]\s+|:\s+/));
    for (const text of [line.text, ...cellsOf(line.text), ...parts, ...(labelled === null ? [] : [labelled])]) {
      const match = matcher.byTitle(cleanCell(text).trim());
      if (match.kind === 'found') return { kind: 'catalogue', training: match.training, rowNumber: line.rowNumber };
    }
  }
  for (const line of lines) {
    const labelled = labelledCourse(line.text);
    const title = labelled === null ? '' : cleanCell(labelled).trim();
    if (title !== '') return { kind: 'labelled', title: title.slice(0, 300), rowNumber: line.rowNumber };
  }
  return null;
}
