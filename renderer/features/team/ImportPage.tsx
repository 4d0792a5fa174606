import { useRef, useState } from 'react';
import { Link } from 'react-router';
import type { ImportOutcome } from '../../../shared/contract/team-channels';
import type { ImportPlan } from '../../../shared/team/csv-import';
import { guessMapping, mappingProblems, type ColumnMapping } from '../../../shared/team/csv-mapping';
import { delimiterName, parseCsvTable, type CsvTable } from '../../../shared/team/csv-parse';
import { trainingLookupFor, useCatalogueStore } from '../catalogue/catalogue-store';
import { checkInSlices } from './import-check';
import { importCompletions } from './team-actions';
import { ImportMapping } from './ImportMapping';
import { ImportPreview } from './ImportPreview';
import { useTeamIndex } from './team-data';
import { useTeamStore } from './team-store';
import { formatNumber } from '../../components/format-number';
import { plural } from '../../components/format-count';
import { ErrorDetails } from '../../components/ErrorDetails';
import { errorDetails, errorMessage } from '../../app/errors';

/** The channel's limit; a bigger file is refused before it is read. */
const MAX_BYTES = 64 * 1024 * 1024;

interface LoadedFile {
  name: string;
  text: string;
  table: CsvTable;
  notUtf8: boolean;
}

type Check = { kind: 'idle' } | { kind: 'checking'; done: number; total: number } | { kind: 'checked'; plan: ImportPlan };
type Commit = { kind: 'idle' } | { kind: 'saving' } | { kind: 'failed'; message: string; details: string[] } | { kind: 'done'; outcome: ImportOutcome; fileName: string };

/**
 * Import completions from a CSV file: choose, map columns, preview, import.
 *
 * The file is read here, with <input type="file"> and File.text(), rather than by the
 * main process from a path chosen in a native dialog: the mapping step and the
 * preview need the text in the renderer anyway, and this way the main process never
 * offers a channel that reads whatever path it is given. The main side re-parses and
 * re-checks the same text before it saves anything, all rows or none.
 */
export function ImportPage() {
  const index = useTeamIndex();
  const catalogue = useCatalogueStore((s) => s.loaded!.catalogue);
  const trainings = trainingLookupFor(catalogue);
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [createMissing, setCreateMissing] = useState(false);
  const [check, setCheck] = useState<Check>({ kind: 'idle' });
  const [commit, setCommit] = useState<Commit>({ kind: 'idle' });
  const run = useRef(0);
  const inputRef = useRef<HTMLInputElement>(null);

  async function recheck(f: LoadedFile, m: ColumnMapping, create: boolean) {
    const mine = ++run.current;
    setCheck({ kind: 'checking', done: 0, total: f.table.rows.length });
    const { members, completions } = useTeamStore.getState();
    const plan = await checkInSlices(
      f.table,
      m,
      { members, completions, trainings, createMissingMembers: create },
      (done, total) => {
        if (mine === run.current) setCheck({ kind: 'checking', done, total });
      },
      () => mine !== run.current,
    );
    if (plan && mine === run.current) setCheck({ kind: 'checked', plan });
  }

  async function choose(chosen: File | undefined) {
    run.current++;
    setFile(null);
    setMapping(null);
    setCheck({ kind: 'idle' });
    setCommit({ kind: 'idle' });
    setFileError(null);
    if (!chosen) return;
    if (chosen.size > MAX_BYTES) {
      setFileError(`${chosen.name} is ${Math.round(chosen.size / 1048576)} MB; the limit is 64 MB. Split it into smaller files.`);
      return;
    }
    setReading(chosen.name);
    try {
      const text = await chosen.text();
      // Let "Reading…" paint before the parse of a large file.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const table = parseCsvTable(text);
      const loaded: LoadedFile = { name: chosen.name, text, table, notUtf8: text.includes('\uFFFD') };
      const guessed = guessMapping(table.headers);
      setFile(loaded);
      setMapping(guessed);
      void recheck(loaded, guessed, createMissing);
    } catch (error) {
      setFileError(`${chosen.name} could not be read: ${errorMessage(error)}`);
    } finally {
      setReading(null);
      // Clearing the input lets the same file be chosen again after fixing it.
      if (inputRef.current) inputRef.current.value = '';
    }
  }

  async function save() {
    if (!file || !mapping) return;
    setCommit({ kind: 'saving' });
    try {
      const outcome = await importCompletions({ fileName: file.name, text: file.text, mapping, createMissingMembers: createMissing });
      setCommit({ kind: 'done', outcome, fileName: file.name });
      setFile(null);
      setMapping(null);
      setCheck({ kind: 'idle' });
    } catch (error) {
      setCommit({ kind: 'failed', message: errorMessage(error), details: errorDetails(error) });
    }
  }

  const problems = file && mapping ? [...file.table.fileProblems, ...(file.table.fileProblems.length ? [] : mappingProblems(mapping, file.table.headers.length))] : [];
  const plan = check.kind === 'checked' ? check.plan : null;
  const canImport = plan !== null && plan.fileProblems.length === 0 && plan.errors.length === 0 && plan.completions.length > 0 && commit.kind !== 'saving';

  return (
    <div className="page">
      <h1>Import training records</h1>
      <p className="lead">
        Bring in completions from a spreadsheet or a learning-management export saved as CSV. Either every row is imported or none is: a row with a problem
        stops the import and is named below.
      </p>

      {commit.kind === 'done' ? (
        <div className="banner banner--success" role="status">
          Imported {plural(commit.outcome.added.length, 'record')} from {commit.fileName}
          {commit.outcome.newMembers.length > 0 ? ` and added ${plural(commit.outcome.newMembers.length, 'member')}` : ''}.
          {commit.outcome.duplicates > 0 ? ` ${plural(commit.outcome.duplicates, 'row')} already recorded ${commit.outcome.duplicates === 1 ? 'was' : 'were'} skipped.` : ''}{' '}
          <Link to="/team/records">See the records</Link>.
        </div>
      ) : null}

      <section className="card" aria-labelledby="file-title">
        <h2 id="file-title">1. Choose the file</h2>
        <div className="field">
          <label htmlFor="import-file">CSV file</label>
          <p id="import-file-hint" className="field__hint">
            Comma or semicolon separated, with a header row. Dates as YYYY-MM-DD, m/d/yyyy or Excel date numbers. Members are matched by email, then by name;
            trainings by catalogue ID, then by title (others are recorded as trainings outside the catalogue).
          </p>
          <input
            ref={inputRef}
            id="import-file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby="import-file-hint"
            onChange={(e) => void choose(e.target.files?.[0])}
          />
        </div>
        {reading ? (
          <div className="progress" aria-live="polite">
            <label htmlFor="import-reading">Reading {reading}…</label>
            <progress id="import-reading" />
          </div>
        ) : null}
        {fileError ? (
          <div className="banner banner--error" role="alert">
            {fileError}
          </div>
        ) : null}
        {file ? (
          <p>
            <strong>{file.name}</strong>: {plural(file.table.rows.length, 'row')} under a header of {plural(file.table.headers.length, 'column')},{' '}
            {delimiterName(file.table.delimiter)}-separated.
          </p>
        ) : null}
        {file?.notUtf8 ? (
          <p className="notice" role="note">
            Some characters in this file could not be read as UTF-8, so accented letters may show as �. In Excel, save with “CSV UTF-8”.
          </p>
        ) : null}
      </section>

      {file && mapping ? (
        <section className="card" aria-labelledby="mapping-title">
          <h2 id="mapping-title">2. Check the columns</h2>
          <p className="muted">Each field was matched to a column by its header. Change any that are wrong; the rows are checked again.</p>
          <ImportMapping
            headers={file.table.headers}
            mapping={mapping}
            onChange={(next) => {
              setMapping(next);
              void recheck(file, next, createMissing);
            }}
          />
          <label className="check">
            <input
              type="checkbox"
              checked={createMissing}
              onChange={(e) => {
                setCreateMissing(e.target.checked);
                void recheck(file, mapping, e.target.checked);
              }}
            />
            Create members who are not on the team yet
          </label>
          <p className="field__hint">
            Off: a row naming someone who is not on the team is a problem, so a misspelt name never adds a person. On: each new name (or email) becomes one new member.
          </p>
          {problems.length > 0 ? <ErrorDetails message={<strong>{file.name} cannot be imported yet:</strong>} details={problems} /> : null}
        </section>
      ) : null}

      {file && check.kind === 'checking' ? (
        <div className="progress">
          <label htmlFor="import-progress">
            Checking rows: {formatNumber(check.done)} of {formatNumber(check.total)}
          </label>
          <progress id="import-progress" max={Math.max(1, check.total)} value={check.done} />
        </div>
      ) : null}

      <div className="visually-hidden" role="status" aria-live="polite">
        {plan && file
          ? plan.errors.length > 0
            ? `Checked ${file.name}: ${plural(new Set(plan.errors.map((e) => e.rowNumber)).size, 'row')} with problems. Nothing can be imported yet.`
            : `Checked ${file.name}: ${plural(plan.completions.length, 'record')} ready to import.`
          : ''}
      </div>

      {file && plan && plan.fileProblems.length === 0 ? <ImportPreview plan={plan} fileName={file.name} members={index.memberById} /> : null}

      {commit.kind === 'failed' ? (
        <div className="banner banner--error" role="alert">
          <p>
            <strong>{commit.message}</strong>
          </p>
          {commit.details.length > 0 ? (
            <ul className="error-list">
              {commit.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}

      {file && plan && plan.fileProblems.length === 0 ? (
        <div className="form__actions">
          <button type="button" className="button button--primary" disabled={!canImport} onClick={() => void save()}>
            {commit.kind === 'saving' ? 'Importing…' : plan.completions.length > 0 ? `Import ${plural(plan.completions.length, 'record')}` : 'Nothing to import'}
          </button>
          {plan.errors.length > 0 ? <span className="muted">Fix the rows above to import.</span> : null}
        </div>
      ) : null}
    </div>
  );
}
