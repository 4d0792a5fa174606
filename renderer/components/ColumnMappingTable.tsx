/** One select per field: which column of the file holds it. Both imports (completions, sign-in sheets) show it. */
export function ColumnMappingTable<F extends string>({
  fields,
  labels,
  help,
  required = {},
  headers,
  mapping,
  onChange,
  idPrefix = 'map',
}: {
  fields: readonly F[];
  labels: Record<F, string>;
  help: Record<F, string>;
  /** Why a field is needed, shown beside its label. */
  required?: Partial<Record<F, string>>;
  headers: readonly string[];
  mapping: Record<F, number | null>;
  onChange(next: Record<F, number | null>): void;
  idPrefix?: string;
}) {
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
        {fields.map((field) => {
          const id = `${idPrefix}-${field}`;
          const column = mapping[field];
          return (
            <tr key={field}>
              <th scope="row">
                <label htmlFor={id}>{labels[field]}</label>
                {required[field] ? <span className="field__required"> ({required[field]})</span> : null}
              </th>
              <td>
                <select id={id} value={column === null ? '' : String(column)} onChange={(e) => onChange({ ...mapping, [field]: e.target.value === '' ? null : Number(e.target.value) })}>
                  <option value="">Not in the file</option>
                  {headers.map((h, i) => (
                    <option key={`${i}-${h}`} value={i}>
                      {/* A file with no header names its columns by position: "Column 2", not "Column 2: Column 2". */}
                      {h === `Column ${i + 1}` ? h : `Column ${i + 1}: ${h}`}
                    </option>
                  ))}
                </select>
              </td>
              <td className="muted">{help[field]}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
