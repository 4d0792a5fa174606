import type { ColumnMapping } from '../../../shared/team/csv-mapping';
import type { ImportOptions } from '../../../shared/team/import-options';
import { clearedFor } from '../../../shared/team/choice-exclusions';
import { CheckboxWithHint } from '../../components/CheckboxWithHint';

interface Props {
  options: ImportOptions;
  mapping: ColumnMapping;
  onChange(mapping: ColumnMapping, options: ImportOptions): void;
}

/** "Each course's name is a heading over its rows": a report grouped by course; it replaces the training columns. */
export function CourseHeadings({ options, mapping, onChange }: Props) {
  return (
    <CheckboxWithHint
      id="course-headings"
      label="Each course’s name is a heading over its rows"
      hint="For a report grouped by course (“Course: Courtroom Testimony” on a line of its own, then the people who took it). “Quarter 1”, “Total” and other such lines name no course."
      checked={options.trainingHeadings}
      onChange={(checked) => {
        if (!checked) return onChange(mapping, { ...options, trainingHeadings: false });
        const cleared = clearedFor('trainingHeadings', mapping, options);
        onChange(cleared.mapping, { ...cleared.options, trainingHeadings: true });
      }}
    />
  );
}
