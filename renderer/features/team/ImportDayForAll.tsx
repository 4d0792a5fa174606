import type { ColumnMapping } from '../../../shared/team/csv-mapping';
import type { DayGuess, DaySource } from '../../../shared/team/day-from-file';
import type { ImportOptions } from '../../../shared/team/import-options';
import { clearedFor } from '../../../shared/team/choice-exclusions';
import { formatDate } from '../../../shared/util/dates';
import { CheckboxWithHint } from '../../components/CheckboxWithHint';

interface Props {
  options: ImportOptions;
  mapping: ColumnMapping;
  guess: DayGuess | null;
  onChange(mapping: ColumnMapping, options: ImportOptions): void;
}

const whereWritten = (source: DaySource): string => (source.kind === 'file name' ? 'The file name' : `Row ${source.rowNumber} above the table`);

/** What the file says about the day, under the choice. */
function guessHint(guess: DayGuess | null): string {
  if (guess === null) return 'For a class roster or sign-in sheet of one session, which has no date column.';
  if (guess.kind === 'ambiguous') return `${whereWritten(guess.source)} says “${guess.written}”, which could be month or day first: choose the day.`;
  return `${whereWritten(guess.source)} says “${guess.written}”${guess.written.includes(guess.day) ? '' : ` (${formatDate(guess.day)})`}.`;
}

/** "All rows were completed on one day": the day of a one-session roster, for every row; it replaces the date column. */
export function DayForAll({ options, mapping, guess, onChange }: Props) {
  const day = options.completedOnForAll;
  return (
    <div className="import-day">
      <CheckboxWithHint
        id="day-for-all-choice"
        label="All rows were completed on one day"
        hint={guessHint(guess)}
        checked={day !== null}
        onChange={(checked) =>
          {
            if (!checked) return onChange(mapping, { ...options, completedOnForAll: null });
            const cleared = clearedFor('completedOnForAll', mapping, options);
            onChange(cleared.mapping, { ...cleared.options, completedOnForAll: guess?.kind === 'found' ? guess.day : '' });
          }
        }
      />
      {day !== null ? (
        <div className="field">
          <label htmlFor="day-for-all">Day completed</label>
          <input id="day-for-all" type="date" min="1950-01-01" max="9999-12-31" value={day} onChange={(e) => onChange(mapping, { ...options, completedOnForAll: e.target.value })} />
        </div>
      ) : null}
    </div>
  );
}
