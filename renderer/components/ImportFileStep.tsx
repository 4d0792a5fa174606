import { delimiterName } from '../../shared/team/csv-parse';
import { encodingLabels, textEncodings, type TextEncodingName } from '../../shared/team/decode-bytes';
import { headerRowChoices } from '../../shared/team/header-row-choices';
import type { LoadedFile } from '../../shared/team/import-start';
import { plural } from './format-count';
import type { ImportFileState } from './use-import-file';

/** How the rows were laid out in the file, in the coordinator's words. */
function fileForm(file: LoadedFile): string {
  if (file.json === 'records') return 'records in a JSON file, their field names as the header';
  if (file.json === 'rows without a header') return 'rows in a JSON file with no field names: choose what each column holds below';
  return file.markup === undefined ? `${delimiterName(file.table.delimiter)}-separated` : 'a table in a web page (what some systems save as an Excel file)';
}

/**
 * Choosing the file of an import and what was read from it: rows, delimiter, encoding (with
 * the choice of another), the title lines skipped above the header. Both imports show it.
 */
export function ImportFileStep({ state, idPrefix, label, hint, accept }: { state: ImportFileState; idPrefix: string; label: string; hint: string; accept: string }) {
  const { file, reading, fileError, encoding, inputRef } = state;
  // A web page's tables (and a JSON file's lists of records) are offered like a workbook's sheets, but the file is text: its encoding stays a choice.
  const page = file?.markup === 'web page table' || file?.json !== undefined;
  const workbook = file?.sheetName !== undefined && !page;
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-file`}>{label}</label>
        <p id={`${idPrefix}-file-hint`} className="field__hint">
          {hint}
        </p>
        <input ref={inputRef} id={`${idPrefix}-file`} type="file" accept={accept} aria-describedby={`${idPrefix}-file-hint`} onChange={(e) => void state.choose(e.target.files?.[0])} />
      </div>
      {reading ? (
        <div className="progress" aria-live="polite">
          <label htmlFor={`${idPrefix}-reading`}>Reading {reading}…</label>
          <progress id={`${idPrefix}-reading`} />
        </div>
      ) : null}
      {fileError ? (
        <div className="banner banner--error" role="alert">
          {fileError}
        </div>
      ) : null}
      {file ? (
        <>
          {workbook ? (
            <p>
              <strong>{file.name}</strong>: {plural(file.table.rows.length, 'row')} under a header of {plural(file.table.headers.length, 'column')}, read from the worksheet{' '}
              <span data-testid="import-encoding">“{file.sheetName}”</span>. Date cells are read as the dates they hold, whatever order your computer shows them in.
            </p>
          ) : null}
          {file.sheetName !== undefined && (file.sheetNames?.length ?? 0) > 1 ? (
            <div className="field">
              <label htmlFor={`${idPrefix}-sheet`}>{page ? 'Table' : 'Worksheet'}</label>
              <p id={`${idPrefix}-sheet-hint`} className="field__hint">
                {file.json
                  ? `The file has ${plural(file.sheetNames!.length, 'list')} of records; the first is read. Choose another if the records are there.`
                  : page
                  ? `The page has ${plural(file.sheetNames!.length, 'table')}; the largest is read. Choose another if the records are there.`
                  : `The workbook has ${plural(file.sheetNames!.length, 'worksheet')}; choose the one with the records.`}
              </p>
              <select id={`${idPrefix}-sheet`} aria-describedby={`${idPrefix}-sheet-hint`} value={file.sheetName} onChange={(e) => void state.changeSheet(e.target.value)}>
                {file.sheetNames!.map((name, i) => (
                  <option key={name} value={name}>
                    {page ? `Table ${i + 1}` : name}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          {workbook ? null : (
            <>
              <p>
                <strong>{file.name}</strong>: {plural(file.table.rows.length, 'row')} under a header of {plural(file.table.headers.length, 'column')},{' '}
                {fileForm(file)}, read as{' '}
                <span data-testid="import-encoding">{encodingLabels[file.decoded.encoding]}</span> ({file.decoded.reason}).
              </p>
              <div className="field">
                <label htmlFor={`${idPrefix}-encoding`}>Text encoding</label>
                <p id={`${idPrefix}-encoding-hint`} className="field__hint">
                  If names or titles show odd characters (Ã©, �, boxes), choose another encoding.
                </p>
                <select
                  id={`${idPrefix}-encoding`}
                  aria-describedby={`${idPrefix}-encoding-hint`}
                  value={encoding ?? ''}
                  onChange={(e) => void state.changeEncoding(e.target.value === '' ? null : (e.target.value as TextEncodingName))}
                >
                  <option value="">Detect from the file</option>
                  {textEncodings.map((enc) => (
                    <option key={enc} value={enc}>
                      {encodingLabels[enc]}
                    </option>
                  ))}
                </select>
              </div>
            </>
          )}
          {file.table.skippedAbove.length > 0 ? (
            <p className="muted" data-testid="skipped-above">
              The header is row {file.table.headerRowNumber}; skipped above it:{' '}
              {file.table.skippedAbove
                .slice(0, 5)
                .map((r) => `row ${r.rowNumber} “${r.text}”`)
                .join('; ')}
              .
            </p>
          ) : null}
          <HeaderRowField file={file} idPrefix={idPrefix} onChange={state.changeHeaderRow} />
          {file.table.pageLines.length > 0 ? (
            <p className="muted" data-testid="page-lines">
              Not read: {file.table.pageLines.length === 1 ? '1 line' : `${file.table.pageLines.length} lines`} of the printed pages’ headings and footers (
              {file.table.pageLines.length === 1 ? 'row' : 'rows'}{' '}
              {file.table.pageLines
                .slice(0, 5)
                .map((r) => r.rowNumber)
                .join(', ')}
              {file.table.pageLines.length > 5 ? ', …' : ''}).
            </p>
          ) : null}
        </>
      ) : null}
    </>
  );
}

/** The header row found, and the choice of another when the columns' names are on a different row. */
function HeaderRowField({ file, idPrefix, onChange }: { file: LoadedFile; idPrefix: string; onChange(row: number | null): void }) {
  const choices = headerRowChoices(file.table);
  if (choices.length < 2 && file.headerRow === undefined) return null;
  const found = file.headerRow === undefined ? file.table.headerRowNumber : null;
  return (
    <div className="field">
      <label htmlFor={`${idPrefix}-header-row`}>Header row</label>
      <p id={`${idPrefix}-header-row-hint`} className="field__hint">
        The row that names the columns. If the columns below are named after a title, a form’s labels or a first record, choose the row that holds their names.
      </p>
      <select
        id={`${idPrefix}-header-row`}
        aria-describedby={`${idPrefix}-header-row-hint`}
        value={file.headerRow ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
      >
        <option value="">{found === null ? 'Find it in the file' : `Found in the file: row ${found}`}</option>
        {choices.map((c) => (
          <option key={c.rowNumber} value={c.rowNumber}>
            Row {c.rowNumber}: {c.text}
          </option>
        ))}
      </select>
    </div>
  );
}
