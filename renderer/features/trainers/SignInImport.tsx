import { useState } from 'react';
import type { Term } from '../../../shared/catalogue/schema';
import { guessSignInMapping, signInFieldHelp, signInFieldLabels, signInFields, signInRequired, type SignInMapping } from '../../../shared/deliveries/sign-in-mapping';
import { readSignInSheet, type SignInSheet } from '../../../shared/deliveries/sign-in-sheet';
import type { LoadedFile } from '../../../shared/team/import-start';
import { findSavedMapping, headerKey } from '../../../shared/team/saved-mappings';
import { useAppStore } from '../../app/app-store';
import { ColumnMappingTable } from '../../components/ColumnMappingTable';
import { ErrorDetails } from '../../components/ErrorDetails';
import { plural } from '../../components/format-count';
import { ImportFileStep } from '../../components/ImportFileStep';
import { spreadsheetFileTypes } from '../../components/import-file-types';
import { RowProblemsList } from '../../components/RowProblemsList';
import { SaveMappingField } from '../../components/SaveMappingField';
import { useImportFile } from '../../components/use-import-file';
import { useTeamStore } from '../team/team-store';
import { saveSignInMapping } from './deliveries-actions';

/** A sign-in sheet is a few hundred rows; a bigger file is refused before it is read. */
const MAX_BYTES = 20 * 1024 * 1024;

export interface ReadSheet {
  fileName: string;
  sheet: SignInSheet;
}

/**
 * The sign-in sheet import, on the completion import's screens: the same file step (CSV in any
 * encoding, or an Excel workbook), the same column-mapping table and saved mappings, and row
 * problems listed by row and field. Rows that cannot be used are left out; the rest are kept.
 * `onRead` gets every new reading (null while there is none).
 */
export function SignInImport({ audiences, onRead }: { audiences: readonly Term[]; onRead(read: ReadSheet | null): void }) {
  const members = useTeamStore((s) => s.members);
  const saved = useAppStore((s) => s.settings?.signInMappings ?? []);
  const [mapping, setMapping] = useState<SignInMapping | null>(null);
  const [savedName, setSavedName] = useState<string | null>(null);
  const [read, setRead] = useState<ReadSheet | null>(null);
  const picked = useImportFile({
    maxBytes: MAX_BYTES,
    onCleared() {
      setMapping(null);
      setRead(null);
      onRead(null);
    },
    onLoaded(file) {
      const mine = findSavedMapping(saved, file.table.headers);
      setSavedName(mine?.name ?? null);
      apply(file, mine ? mine.mapping : guessSignInMapping(file.table.headers));
    },
  });
  const file = picked.file;

  function apply(loaded: LoadedFile, next: SignInMapping) {
    setMapping(next);
    const result = { fileName: loaded.name, sheet: readSignInSheet(loaded.table, next, members, audiences) };
    setRead(result);
    onRead(result);
  }

  const audienceLabel = (id: string) => audiences.find((t) => t.id === id)?.label ?? id;
  const sheet = read?.sheet;

  return (
    <div className="sign-in">
      <ImportFileStep
        state={picked}
        idPrefix="sign-in"
        label="Sign-in sheet file (CSV or Excel)"
        hint="A CSV, an Excel workbook (.xlsx or .xls) or an OpenDocument sheet (.ods), with title lines above the header if you like. Attendees are matched to team members by email, then by name."
        accept={spreadsheetFileTypes}
      />
      {file && mapping ? (
        <>
          <h3 className="subhead">Check the columns</h3>
          <p className="muted" data-testid="sign-in-mapping-source">
            {savedName !== null ? `Using your saved mapping “${savedName}” for this header row.` : 'Each field was matched to a column by its header.'} Change any that are
            wrong; the rows are read again.
          </p>
          <ColumnMappingTable
            fields={signInFields}
            labels={signInFieldLabels}
            help={signInFieldHelp}
            required={signInRequired}
            headers={file.table.headers}
            mapping={mapping}
            onChange={(next) => apply(file, next)}
            idPrefix="sign-in-map"
          />
          <SaveMappingField
            key={`${file.name}-${savedName ?? ''}`}
            id="sign-in-mapping-name"
            initialName={savedName ?? ''}
            onSave={(name) => saveSignInMapping({ name, headerKey: headerKey(file.table.headers), mapping })}
          />
        </>
      ) : null}
      {file && sheet && sheet.fileProblems.length > 0 ? <ErrorDetails message={<strong>{file.name} cannot be read yet:</strong>} details={sheet.fileProblems} /> : null}
      {file && sheet && sheet.fileProblems.length === 0 ? (
        <div className="sign-in__preview" data-testid="sign-in-preview">
          <h3 className="subhead">Preview</h3>
          <p role="status">
            {file.name}: {plural(sheet.attendees.length, 'attendee')}, {sheet.members === 1 ? '1 is a team member' : `${sheet.members} are team members`}.
          </p>
          {sheet.problems.length > 0 ? (
            <RowProblemsList problems={sheet.problems} testId="sign-in-problems" heading={`${plural(new Set(sheet.problems.map((p) => p.rowNumber)).size, 'row')} left out or partly read`}>
              <p>The other rows are kept. To bring a row in, correct it in the sheet and choose the file again.</p>
            </RowProblemsList>
          ) : null}
          <table className="table">
            <caption className="visually-hidden">Attendees read from the sign-in sheet</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Agency</th>
                <th scope="col">Audience</th>
                <th scope="col">Team member</th>
              </tr>
            </thead>
            <tbody>
              {sheet.attendees.map((a, i) => (
                <tr key={i}>
                  <td>{a.name}</td>
                  <td>{a.agency || '—'}</td>
                  <td>{a.audience ? audienceLabel(a.audience) : 'Not recorded'}</td>
                  <td>{a.memberId ? 'Yes' : 'No'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
