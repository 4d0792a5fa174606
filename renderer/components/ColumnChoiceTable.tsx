import type { ReactNode } from 'react';

interface Props {
  caption: string;
  /** The second column's heading: what a ticked column is read as. */
  valueHeading: string;
  headers: readonly string[];
  /** Prefix of each row's checkbox id (`${idPrefix}-${column}`), which its other controls extend. */
  idPrefix: string;
  /** Whether a column is listed at all (not one another field has). */
  offered(column: number): boolean;
  chosen(column: number): boolean;
  onToggle(column: number, checked: boolean): void;
  /** What a ticked column is read as, and the controls to change it. */
  renderChosen(column: number, header: string, id: string): ReactNode;
  /** What an unticked column reads as. */
  notChosen: string;
}

/**
 * The file's columns, each with a checkbox, for a choice that takes several of them (a
 * training matrix's course columns, or its people's): a ticked column shows what it is read as.
 */
export function ColumnChoiceTable({ caption, valueHeading, headers, idPrefix, offered, chosen, onToggle, renderChosen, notChosen }: Props) {
  return (
    <table className="table mapping">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Column</th>
          <th scope="col">{valueHeading}</th>
        </tr>
      </thead>
      <tbody>
        {headers.map((header, column) => {
          const ticked = chosen(column);
          if (!ticked && !offered(column)) return null;
          const id = `${idPrefix}-${column}`;
          return (
            <tr key={`${column}-${header}`}>
              <th scope="row">
                <label className="check">
                  <input id={id} type="checkbox" checked={ticked} onChange={(e) => onToggle(column, e.target.checked)} />
                  Column {column + 1}: {header}
                </label>
              </th>
              <td>{ticked ? renderChosen(column, header, id) : <span className="muted">{notChosen}</span>}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
