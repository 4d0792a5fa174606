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

/** The completion import's fields on the shared column-mapping table. Guessed from the headers first. */
export function ImportMapping({ headers, mapping, matrix, onChange }: { headers: string[]; mapping: ColumnMapping; matrix: boolean; onChange(next: ColumnMapping): void }) {
  return <ColumnMappingTable fields={importFields} labels={fieldLabels} help={fieldHelp} required={matrix ? requiredInMatrix : required} headers={headers} mapping={mapping} onChange={onChange} />;
}
