import type { ColumnMapping } from '../../../shared/team/csv-mapping';
import type { ImportOptions } from '../../../shared/team/import-options';
import { clearedFor } from '../../../shared/team/choice-exclusions';
import { coursePairs, pairNames } from '../../../shared/team/course-pairs';
import { CheckboxWithHint } from '../../components/CheckboxWithHint';

interface Props {
  headers: readonly string[];
  options: ImportOptions;
  mapping: ColumnMapping;
  onChange(mapping: ColumnMapping, options: ImportOptions): void;
}

/** "Each row has several courses, in pairs of columns": shown when the header has such pairs, or while ticked. */
export function CoursePairs({ headers, options, mapping, onChange }: Props) {
  const pairs = coursePairs(headers, mapping);
  if (pairs.length === 0 && !options.coursePairs) return null;
  return (
    <CheckboxWithHint
      id="course-pairs"
      label="Each row has several courses, in pairs of columns"
      hint={
        pairs.length > 0
          ? `Each pair is read as a record of its own: ${pairNames(headers, pairs)}. Empty pairs are left out.`
          : 'Choose the first pair’s training and completion date columns above; the same columns further along are read as the next pairs.'
      }
      checked={options.coursePairs}
      onChange={(checked) => {
        if (!checked) return onChange(mapping, { ...options, coursePairs: false });
        const cleared = clearedFor('coursePairs', mapping, options);
        onChange(cleared.mapping, { ...cleared.options, coursePairs: true });
      }}
    />
  );
}
