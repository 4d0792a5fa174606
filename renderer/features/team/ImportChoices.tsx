import { useCallback, useState } from 'react';
import type { ImportPlan } from '../../../shared/team/import-plan';
import type { ImportOptions } from '../../../shared/team/import-options';
import { BLANK_STATUS, guessCompletedValues } from '../../../shared/team/row-rules';
import type { TrainingLookup } from '../../../shared/team/training-lookup';
import { useCatalogueStore } from '../catalogue/catalogue-store';
import { TrainingPicker } from './TrainingPicker';
import { ImportTrainingColumns } from './ImportTrainingColumns';
import type { ColumnMapping } from '../../../shared/team/csv-mapping';
import type { CsvTable } from '../../../shared/team/csv-parse';
import type { DayGuess } from '../../../shared/team/day-from-file';
import { DayForAll } from './ImportDayForAll';
import { MemberChoices } from './ImportMemberChoices';
import { CourseHeadings } from './ImportCourseHeadings';
import { CoursePairs } from './ImportCoursePairs';
import { CheckboxWithHint } from '../../components/CheckboxWithHint';
import { clearedFor } from '../../../shared/team/choice-exclusions';
import type { MemberGuess } from '../../../shared/team/member-above';
import type { Member } from '../../../shared/model/team';
import { openReadings, type DateOrder } from '../../../shared/team/date-cells';

const ORDER_WORDS: Record<DateOrder, string> = { mdy: 'month first', dmy: 'day first', ymd: 'two-digit year first' };

interface Props {
  options: ImportOptions;
  onChange(next: ImportOptions): void;
  trainings: TrainingLookup;
  /** The course a title line above the table names, else the file name suggests, offered for "All rows are this training". */
  fileHint: { title: string; rowNumber: number | null };
  hasStatusColumn: boolean;
  hasTrainingColumn: boolean;
  plan: ImportPlan | null;
  table: CsvTable;
  mapping: ColumnMapping;
  /** The day a roster's title lines or file name give, offered for "All rows were completed on one day". */
  dayGuess: DayGuess | null;
  /** The team, for "All rows are one person's", and the person the file names above its table or in its name. */
  members: readonly Member[];
  memberGuess: MemberGuess | null;
  createMissing: boolean;
  /** For the course columns of a training matrix, which replace the mapping's training and date columns. */
  onChangeWithMapping(mapping: ColumnMapping, options: ImportOptions): void;
}

/** The choices a file's columns cannot make: one person or one training for all rows, what "completed" means, the date order. */
export function ImportChoices({ options, onChange, trainings, fileHint: hint, hasStatusColumn, hasTrainingColumn, plan, table, mapping, dayGuess, members, memberGuess, createMissing, onChangeWithMapping }: Props) {
  const labels = useCatalogueStore((s) => s.loaded!.labels);
  const familyLabel = useCallback((id: string) => labels.value('family', id), [labels]);
  const fixed = options.training;
  const fileHint = hint.title;
  const [source, setSource] = useState<'catalogue' | 'custom'>(fixed?.kind ?? 'custom');
  const selected = fixed?.kind === 'catalogue' ? (trainings.get(fixed.trainingId) ?? null) : null;
  const statusValues = plan?.statusValues ?? [];
  const completed = options.completedValues ?? guessCompletedValues(statusValues, mapping.status === null ? '' : (table.headers[mapping.status] ?? ''));
  const order = plan?.dateOrder;

  return (
    <div className="import-choices">
      <MemberChoices options={options} mapping={mapping} members={members} guess={memberGuess} table={table} createMissing={createMissing} onChange={onChangeWithMapping} />
      <fieldset className="fieldset">
        <legend>Training</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={fixed !== null}
            onChange={(e) => onChange({ ...(e.target.checked ? clearedFor('training', mapping, options).options : options), training: e.target.checked ? { kind: 'custom', title: fileHint, provider: '' } : null })}
          />
          All rows are this training
        </label>
        <p className="field__hint">
          {hasTrainingColumn
            ? 'The file has a training column; tick this only to record every row as one training instead.'
            : 'The file has no training column (one-course LMS reports name the course only in the file name).'}
          {fileHint ? (hint.rowNumber === null ? ` The file name suggests “${fileHint}”.` : ` Row ${hint.rowNumber} above the table names “${fileHint}”.`) : ''}
        </p>
        {fixed !== null ? (
          <div className="import-choices__training">
            <div className="segmented" role="radiogroup" aria-label="Where the training comes from">
              <label className="check">
                <input
                  type="radio"
                  name="fixed-kind"
                  checked={source === 'catalogue'}
                  onChange={() => {
                    setSource('catalogue');
                    // Until a training is picked, no title: the check says to pick one.
                    if (fixed.kind === 'custom') onChange({ ...options, training: { kind: 'custom', title: '', provider: '' } });
                  }}
                />
                From the catalogue
              </label>
              <label className="check">
                <input
                  type="radio"
                  name="fixed-kind"
                  checked={source === 'custom'}
                  onChange={() => {
                    setSource('custom');
                    onChange({ ...options, training: { kind: 'custom', title: fileHint, provider: '' } });
                  }}
                />
                Outside the catalogue
              </label>
            </div>
            {source === 'catalogue' ? (
              <div className="field">
                <label htmlFor="fixed-training-search">Catalogue training</label>
                <TrainingPicker
                  id="fixed-training-search"
                  trainings={trainings.all()}
                  selected={selected}
                  familyLabel={familyLabel}
                  onSelect={(t) => onChange({ ...options, training: { kind: 'catalogue', trainingId: t.id } })}
                />
              </div>
            ) : fixed.kind === 'custom' ? (
              <div className="form__grid">
                <div className="field">
                  <label htmlFor="fixed-training-title">Title of the training for all rows</label>
                  <input
                    id="fixed-training-title"
                    type="text"
                    value={fixed.title}
                    onChange={(e) => onChange({ ...options, training: { ...fixed, title: e.target.value } })}
                  />
                </div>
                <div className="field">
                  <label htmlFor="fixed-training-provider">Its provider</label>
                  <input
                    id="fixed-training-provider"
                    type="text"
                    value={fixed.provider}
                    onChange={(e) => onChange({ ...options, training: { ...fixed, provider: e.target.value } })}
                  />
                </div>
              </div>
            ) : null}
          </div>
        ) : null}
        {fixed === null ? <CourseHeadings options={options} mapping={mapping} onChange={onChangeWithMapping} /> : null}
        {fixed === null ? <CoursePairs headers={table.headers} options={options} mapping={mapping} onChange={onChangeWithMapping} /> : null}
        {fixed === null ? <ImportTrainingColumns table={table} mapping={mapping} options={options} trainings={trainings} onChange={onChangeWithMapping} /> : null}
      </fieldset>

      {hasStatusColumn ? (
        <fieldset className="fieldset">
          <legend>Which status values mean completed</legend>
          {statusValues.length === 0 ? <p className="muted">The status column is empty.</p> : null}
          {statusValues.map((value) => (
            <label key={value} className="check">
              <input
                type="checkbox"
                checked={completed.includes(value)}
                onChange={(e) => onChange({ ...options, completedValues: e.target.checked ? [...completed, value] : completed.filter((v) => v !== value) })}
              />
              {value === BLANK_STATUS ? '(blank, on rows with a completion date)' : value}
            </label>
          ))}
          <p className="field__hint">Rows with any other status are skipped and counted, not imported.</p>
        </fieldset>
      ) : null}

      <fieldset className="fieldset">
        <legend>Dates</legend>
        <DayForAll options={options} mapping={mapping} guess={dayGuess} onChange={onChangeWithMapping} />
        <label className="check">
          <input
            type="checkbox"
            checked={options.skipRowsWithoutDate}
            onChange={(e) => onChange({ ...options, skipRowsWithoutDate: e.target.checked, ...(e.target.checked ? { repeatAbove: false } : {}) })}
          />
          Rows without a completion date are people who have not finished: skip them
        </label>
        <CheckboxWithHint
          id="one-record-per-class"
          label="The same course a few days apart is one class: record it once, on its last day"
          hint="For a seminar’s sign-ups or a sign-in sheet kept each day, with a row for every day of the class. A course taken again weeks later is a record of its own."
          checked={options.oneRecordPerClass}
          onChange={(checked) => onChange({ ...options, oneRecordPerClass: checked })}
        />
        <CheckboxWithHint
          id="repeat-above"
          label="An empty cell means the same as the row above"
          hint="For a sheet where a course and its date are typed once beside everyone who took it, or a name once beside all that person’s courses (cells merged in Excel, then saved as CSV). A status or a certificate number is never repeated."
          checked={options.repeatAbove}
          onChange={(checked) => onChange({ ...options, repeatAbove: checked, ...(checked ? { skipRowsWithoutDate: false } : {}) })}
        />
        <div className="field">
          <label htmlFor="date-order">Date order</label>
          <p id="date-order-hint" className="field__hint">
            {order?.kind === 'found'
              ? `Read from the file: “${order.example}” (row ${order.rowNumber}) is ${ORDER_WORDS[order.order]}.`
              : order?.kind === 'ambiguous'
                ? `No date in the file tells whether “${order.example}” is ${openReadings(order.example)}. Choose one.`
                : order?.kind === 'conflict'
                  ? `The file has day-first (“${order.dmy}”) and month-first (“${order.mdy}”) dates. Choose the one most rows use.`
                  : 'Only used for dates written with numbers and slashes or dashes. Dates with dots (07.03.2026) are day first unless month first is chosen here.'}
          </p>
          <select
            id="date-order"
            aria-describedby="date-order-hint"
            value={options.dateOrder ?? ''}
            onChange={(e) => onChange({ ...options, dateOrder: e.target.value === '' ? null : (e.target.value as DateOrder) })}
          >
            <option value="">{order?.kind === 'found' ? `As read from the file (${ORDER_WORDS[order.order]})` : 'Not chosen'}</option>
            <option value="mdy">Month first: 3/7/2026 is March 7</option>
            <option value="dmy">Day first: 7/3/2026 is 7 March</option>
            <option value="ymd">Two-digit year first: 26-03-07 is March 7, 2026</option>
          </select>
        </div>
        <label className="check">
          <input type="checkbox" checked={options.excel1904} onChange={(e) => onChange({ ...options, excel1904: e.target.checked })} />
          Excel date numbers use the 1904 date system (workbooks from old Mac Excel)
        </label>
      </fieldset>
    </div>
  );
}
