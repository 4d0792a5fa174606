import type { ColumnMapping } from '../../../shared/team/csv-mapping';
import type { ImportOptions } from '../../../shared/team/import-options';

interface Props {
  options: ImportOptions;
  mapping: ColumnMapping;
  onChange(mapping: ColumnMapping, options: ImportOptions): void;
}

/** "Each course's name is a heading over its rows": a report grouped by course; it replaces the training columns. */
export function CourseHeadings({ options, mapping, onChange }: Props) {
  return (
    <>
      <label className="check">
        <input
          type="checkbox"
          aria-describedby="course-headings-hint"
          checked={options.trainingHeadings}
          onChange={(e) =>
            e.target.checked
              ? onChange({ ...mapping, trainingId: null, trainingTitle: null }, { ...options, trainingHeadings: true, training: null, trainingColumns: [], memberHeadings: false })
              : onChange(mapping, { ...options, trainingHeadings: false })
          }
        />
        Each course’s name is a heading over its rows
      </label>
      <p id="course-headings-hint" className="field__hint">
        For a report grouped by course (“Course: Courtroom Testimony” on a line of its own, then the people who took it). “Quarter 1”, “Total” and other such lines name no course.
      </p>
    </>
  );
}
