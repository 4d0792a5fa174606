import { useMemo, useState } from 'react';
import type { Member } from '../../../shared/model/team';
import { clearedFor } from '../../../shared/team/choice-exclusions';
import { importFields, type ColumnMapping } from '../../../shared/team/csv-mapping';
import type { CsvTable } from '../../../shared/team/csv-parse';
import type { ImportOptions, PersonColumn } from '../../../shared/team/import-options';
import { createMemberMatcher } from '../../../shared/team/matching';
import { columnPerson, guessPersonColumns, type ColumnPerson } from '../../../shared/team/person-columns';
import { CheckboxWithHint } from '../../components/CheckboxWithHint';
import { ColumnChoiceTable } from '../../components/ColumnChoiceTable';
import { TeamMemberOptions } from './TeamMemberOptions';

interface Props {
  table: CsvTable;
  mapping: ColumnMapping;
  options: ImportOptions;
  /** The team, in the order the selects list them. */
  members: readonly Member[];
  /** Whether a name the team does not have becomes a new member. */
  createMissing: boolean;
  onChange(mapping: ColumnMapping, options: ImportOptions): void;
}

function personText(found: ColumnPerson, createMissing: boolean): string {
  if (found.kind === 'member') return found.byHeader ? `${found.member.name}, by the header` : found.member.name;
  if (found.kind === 'new') return createMissing ? `A new member: ${found.name}` : `“${found.name}” is not on the team: choose who it is, or tick “Create members who are not on the team yet”`;
  return found.message;
}

/**
 * "Each person has their own column": a training matrix turned the other way, one row per course
 * and the date each person completed it in their column. The coordinator ticks the people's
 * columns and can choose the team member a column is when its header does not find them.
 */
export function ImportPersonColumns({ table, mapping, options, members, createMissing, onChange }: Props) {
  const matcher = useMemo(() => createMemberMatcher(members), [members]);
  const [opened, setOpened] = useState(false);
  const chosen = options.personColumns;
  const on = opened || chosen.length > 0;
  const byColumn = new Map(chosen.map((c) => [c.column, c]));
  const takenByField = new Set(importFields.map((f) => mapping[f]));

  const setColumns = (personColumns: PersonColumn[]) => onChange(mapping, { ...options, personColumns });

  function turnOn(checked: boolean) {
    setOpened(checked);
    if (!checked) return onChange(mapping, { ...options, personColumns: [] });
    // The dates are in the people's columns, and each row names its course.
    const cleared = clearedFor('personColumns', mapping, options);
    const guess = guessPersonColumns(table, cleared.mapping, matcher, null);
    const next = guess !== null && cleared.mapping.trainingTitle === null && cleared.mapping.trainingId === null ? { ...cleared.mapping, trainingTitle: guess.trainingTitle } : cleared.mapping;
    onChange(next, { ...cleared.options, personColumns: guess?.columns ?? [] });
  }

  function toggle(column: number, checked: boolean) {
    const rest = chosen.filter((c) => c.column !== column);
    setColumns(checked ? [...rest, { column, memberId: null }].sort((a, b) => a.column - b.column) : rest);
  }

  return (
    <div className="import-matrix">
      <CheckboxWithHint
        id="person-columns-choice"
        label="Each person has their own column"
        hint="For a training matrix with a course on each row and the date each person completed it in that person’s column. Empty cells, “N/A”, “Scheduled” or “Due” are not records."
        checked={on}
        onChange={turnOn}
      />
      {on ? (
        <ColumnChoiceTable
          caption="People’s columns"
          valueHeading="Recorded for"
          headers={table.headers}
          idPrefix="person-column"
          offered={(column) => !takenByField.has(column)}
          chosen={(column) => byColumn.has(column)}
          onToggle={toggle}
          notChosen="Not a person"
          renderChosen={(column, header, id) => {
            const entry = byColumn.get(column)!;
            return (
              <>
                <span data-testid={`${id}-member`}>{personText(columnPerson(header, column, entry.memberId, members, matcher), createMissing)}</span>
                <div className="field">
                  <label htmlFor={`${id}-member-select`}>Team member in column {column + 1}</label>
                  <select
                    id={`${id}-member-select`}
                    value={entry.memberId ?? ''}
                    onChange={(e) => setColumns(chosen.map((c) => (c.column === column ? { ...c, memberId: e.target.value === '' ? null : e.target.value } : c)))}
                  >
                    <option value="">The person the header names</option>
                    <TeamMemberOptions members={members} />
                  </select>
                </div>
              </>
            );
          }}
        />
      ) : null}
    </div>
  );
}
