import type { CsvRow } from './csv-parse';

/*
 * A class entered once with everyone who attended in one cell: SharePoint's person field that
 * allows several ("Alicia Brandt;Jerome Oduya"), Airtable's linked records ("Owen Lindqvist,Hannah
 * Szabo"), a hand-kept log's "Dana Reyes; Sam Lee". With "Each name cell lists several people"
 * ticked, the row stands for one record per person.
 */

// Semicolons, and line breaks inside a cell, part people always (not a slash: "UPCOMING / REGISTERED" is a heading).
const ALWAYS = /\s*(?:;|\r?\n)\s*/;
const WORD = /\p{L}[\p{L}'’.-]*/gu;

/**
 * The people a name cell lists, or null when it names one. A comma parts people only when each
 * part is a whole name of two words or more: "Reyes, Dana" is one person written last name first.
 */
export function peopleInCell(text: string): string[] | null {
  const cell = text.trim();
  let parts = cell.split(ALWAYS).filter((p) => p !== '');
  if (parts.length < 2) {
    parts = cell.split(/\s*,\s*/).filter((p) => p !== '');
    if (parts.length < 2 || !parts.every(isWholeName)) return null;
  }
  // Each part a name: a few words with a letter, not a sentence ("Moved to fall; see notes from the chief").
  return parts.every((p) => /\p{L}/u.test(p) && (p.match(WORD) ?? []).length <= 5) ? parts : null;
}

/** Two words of letters or more (so never a suffix alone: "Dana Reyes, Jr."). */
function isWholeName(part: string): boolean {
  return (part.match(WORD) ?? []).length >= 2;
}

/**
 * Whether a name column lists several people in some cells: a cell parted by semicolons or line
 * breaks, or by commas in a column that is no list of names written last name first (there most
 * cells have a comma, each a person's own).
 */
export function looksLikePeopleInCells(rows: readonly CsvRow[], column: number): boolean {
  let filled = 0;
  let commas = 0;
  let byComma = 0;
  for (const { cells } of rows.slice(0, 500)) {
    const text = (cells[column] ?? '').trim();
    if (text === '') continue;
    filled++;
    if (peopleInCell(text) !== null) {
      if (ALWAYS.test(text)) return true;
      byComma++;
    }
    if (text.includes(',')) commas++;
  }
  return byComma > 0 && commas * 2 <= filled;
}

/** The row once per person its name cell lists; as it is otherwise. */
export function splitPeople(cells: string[], column: number): string[][] {
  const people = peopleInCell(cells[column] ?? '');
  if (people === null) return [cells];
  return people.map((person) => {
    const copy = cells.slice();
    copy[column] = person;
    return copy;
  });
}
