import { useCallback, useMemo, useState } from 'react';
import { importFields, type ColumnMapping } from '../../../shared/team/csv-mapping';
import type { CsvTable } from '../../../shared/team/csv-parse';
import type { ImportOptions, TrainingColumn } from '../../../shared/team/import-options';
import { createTrainingMatcher } from '../../../shared/team/matching';
import { columnTraining, guessTrainingColumns } from '../../../shared/team/training-columns';
import type { TrainingLookup } from '../../../shared/team/training-lookup';
import { clearedFor } from '../../../shared/team/choice-exclusions';
import { useCatalogueStore } from '../catalogue/catalogue-store';
import { TrainingPicker } from './TrainingPicker';
import { ColumnChoiceTable } from '../../components/ColumnChoiceTable';
import { CheckboxWithHint } from '../../components/CheckboxWithHint';

interface Props {
  table: CsvTable;
  mapping: ColumnMapping;
  options: ImportOptions;
  trainings: TrainingLookup;
  /** Both change together: a matrix's course columns replace the training and date columns. */
  onChange(mapping: ColumnMapping, options: ImportOptions): void;
}

/**
 * "Each course has its own column": a training matrix, one row per person and the date each
 * course was done in that course's column. The coordinator ticks the course columns and can
 * pick the catalogue training a column is when its header does not name it.
 */
export function ImportTrainingColumns({ table, mapping, options, trainings, onChange }: Props) {
  const labels = useCatalogueStore((s) => s.loaded!.labels);
  const familyLabel = useCallback((id: string) => labels.value('family', id), [labels]);
  const matcher = useMemo(() => createTrainingMatcher(trainings), [trainings]);
  const [opened, setOpened] = useState(false);
  const [picking, setPicking] = useState<number | null>(null);
  const chosen = options.trainingColumns;
  const on = opened || chosen.length > 0;
  const byColumn = new Map(chosen.map((c) => [c.column, c]));
  const takenByField = new Set(importFields.map((f) => mapping[f]));
  const expiryColumns = new Set(chosen.map((c) => c.expiresColumn));

  const setColumns = (trainingColumns: TrainingColumn[]) => onChange(mapping, { ...options, trainingColumns });

  function turnOn(checked: boolean) {
    setOpened(checked);
    setPicking(null);
    if (!checked) return onChange(mapping, { ...options, trainingColumns: [] });
    // The dates are in the course columns and the headers name the trainings.
    const cleared = clearedFor('trainingColumns', mapping, options);
    onChange(cleared.mapping, { ...cleared.options, trainingColumns: guessTrainingColumns(table, cleared.mapping) });
  }

  function toggle(column: number, checked: boolean) {
    const rest = chosen.filter((c) => c.column !== column);
    setColumns(checked ? [...rest, { column, training: null, expiresColumn: null }].sort((a, b) => a.column - b.column) : rest);
  }

  function change(column: number, part: Partial<Pick<TrainingColumn, 'training' | 'expiresColumn'>>) {
    setColumns(chosen.map((c) => (c.column === column ? { ...c, ...part } : c)));
  }

  return (
    <div className="import-matrix">
      <CheckboxWithHint
        id="course-columns-choice"
        label="Each course has its own column"
        hint="For a training matrix: one row per person, and the date each course was completed in that course’s column. Empty cells, “N/A”, “Scheduled” or “Due” are not records."
        checked={on}
        onChange={turnOn}
      />
      {on ? (
        <ColumnChoiceTable
          caption="Course columns"
          valueHeading="Recorded as"
          headers={table.headers}
          idPrefix="course-column"
          offered={(column) => !takenByField.has(column) && !expiryColumns.has(column)}
          chosen={(column) => byColumn.has(column)}
          onToggle={toggle}
          notChosen="Not a course"
          renderChosen={(column, header, id) => {
            const entry = byColumn.get(column)!;
            const found = columnTraining(header, column, entry.training, matcher);
            return (
              <>
                <span data-testid={`${id}-training`}>
                  {found.kind === 'catalogue'
                    ? `In the catalogue: ${found.training.title}`
                    : found.kind === 'custom'
                      ? `Outside the catalogue: ${found.title}`
                      : found.message}
                </span>{' '}
                {found.kind !== 'problem' && !found.byHeader ? (
                  <button type="button" className="button button--small button--quiet" onClick={() => change(column, { training: null })}>
                    Use the header
                  </button>
                ) : null}
                <button type="button" className="button button--small button--quiet" onClick={() => setPicking(picking === column ? null : column)} aria-expanded={picking === column}>
                  Choose from the catalogue
                </button>
                <div className="field">
                  <label htmlFor={`${id}-expires`}>Expiry dates of this course</label>
                  <select
                    id={`${id}-expires`}
                    value={entry.expiresColumn === null ? '' : String(entry.expiresColumn)}
                    onChange={(e) => change(column, { expiresColumn: e.target.value === '' ? null : Number(e.target.value) })}
                  >
                    <option value="">Not in the file</option>
                    {table.headers.map((h, i) =>
                      i === column || byColumn.has(i) || (takenByField.has(i) && i !== entry.expiresColumn) ? null : (
                        <option key={`${i}-${h}`} value={i}>
                          Column {i + 1}: {h}
                        </option>
                      ),
                    )}
                  </select>
                </div>
                {picking === column ? (
                  <div className="field">
                    <label htmlFor={`${id}-search`}>Catalogue training for column {column + 1}</label>
                    <TrainingPicker
                      id={`${id}-search`}
                      trainings={trainings.all()}
                      selected={found.kind === 'catalogue' ? found.training : null}
                      familyLabel={familyLabel}
                      onSelect={(t) => {
                        change(column, { training: { kind: 'catalogue', trainingId: t.id } });
                        setPicking(null);
                      }}
                    />
                  </div>
                ) : null}
              </>
            );
          }}
        />
      ) : null}
    </div>
  );
}
