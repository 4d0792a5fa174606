import { fieldHelp, fieldLabels, importFields, type ColumnMapping, type ImportField } from '../../../shared/team/csv-mapping';

const required: Partial<Record<ImportField, string>> = {
  memberName: 'name or email needed',
  memberEmail: 'name or email needed',
  trainingTitle: 'title or ID needed',
  trainingId: 'title or ID needed',
  completedOn: 'required',
};

/** One select per field: which column of the file holds it. Guessed from the headers first. */
export function ImportMapping({ headers, mapping, onChange }: { headers: string[]; mapping: ColumnMapping; onChange(next: ColumnMapping): void }) {
  return (
    <table className="table mapping">
      <caption>Which column holds what</caption>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Column in the file</th>
          <th scope="col">Notes</th>
        </tr>
      </thead>
      <tbody>
        {importFields.map((field) => {
          const id = `map-${field}`;
          return (
            <tr key={field}>
              <th scope="row">
                <label htmlFor={id}>{fieldLabels[field]}</label>
                {required[field] ? <span className="field__required"> ({required[field]})</span> : null}
              </th>
              <td>
                <select
                  id={id}
                  value={mapping[field] === null ? '' : String(mapping[field])}
                  onChange={(e) => onChange({ ...mapping, [field]: e.target.value === '' ? null : Number(e.target.value) })}
                >
                  <option value="">Not in the file</option>
                  {headers.map((h, i) => (
                    <option key={`${i}-${h}`} value={i}>
                      Column {i + 1}: {h}
                    </option>
                  ))}
                </select>
              </td>
              <td className="muted">{fieldHelp[field]}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
