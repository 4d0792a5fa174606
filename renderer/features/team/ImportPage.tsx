import { useRef, useState } from 'react';
import { Link } from 'react-router';
import type { ImportOutcome } from '../../../shared/contract/team-channels';
import type { ImportPlan } from '../../../shared/team/csv-import';
import { mappingProblems, type ColumnMapping } from '../../../shared/team/csv-mapping';
import { delimiterName } from '../../../shared/team/csv-parse';
import { encodingLabels, textEncodings, type TextEncodingName } from '../../../shared/team/decode-bytes';
import type { ImportOptions } from '../../../shared/team/import-options';
import { headerKey } from '../../../shared/team/saved-mappings';
import { useAppStore } from '../../app/app-store';
import { trainingLookupFor, useCatalogueStore } from '../catalogue/catalogue-store';
import { checkInSlices } from './import-check';
import { saveImportMapping } from './import-actions';
import { importCompletions } from './team-actions';
import { firstMapping, readTable, trainingHintFromFileName, type LoadedFile, type MappingSource } from '../../../shared/team/import-start';
import { ImportChoices } from './ImportChoices';
import { ImportHours } from './ImportHours';
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

type Check = { kind: 'idle' } | { kind: 'checking'; done: number; total: number } | { kind: 'checked'; plan: ImportPlan };
type Commit = { kind: 'idle' } | { kind: 'saving' } | { kind: 'failed'; message: string; details: string[] } | { kind: 'done'; outcome: ImportOutcome; fileName: string };

/**
 * Import completions from a CSV file: choose, map columns, preview, import.
 *
 * The file is read here as bytes (File.arrayBuffer) and decoded by its BOM, as UTF-8
 * when valid, else as Windows-1252, or as the user chooses; rather than by the
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
  const [options, setOptions] = useState<ImportOptions | null>(null);
  const [source, setSource] = useState<MappingSource>({ kind: 'guess' });
  const [encoding, setEncoding] = useState<TextEncodingName | null>(null);
  const [createMissing, setCreateMissing] = useState(false);
  const [mappingName, setMappingName] = useState('');
  const [savedNote, setSavedNote] = useState<string | null>(null);
  const savedMappings = useAppStore((s) => s.settings?.importMappings ?? []);
  const [check, setCheck] = useState<Check>({ kind: 'idle' });
  const [commit, setCommit] = useState<Commit>({ kind: 'idle' });
  const run = useRef(0);
  const inputRef = useRef<HTMLInputElement>(null);

  async function recheck(f: LoadedFile, m: ColumnMapping, o: ImportOptions, create: boolean) {
    const mine = ++run.current;
    setCheck({ kind: 'checking', done: 0, total: f.table.rows.length });
    const { members, completions } = useTeamStore.getState();
    const plan = await checkInSlices(
      f.table,
      m,
      o,
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
    setOptions(null);
    setEncoding(null);
    setSavedNote(null);
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
      const bytes = new Uint8Array(await chosen.arrayBuffer());
      // Let "Reading…" paint before the parse of a large file.
      await new Promise((resolve) => setTimeout(resolve, 0));
      start(readTable(chosen.name, bytes, null));
    } catch (error) {
      setFileError(`${chosen.name} could not be read: ${errorMessage(error)}`);
    } finally {
      setReading(null);
      // Clearing the input lets the same file be chosen again after fixing it.
      if (inputRef.current) inputRef.current.value = '';
    }
  }

  /** A freshly read (or re-decoded) file: first mapping from a saved one, a recognised export, or header guesses. */
  function start(loaded: LoadedFile) {
    const first = firstMapping(loaded, savedMappings, trainings);
    setFile(loaded);
    setMapping(first.mapping);
    setOptions(first.options);
    setSource(first.source);
    setMappingName(first.source.kind === 'saved' ? first.source.name : '');
    void recheck(loaded, first.mapping, first.options, createMissing);
  }

  function changeEncoding(next: TextEncodingName | null) {
    if (!file) return;
    run.current++;
    setEncoding(next);
    start(readTable(file.name, file.bytes, next));
  }

  function changeOptions(next: ImportOptions) {
    if (!file || !mapping) return;
    setOptions(next);
    void recheck(file, mapping, next, createMissing);
  }

  async function saveMapping() {
    if (!file || !mapping || !options) return;
    const name = mappingName.trim();
    if (name === '') {
      setSavedNote('Give the mapping a name first.');
      return;
    }
    try {
      await saveImportMapping({ name: name.slice(0, 100), headerKey: headerKey(file.table.headers), mapping, options: { ...options, hoursByTraining: {} } });
      setSavedNote(`Saved as “${name}”. Files with the same header row will use it.`);
    } catch (error) {
      setSavedNote(`The mapping could not be saved: ${(error as Error).message}`);
    }
  }

  async function save() {
    if (!file || !mapping || !options) return;
    setCommit({ kind: 'saving' });
    try {
      const outcome = await importCompletions({ fileName: file.name, text: file.decoded.text, mapping, options, createMissingMembers: createMissing });
      setCommit({ kind: 'done', outcome, fileName: file.name });
      setFile(null);
      setMapping(null);
      setOptions(null);
      setCheck({ kind: 'idle' });
    } catch (error) {
      setCommit({ kind: 'failed', message: errorMessage(error), details: errorDetails(error) });
    }
  }

  const plan = check.kind === 'checked' ? check.plan : null;
  const problems =
    file && mapping && options
      ? plan && plan.fileProblems.length > 0
        ? plan.fileProblems
        : [...file.table.fileProblems, ...(file.table.fileProblems.length ? [] : mappingProblems(mapping, file.table.headers.length, options.training !== null))]
      : [];
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
          {commit.outcome.duplicates > 0 ? ` ${plural(commit.outcome.duplicates, 'row')} already recorded ${commit.outcome.duplicates === 1 ? 'was' : 'were'} skipped.` : ''}
          {commit.outcome.notCompleted > 0 ? ` ${plural(commit.outcome.notCompleted, 'row')} not completed ${commit.outcome.notCompleted === 1 ? 'was' : 'were'} skipped.` : ''}{' '}
          <Link to="/team/records">See the records</Link>.
        </div>
      ) : null}

      <section className="card" aria-labelledby="file-title">
        <h2 id="file-title">1. Choose the file</h2>
        <div className="field">
          <label htmlFor="import-file">CSV file</label>
          <p id="import-file-hint" className="field__hint">
            CSV or tab-separated text as Excel or an LMS saves it (Moodle, Totara, POST rosters…), in any common encoding. Members are matched by email, then ID
            number, then name; trainings by catalogue ID, then by title (others are recorded as trainings outside the catalogue).
          </p>
          <input
            ref={inputRef}
            id="import-file"
            type="file"
            accept=".csv,.txt,.tsv,text/csv,text/plain,text/tab-separated-values"
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
          <>
            <p>
              <strong>{file.name}</strong>: {plural(file.table.rows.length, 'row')} under a header of {plural(file.table.headers.length, 'column')},{' '}
              {delimiterName(file.table.delimiter)}-separated, read as <span data-testid="import-encoding">{encodingLabels[file.decoded.encoding]}</span> (
              {file.decoded.reason}).
            </p>
            <div className="field">
              <label htmlFor="import-encoding">Text encoding</label>
              <p id="import-encoding-hint" className="field__hint">
                If names or titles show odd characters (Ã©, �, boxes), choose another encoding.
              </p>
              <select
                id="import-encoding"
                aria-describedby="import-encoding-hint"
                value={encoding ?? ''}
                onChange={(e) => changeEncoding(e.target.value === '' ? null : (e.target.value as TextEncodingName))}
              >
                <option value="">Detect from the file</option>
                {textEncodings.map((enc) => (
                  <option key={enc} value={enc}>
                    {encodingLabels[enc]}
                  </option>
                ))}
              </select>
            </div>
            {file.table.skippedAbove.length > 0 ? (
              <p className="muted" data-testid="skipped-above">
                The header is row {file.table.skippedAbove[file.table.skippedAbove.length - 1]!.rowNumber + 1}; skipped above it:{' '}
                {file.table.skippedAbove
                  .slice(0, 5)
                  .map((r) => `row ${r.rowNumber} “${r.text}”`)
                  .join('; ')}
                .
              </p>
            ) : null}
          </>
        ) : null}
      </section>

      {file && mapping && options ? (
        <section className="card" aria-labelledby="mapping-title">
          <h2 id="mapping-title">2. Check the columns</h2>
          <p className="muted" data-testid="mapping-source">
            {source.kind === 'saved'
              ? `Using your saved mapping “${source.name}” for this header row.`
              : source.kind === 'preset'
                ? `Recognised as: ${source.preset.name}. Each field was matched to its column.`
                : 'Each field was matched to a column by its header.'}{' '}
            Change any that are wrong; the rows are checked again.
          </p>
          <ImportMapping
            headers={file.table.headers}
            mapping={mapping}
            onChange={(next) => {
              setMapping(next);
              void recheck(file, next, options, createMissing);
            }}
          />
          <ImportChoices
            options={options}
            onChange={changeOptions}
            trainings={trainings}
            fileHint={trainingHintFromFileName(file.name)}
            hasStatusColumn={mapping.status !== null}
            hasTrainingColumn={mapping.trainingTitle !== null || mapping.trainingId !== null}
            plan={plan}
          />
          {plan ? <ImportHours items={plan.withoutHours} hours={options.hoursByTraining} onChange={(hoursByTraining) => changeOptions({ ...options, hoursByTraining })} /> : null}
          <label className="check">
            <input
              type="checkbox"
              checked={createMissing}
              onChange={(e) => {
                setCreateMissing(e.target.checked);
                void recheck(file, mapping, options, e.target.checked);
              }}
            />
            Create members who are not on the team yet
          </label>
          <p className="field__hint">
            Off: a row naming someone who is not on the team is a problem, so a misspelt name never adds a person. On: each new name (or email) becomes one new member.
          </p>
          {problems.length > 0 ? <ErrorDetails message={<strong>{file.name} cannot be imported yet:</strong>} details={problems} /> : null}
          <div className="field field--inline">
            <label htmlFor="mapping-name">Save this mapping as</label>
            <input id="mapping-name" type="text" maxLength={100} value={mappingName} onChange={(e) => setMappingName(e.target.value)} />
            <button type="button" className="button" onClick={() => void saveMapping()}>
              Save mapping
            </button>
          </div>
          {savedNote ? (
            <p role="status" className="muted">
              {savedNote}
            </p>
          ) : null}
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
