import { fieldHelp, fieldLabels, importFields, type ColumnMapping, type ImportField } from '../../../shared/team/csv-mapping';
import { ColumnMappingTable } from '../../components/ColumnMappingTable';

const required: Partial<Record<ImportField, string>> = {
  memberName: 'name or email needed',
  memberEmail: 'name or email needed',
  trainingTitle: 'title or ID needed',
  trainingId: 'title or ID needed',
  completedOn: 'required',
};

/** The completion import's fields on the shared column-mapping table. Guessed from the headers first. */
export function ImportMapping({ headers, mapping, onChange }: { headers: string[]; mapping: ColumnMapping; onChange(next: ColumnMapping): void }) {
  return <ColumnMappingTable fields={importFields} labels={fieldLabels} help={fieldHelp} required={required} headers={headers} mapping={mapping} onChange={onChange} />;
}
