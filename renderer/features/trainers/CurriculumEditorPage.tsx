import { useEffect, useMemo } from 'react';
import { useParams } from 'react-router';
import type { AgendaExportFormat } from '../../../shared/contract/curriculum-channels';
import type { Curriculum, CurriculumFields } from '../../../shared/model/curriculum';
import { formatMinutes, lengthWarning, moduleMinutes } from '../../../shared/curricula/curriculum-length';
import { materialAudiences, materialLookupFor } from '../../../shared/curricula/materials';
import { localIsoDate } from '../../../shared/util/dates';
import { DataGate } from '../../app/DataGate';
import { RecordNotOpen } from '../../components/RecordNotOpen';
import { EditableDetails } from '../../components/EditableDetails';
import { ExportButtons } from '../../components/ExportButtons';
import type { LoadedCatalogue } from '../catalogue/catalogue-store';
import { addModule, exportAgenda, openCurriculum, saveDetails } from './curricula-actions';
import { useCurriculaStore } from './curricula-store';
import { CurriculumForm } from './CurriculumForm';
import { ModuleForm } from './ModuleForm';
import { ModulesList } from './ModulesList';
import { ScheduleEditor } from './ScheduleEditor';
import { ConflictMark } from '../sharing/ConflictMark';

const agendaFormats: { format: AgendaExportFormat; label: string }[] = [
  { format: 'pdf', label: 'Export agenda PDF' },
  { format: 'csv', label: 'Export agenda CSV' },
  { format: 'ics', label: 'Export to calendar' },
];

export function CurriculumEditorPage() {
  const { id = '' } = useParams();
  const curriculum = useCurriculaStore((s) => s.open);
  const error = useCurriculaStore((s) => s.error);
  useEffect(() => {
    void openCurriculum(id);
  }, [id]);

  if (!curriculum || curriculum.id !== id) {
    return <RecordNotOpen error={error} notFoundTitle="Curriculum not found" loadingText="Loading the curriculum…" back={{ to: '/trainers', label: 'All curricula' }} />;
  }
  return <DataGate>{(loaded) => <CurriculumEditor curriculum={curriculum} loaded={loaded} />}</DataGate>;
}

function CurriculumEditor({ curriculum, loaded }: { curriculum: Curriculum; loaded: LoadedCatalogue }) {
  const vocab = loaded.catalogue.vocabularies;
  const audienceLabel = (a: string) => loaded.labels.value('audience', a);
  const formatLabel = (f: string) => vocab.formats.find((t) => t.id === f)?.label ?? f;
  const warning = lengthWarning(curriculum);
  const fromMaterials = useMemo(() => materialAudiences(curriculum, materialLookupFor(loaded.catalogue)), [curriculum, loaded]);
  const fields: CurriculumFields = {
    title: curriculum.title,
    purpose: curriculum.purpose,
    audiences: curriculum.audiences,
    objectives: curriculum.objectives,
    ...(curriculum.format ? { format: curriculum.format } : {}),
    ...(curriculum.lengthMinutes !== undefined ? { lengthMinutes: curriculum.lengthMinutes } : {}),
  };

  return (
    <article className="page curriculum" aria-labelledby="curriculum-title">
      <EditableDetails
        back={{ to: '/trainers', label: 'All curricula' }}
        eyebrow="Curriculum"
        titleId="curriculum-title"
        title={curriculum.title}
        detailsTitle="Curriculum details"
        mark={<ConflictMark kind="curriculum" recordId={curriculum.id} />}
        form={(close) => (
          <CurriculumForm
            initial={fields}
            audiences={vocab.audiences}
            formats={vocab.formats}
            submitLabel="Save details"
            onCancel={close}
            onSubmit={async (next) => {
              await saveDetails(curriculum, next);
              close();
            }}
          />
        )}
      >
        {curriculum.purpose ? <p className="lead">{curriculum.purpose}</p> : <p className="muted">No purpose written yet.</p>}
        <dl className="curriculum-facts">
          <dt>Audiences</dt>
          <dd>{curriculum.audiences.length > 0 ? curriculum.audiences.map(audienceLabel).join(', ') : 'Not chosen yet'}</dd>
          <dt>Format</dt>
          <dd>{curriculum.format ? formatLabel(curriculum.format) : 'Not chosen yet'}</dd>
          <dt>Total length</dt>
          <dd data-testid="curriculum-length">
            {curriculum.lengthMinutes !== undefined ? formatMinutes(curriculum.lengthMinutes) : 'Not stated'} · modules take {formatMinutes(moduleMinutes(curriculum))}
          </dd>
        </dl>
        {curriculum.objectives ? (
          <>
            <h3 className="plan-subheading">Learning objectives</h3>
            <p className="curriculum-objectives">{curriculum.objectives}</p>
          </>
        ) : null}
        <ExportButtons formats={agendaFormats} onExport={(format) => exportAgenda(curriculum.id, format)} />
      </EditableDetails>

      {warning ? (
        <p className="banner banner--warning" role="status" data-testid="length-warning">
          {warning}
        </p>
      ) : null}

      <section className="card" aria-labelledby="modules-title">
        <h2 id="modules-title">Modules</h2>
        <ModulesList curriculum={curriculum} loaded={loaded} />
        <h3 className="plan-subheading">Add a module</h3>
        <ModuleForm loaded={loaded} submitLabel="Add module" onSubmit={(module) => addModule(curriculum.id, module)} />
      </section>

      <section className="card" aria-labelledby="material-audiences-title">
        <h2 id="material-audiences-title">Who the materials were written for</h2>
        {fromMaterials.catalogueMaterials === 0 ? (
          <p className="muted">No catalogue materials yet: add catalogue trainings or resources to modules to see the audiences they were written for.</p>
        ) : (
          <>
            <p className="muted">
              From the catalogue’s {fromMaterials.catalogueMaterials === 1 ? 'one material' : `${fromMaterials.catalogueMaterials} materials`} in this curriculum. Audiences this curriculum is not
              for are marked.
            </p>
            <ul className="material-audiences" data-testid="material-audiences">
              {fromMaterials.audiences.map((a) => (
                <li key={a.id}>
                  {audienceLabel(a.id)}: {a.materials === 1 ? '1 material' : `${a.materials} materials`}
                  {a.inCurriculum ? null : <span className="badge">Not in this curriculum’s audiences</span>}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section className="card" aria-labelledby="schedule-title">
        <h2 id="schedule-title">Schedule</h2>
        <ScheduleEditor curriculum={curriculum} loaded={loaded} today={localIsoDate(new Date())} />
      </section>
    </article>
  );
}
