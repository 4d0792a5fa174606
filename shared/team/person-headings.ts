import type { CsvRow } from './csv-parse';
import { cleanImportCell } from './import-cells';
import type { createMemberMatcher } from './matching';
import { isSummaryText, singleFilledCell } from './row-rules';

/*
 * Reports grouped by person (a report tool's "group by employee", a log kept one block per
 * officer): the person's name is a heading line over their rows, and the rows name no one.
 */

// What report tools print before the group's value: "Employee: Dana Reyes", "Name - Sam Lee".
const GROUP_LABEL = /^(?:employee|employee name|name|officer|member|learner|student|participant|user|investigator|personnel|staff)\s*[:\-–—]\s*/i;

/**
 * The name a heading line gives, when the line is one: its only filled cell, without a group
 * label; null for a line that is no person's (a digit or a colon left: "Total: 20", "Quarter 1",
 * "Day 2:"; a Total or Count line).
 */
export function personInHeading(cells: readonly string[]): string | null {
  const heading = singleFilledCell(cells);
  if (heading === null) return null;
  const name = cleanImportCell(heading.replace(GROUP_LABEL, ''));
  if (name === '' || /[\d:]/.test(name) || isSummaryText(name)) return null;
  return name;
}

/**
 * Whether a file without a member column reads as grouped by person: a heading line above its
 * first record names someone on the team, or carries a group label ("Employee: …").
 */
export function looksGroupedByPerson(rows: readonly CsvRow[], isOnTeam: ReturnType<typeof createMemberMatcher>['isOnTeam']): boolean {
  for (const row of rows.slice(0, 200)) {
    const name = personInHeading(row.cells);
    if (name === null) continue;
    const labelled = GROUP_LABEL.test(singleFilledCell(row.cells) ?? '');
    if (labelled || isOnTeam({ email: '', externalId: '', name })) return true;
  }
  return false;
}
