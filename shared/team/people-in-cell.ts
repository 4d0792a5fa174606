import type { CsvRow } from './csv-parse';
import type { Member } from '../model/team';
import { createMemberMatcher, type MemberMatcher } from './matching';

/*
 * A class entered once with everyone who attended in one cell: SharePoint's person field that
 * allows several ("Alicia Brandt;Jerome Oduya"), Airtable's linked records ("Owen Lindqvist,Hannah
 * Szabo"), a hand-kept log's "Dana Reyes; Sam Lee". With "Each name cell lists several people"
 * ticked, the row stands for one record per person.
 */

// Semicolons, and line breaks inside a cell, part people always (not a slash: "UPCOMING / REGISTERED" is a heading).
const ALWAYS = /\s*(?:;|\r?\n)\s*/;
const WORD = /\p{L}[\p{L}'’.-]*/gu;

// A slash between spaces parts people only when each part finds a team member ("Reyes, D. / Hale, J.").
const SLASH = /\s+\/\s+/;
const COMMA = /\s*,\s*/;

/** Whether a name finds one team member, by the matcher's rules (a surname alone, an initial). */
export type FindsMember = (name: string) => boolean;

/** The team's FindsMember; none when the team is empty (no one to part a cell by). */
export function findsOnTeam(team: readonly Member[], matcher: MemberMatcher = createMemberMatcher(team)): FindsMember | undefined {
  return team.length === 0 ? undefined : (name) => matcher.byName(name).kind === 'found';
}

/**
 * The people a name cell lists, or null when it names one. A comma parts people only when each
 * part is a whole name of two words or more: "Reyes, Dana" is one person written last name first.
 * With the team known (`finds`), a cell that finds no one as a whole is parted at commas or at a
 * slash when each part finds a team member: "Reyes, Lee" is two surnames when no one is Lee Reyes.
 */
export function peopleInCell(text: string, finds?: FindsMember): string[] | null {
  const cell = text.trim();
  let parts = cell.split(ALWAYS).filter((p) => p !== '');
  if (parts.length < 2) {
    const known = finds === undefined || finds(cell) ? undefined : [SLASH, COMMA].map((at) => cell.split(at).filter((p) => p !== '')).find((some) => some.length >= 2 && some.every(finds));
    if (known !== undefined) parts = known;
    else {
      parts = cell.split(COMMA).filter((p) => p !== '');
      if (parts.length < 2 || !parts.every(isWholeName)) return null;
    }
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
export function looksLikePeopleInCells(rows: readonly CsvRow[], column: number, finds?: FindsMember): boolean {
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
    } else if (finds !== undefined && peopleInCell(text, finds) !== null) return true;
    if (text.includes(',')) commas++;
  }
  return byComma > 0 && commas * 2 <= filled;
}

/** The row once per person its name cell lists; as it is otherwise. */
export function splitPeople(cells: string[], column: number, finds?: FindsMember): string[][] {
  const people = peopleInCell(cells[column] ?? '', finds);
  if (people === null) return [cells];
  return people.map((person) => {
    const copy = cells.slice();
    copy[column] = person;
    return copy;
  });
}
