import { useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { ImportOutcome } from '../../../shared/contract/team-channels';
import type { ImportPlan } from '../../../shared/team/import-plan';
import { mappingProblems, type ColumnMapping } from '../../../shared/team/csv-mapping';
import type { ImportOptions } from '../../../shared/team/import-options';
import { headerKey } from '../../../shared/team/saved-mappings';
import { useAppStore } from '../../app/app-store';
import { trainingLookupFor, useCatalogueStore } from '../catalogue/catalogue-store';
import { checkInSlices } from './import-check';
import { saveImportMapping } from './import-actions';
import { importCompletions } from './team-actions';
import { firstMapping, sheetOf, trainingHintFromFileName, type LoadedFile, type MappingSource } from '../../../shared/team/import-start';
import { ImportChoices } from './ImportChoices';
import { dayFromFile } from '../../../shared/team/day-from-file';
import { trainingAbove } from '../../../shared/team/training-above';
import { memberFromFile } from '../../../shared/team/member-above';
import { ImportHours } from './ImportHours';
import { ImportMapping } from './ImportMapping';
import { ImportPreview } from './ImportPreview';
import { useTeamIndex } from './team-data';
import { useTeamStore } from './team-store';
import { formatNumber } from '../../components/format-number';
import { plural } from '../../components/format-count';
import { ErrorDetails } from '../../components/ErrorDetails';
import { errorDetails, errorMessage } from '../../app/errors';
import { ImportFileStep } from '../../components/ImportFileStep';
import { spreadsheetFileTypes } from '../../components/import-file-types';
import { SaveMappingField } from '../../components/SaveMappingField';
import { useImportFile } from '../../components/use-import-file';
import { CheckboxWithHint } from '../../components/CheckboxWithHint';

/** The channel's limit; a bigger file is refused before it is read. */
const MAX_BYTES = 64 * 1024 * 1024;

type Check = { kind: 'idle' } | { kind: 'checking'; done: number; total: number } | { kind: 'checked'; plan: ImportPlan };
type Commit = { kind: 'idle' } | { kind: 'saving' } | { kind: 'failed'; message: string; details: string[] } | { kind: 'done'; outcome: ImportOutcome; fileName: string };

/**
 * Import completions from a spreadsheet or CSV file: choose, map columns, preview, import.
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
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [options, setOptions] = useState<ImportOptions | null>(null);
  const [source, setSource] = useState<MappingSource>({ kind: 'guess' });
  const [createMissing, setCreateMissing] = useState(false);
  const savedMappings = useAppStore((s) => s.settings?.importMappings ?? []);
  const [check, setCheck] = useState<Check>({ kind: 'idle' });
  const [commit, setCommit] = useState<Commit>({ kind: 'idle' });
  const run = useRef(0);
  const picked = useImportFile({
    maxBytes: MAX_BYTES,
    onCleared() {
      run.current++;
      setMapping(null);
      setOptions(null);
      setCheck({ kind: 'idle' });
      setCommit({ kind: 'idle' });
    },
    onLoaded: start,
  });
  const file = picked.file;
  const dayGuess = useMemo(() => (file ? dayFromFile(file.name, file.table.skippedAbove) : null), [file]);
  const teamMembers = useTeamStore((s) => s.members);
  const memberGuess = useMemo(() => (file ? memberFromFile(file.name, file.table.skippedAbove, teamMembers, file.sheetName) : null), [file, teamMembers]);
  const sortedMembers = useMemo(() => [...teamMembers].sort((a, b) => a.name.localeCompare(b.name)), [teamMembers]);
  // The course a roster's title line names comes before its file name's.
  const courseHint = useMemo(() => {
    if (!file) return { title: '', rowNumber: null };
    const above = trainingAbove(file.table.skippedAbove, trainings, sheetOf(file));
    if (above === null) return { title: trainingHintFromFileName(file.name), rowNumber: null };
    return { title: above.kind === 'catalogue' ? above.training.title : above.title, rowNumber: above.rowNumber };
  }, [file, trainings]);

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

  /** A freshly read (or re-decoded) file: first mapping from a saved one, a recognised export, or header guesses. */
  function start(loaded: LoadedFile) {
    const first = firstMapping(loaded, savedMappings, trainings, useTeamStore.getState().members);
    setMapping(first.mapping);
    setOptions(first.options);
    setSource(first.source);
    void recheck(loaded, first.mapping, first.options, createMissing);
  }

  /** The coordinator changed a column or a choice: the rows are checked again. */
  function change(nextMapping: ColumnMapping, nextOptions: ImportOptions) {
    if (!file) return;
    setMapping(nextMapping);
    setOptions(nextOptions);
    void recheck(file, nextMapping, nextOptions, createMissing);
  }

  /** What to do with someone not on the team: refuse the row (both off), create them, or leave their rows out; never both. */
  function answerNotOnTeam(answer: { create: boolean; leaveOut: boolean }) {
    if (!file || !mapping || !options) return;
    const next = { ...options, leaveOutNotOnTeam: answer.leaveOut };
    setCreateMissing(answer.create);
    setOptions(next);
    void recheck(file, mapping, next, answer.create);
  }

  function changeOptions(next: ImportOptions) {
    if (mapping) change(mapping, next);
  }

  async function saveMapping(name: string) {
    if (!file || !mapping || !options) return;
    await saveImportMapping({ name, headerKey: headerKey(file.table.headers), mapping, options: { ...options, hoursByTraining: {} } });
  }

  async function save() {
    if (!file || !mapping || !options) return;
    setCommit({ kind: 'saving' });
    try {
      const outcome = await importCompletions({ fileName: file.name, text: file.decoded.text, mapping, options, createMissingMembers: createMissing });
      setCommit({ kind: 'done', outcome, fileName: file.name });
      picked.clear();
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
        : [...file.table.fileProblems, ...(file.table.fileProblems.length ? [] : mappingProblems(mapping, file.table.headers.length, options, file.table.headers))]
      : [];
  const canImport = plan !== null && plan.fileProblems.length === 0 && plan.errors.length === 0 && plan.completions.length > 0 && commit.kind !== 'saving';

  return (
    <div className="page">
      <h1>Import training records</h1>
      <p className="lead">
        Bring in completions from a spreadsheet (Excel, OpenDocument) or a learning-management export saved as CSV or JSON. Either every row is imported or none is: a row with a problem
        stops the import and is named below.
      </p>

      {commit.kind === 'done' ? (
        <div className="banner banner--success" role="status">
          Imported {plural(commit.outcome.added.length, 'record')} from {commit.fileName}
          {commit.outcome.newMembers.length > 0 ? ` and added ${plural(commit.outcome.newMembers.length, 'member')}` : ''}.
          {commit.outcome.duplicates > 0 ? ` ${plural(commit.outcome.duplicates, 'row')} already recorded ${commit.outcome.duplicates === 1 ? 'was' : 'were'} skipped.` : ''}
          {commit.outcome.classDays > 0 ? ` ${plural(commit.outcome.classDays, 'row')} ${commit.outcome.classDays === 1 ? 'was a further day' : 'were further days'} of a class recorded once.` : ''}
          {commit.outcome.notCompleted > 0 ? ` Skipped as not completed: ${formatNumber(commit.outcome.notCompleted)}.` : ''}
          {commit.outcome.notOnTeam > 0 ? ` Left out as not on the team: ${plural(commit.outcome.notOnTeam, 'person', 'people')}.` : ''}
          {commit.outcome.afterToday > 0 ? ` Left out as not taken yet (dated after today): ${plural(commit.outcome.afterToday, 'row')}.` : ''}{' '}
          <Link to="/team/records">See the records</Link>.
        </div>
      ) : null}

      <section className="card" aria-labelledby="file-title">
        <h2 id="file-title">1. Choose the file</h2>
        <ImportFileStep
          state={picked}
          idPrefix="import"
          label="File to import"
          hint="An Excel workbook (.xlsx or .xls), an OpenDocument sheet (.ods), or what Excel or an LMS saves as CSV, tab-separated text or JSON (Moodle, Totara, POST rosters, a training matrix with a column per course…), in any common encoding. Members are matched by email, then ID number, then name; trainings by catalogue ID, then by title (others are recorded as trainings outside the catalogue)."
          accept={spreadsheetFileTypes}
        />
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
            spread={options.trainingColumns.length > 0 ? 'courses' : options.personColumns.length > 0 ? 'people' : null}
            mapping={mapping}
            onChange={(next) => change(next, options)}
          />
          <ImportChoices
            options={options}
            onChange={changeOptions}
            trainings={trainings}
            fileHint={courseHint}
            hasStatusColumn={mapping.status !== null}
            hasTrainingColumn={mapping.trainingTitle !== null || mapping.trainingId !== null}
            plan={plan}
            table={file.table}
            mapping={mapping}
            dayGuess={dayGuess}
            members={sortedMembers}
            memberGuess={memberGuess}
            createMissing={createMissing}
            onChangeWithMapping={change}
          />
          {plan ? <ImportHours items={plan.withoutHours} hours={options.hoursByTraining} onChange={(hoursByTraining) => changeOptions({ ...options, hoursByTraining })} /> : null}
          <CheckboxWithHint
            id="create-missing-members"
            label="Create members who are not on the team yet"
            hint="Off: a row naming someone who is not on the team is a problem, so a misspelt name never adds a person. On: each new name (or email) becomes one new member."
            checked={createMissing}
            onChange={(checked) => answerNotOnTeam({ create: checked, leaveOut: checked ? false : options.leaveOutNotOnTeam })}
          />
          <CheckboxWithHint
            id="leave-out-not-on-team"
            label="Leave out people who are not on the team"
            hint="For a course’s report that lists learners from other agencies, or an attendance list with the session’s trainer on it: their rows are listed below and not imported. A name matching two team members is still a problem."
            checked={options.leaveOutNotOnTeam}
            onChange={(checked) => answerNotOnTeam({ create: checked ? false : createMissing, leaveOut: checked })}
          />
          {options.leaveOutAfterToday || (plan?.afterToday.length ?? 0) > 0 ? (
            <CheckboxWithHint
              id="leave-out-after-today"
              label="Leave out rows dated after today"
              hint="For a log that keeps the classes people are booked on with the ones they attended: a training not taken yet is not a completion. Their rows are listed below and not imported. Off: such a row is a problem, in case its date is a typo."
              checked={options.leaveOutAfterToday}
              onChange={(checked) => changeOptions({ ...options, leaveOutAfterToday: checked })}
            />
          ) : null}
          {problems.length > 0 ? <ErrorDetails message={<strong>{file.name} cannot be imported yet:</strong>} details={problems} /> : null}
          <SaveMappingField key={`${file.name}-${source.kind === 'saved' ? source.name : ''}`} id="mapping-name" initialName={source.kind === 'saved' ? source.name : ''} onSave={saveMapping} />
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

      {file && plan && plan.fileProblems.length === 0 ? <ImportPreview plan={plan} fileName={file.name} members={index.memberById} repeatAbove={options?.repeatAbove ?? false} leftOutAfterToday={options?.leaveOutAfterToday ?? false} /> : null}

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
