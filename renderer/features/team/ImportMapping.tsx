import { fieldHelp, fieldLabels, importFields, type ColumnMapping, type ImportField } from '../../../shared/team/csv-mapping';
import { ColumnMappingTable } from '../../components/ColumnMappingTable';

const required: Partial<Record<ImportField, string>> = {
  memberName: 'name or email needed',
  memberEmail: 'name or email needed',
  trainingTitle: 'title or ID needed',
  trainingId: 'title or ID needed',
  completedOn: 'required',
};

/** In a training matrix each course's column names its training and holds its dates. */
const requiredInMatrix: Partial<Record<ImportField, string>> = {
  memberName: required.memberName,
  memberEmail: required.memberEmail,
};

/** Turned the other way, each person's column holds their dates, and each row names its course. */
const requiredWithPersonColumns: Partial<Record<ImportField, string>> = {
  trainingTitle: required.trainingTitle,
  trainingId: required.trainingId,
};

interface Props {
  headers: string[];
  mapping: ColumnMapping;
  /** A training matrix: a column per course, or turned the other way, a column per person. */
  spread: 'courses' | 'people' | null;
  onChange(next: ColumnMapping): void;
}

/** The completion import's fields on the shared column-mapping table. Guessed from the headers first. */
export function ImportMapping({ headers, mapping, spread, onChange }: Props) {
  const asked = spread === 'courses' ? requiredInMatrix : spread === 'people' ? requiredWithPersonColumns : required;
  return <ColumnMappingTable fields={importFields} labels={fieldLabels} help={fieldHelp} required={asked} headers={headers} mapping={mapping} onChange={onChange} />;
}
