import type { ColumnMapping } from '../../../shared/team/csv-mapping';
import { clearedFor, type RowChoice } from '../../../shared/team/choice-exclusions';
import type { ImportOptions } from '../../../shared/team/import-options';
import type { MemberGuess } from '../../../shared/team/member-above';
import type { Member } from '../../../shared/model/team';
import { CheckboxWithHint } from '../../components/CheckboxWithHint';
import type { CsvTable } from '../../../shared/team/csv-parse';
import { ImportPersonColumns } from './ImportPersonColumns';
import { TeamMemberOptions } from './TeamMemberOptions';

interface Props {
  options: ImportOptions;
  mapping: ColumnMapping;
  /** The team, in the order the select lists them. */
  members: readonly Member[];
  guess: MemberGuess | null;
  /** For "Each person has their own column". */
  table: CsvTable;
  createMissing: boolean;
  onChange(mapping: ColumnMapping, options: ImportOptions): void;
}

function guessHint(guess: MemberGuess | null): string {
  const use = 'For one officer’s training history or record of learning, which names the person only above the table, in the file name or in the worksheet’s name.';
  if (guess === null) return use;
  const where = guess.source.kind === 'file name' ? 'The file name' : guess.source.kind === 'sheet name' ? 'The worksheet’s name' : `Row ${guess.source.rowNumber} above the table`;
  return `${use} ${where} names ${guess.member.name} (“${guess.written.slice(0, 80)}”).`;
}

/**
 * Who the rows are about when no column says: "All rows are one person's" (a team member for
 * every row), "Each person's name is a heading over their rows" (a report grouped by person) or
 * "Each person has their own column" (a matrix with a course on each row). Each replaces the member
 * columns. And when the name column lists several people in a cell: "Each name cell lists several people".
 */
export function MemberChoices({ options, mapping, members, guess, table, createMissing, onChange }: Props) {
  const chosen = options.memberForAll;
  const tick = (choice: RowChoice, set: Partial<ImportOptions>) => {
    const cleared = clearedFor(choice, mapping, options);
    onChange(cleared.mapping, { ...cleared.options, ...set });
  };
  return (
    <fieldset className="fieldset">
      <legend>Member</legend>
      <CheckboxWithHint
        id="member-for-all-choice"
        label="All rows are one person’s"
        hint={guessHint(guess)}
        checked={chosen !== null}
        onChange={(checked) =>
          checked
            ? tick('memberForAll', { memberForAll: guess?.member.id ?? '' })
            : onChange(mapping, { ...options, memberForAll: null })
        }
      />
      {chosen !== null ? (
        <div className="field">
          <label htmlFor="member-for-all">Team member</label>
          <select id="member-for-all" value={chosen} onChange={(e) => onChange(mapping, { ...options, memberForAll: e.target.value })}>
            <option value="">Choose…</option>
            <TeamMemberOptions members={members} />
          </select>
        </div>
      ) : null}
      <CheckboxWithHint
        id="member-headings"
        label="Each person’s name is a heading over their rows"
        hint="For a report grouped by person (“Employee: Dana Reyes” on a line of its own, then that person’s courses). Subtotals and other headings with a number in them name no one."
        checked={options.memberHeadings}
        onChange={(checked) =>
          checked
            ? tick('memberHeadings', { memberHeadings: true })
            : onChange(mapping, { ...options, memberHeadings: false })
        }
      />
      {mapping.memberName !== null ? (
        <CheckboxWithHint
          id="people-per-cell"
          label="Each name cell lists several people"
          hint="For a class entered once with everyone who attended in one cell (“Dana Reyes; Sam Lee”), as SharePoint and Airtable lists write them: a record for each person. Names are parted at semicolons and line breaks, and at commas only between whole names, so “Reyes, Dana” stays one person."
          checked={options.peoplePerCell}
          onChange={(checked) => onChange(mapping, { ...options, peoplePerCell: checked })}
        />
      ) : null}
      <ImportPersonColumns table={table} mapping={mapping} options={options} members={members} createMissing={createMissing} onChange={onChange} />
    </fieldset>
  );
}
