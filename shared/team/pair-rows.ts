import { memberIdentityFields, type ColumnMapping } from './csv-mapping';
import { coursePairs, createPairSplit, type PairRow } from './course-pairs';
import type { ImportOptions } from './import-options';
import { findsOnTeam, splitPeople } from './people-in-cell';
import type { Member } from '../model/team';
import { firstFilledCell, isSummaryText } from './row-rules';

/**
 * How the import reads each row: as itself; with "Each row has several courses, in pairs of
 * columns" ticked, as one row per pair; with "Each name cell lists several people" ticked, as one
 * row per person (people-in-cell.ts). The kept-table path and the streaming one share it, so both
 * check the same rows.
 */
export function rowSplitFor(
  headers: readonly string[],
  mapping: ColumnMapping,
  options: Pick<ImportOptions, 'coursePairs' | 'peoplePerCell'>,
  team: readonly Member[] = [],
): ((cells: string[]) => PairRow[]) | null {
  const byPair = pairSplit(headers, mapping, options);
  const nameColumn = options.peoplePerCell ? mapping.memberName : null;
  if (nameColumn === null) return byPair;
  // The team as the import starts: "Reyes, Lee" is two people when each name finds one of them.
  const finds = findsOnTeam(team);
  return (cells) => (byPair === null ? [{ cells, pair: null }] : byPair(cells)).flatMap((part) => splitPeople(part.cells, nameColumn, finds).map((person) => ({ cells: person, pair: part.pair })));
}

function pairSplit(headers: readonly string[], mapping: ColumnMapping, options: Pick<ImportOptions, 'coursePairs'>): ((cells: string[]) => PairRow[]) | null {
  if (!options.coursePairs) return null;
  const pairs = coursePairs(headers, mapping);
  if (pairs.length === 0) return null;
  const memberColumns = memberIdentityFields.map((f) => mapping[f]).filter((c): c is number => c !== null);
  // A person's row names someone, where a Total line names what it counts.
  const isPersonWithout = (cells: readonly string[]): boolean => memberColumns.some((c) => (cells[c] ?? '').trim() !== '') && !isSummaryText(firstFilledCell(cells));
  return createPairSplit(pairs, isPersonWithout);
}
