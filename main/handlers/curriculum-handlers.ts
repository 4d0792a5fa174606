import type { AgendaExportFormat, curriculumChannels } from '../../shared/contract/curriculum-channels';
import type { Curriculum, Material } from '../../shared/model/curriculum';
import { buildAgenda } from '../../shared/curricula/agenda';
import { agendaCalendarEvents } from '../../shared/curricula/agenda-calendar';
import { agendaCsvText } from '../../shared/curricula/agenda-csv';
import { buildAgendaDocument } from '../../shared/curricula/agenda-document';
import { addModule, duplicateCurriculum, newCurriculum } from '../../shared/curricula/curriculum-edits';
import { materialLookupFor } from '../../shared/curricula/materials';
import { localIsoDate } from '../../shared/util/dates';
import type { ApiServices } from '../api-services';
import { writeAgendaIcs } from '../services/agenda-ics';
import { writeFileDurable } from '../services/durable-file';
import { newRecordId } from '../services/record-ids';
import { UserFacingError } from '../services/user-facing-error';
import type { HandlersFor } from './handler-types';

const exportKinds: Record<AgendaExportFormat, { title: string; filter: string; extension: string }> = {
  pdf: { title: 'Export the agenda as PDF', filter: 'PDF document', extension: 'pdf' },
  csv: { title: 'Export the agenda as CSV', filter: 'CSV spreadsheet', extension: 'csv' },
  ics: { title: 'Export the agenda to a calendar', filter: 'iCalendar file', extension: 'ics' },
};

const GONE = 'This curriculum no longer exists. It may have been deleted.';

/** Says what the file is and when; curriculum titles can name a case or an agency. */
export function agendaFileName(today: string, extension: string): string {
  return `training-agenda-${today}.${extension}`;
}

export function createCurriculumHandlers(services: ApiServices): HandlersFor<typeof curriculumChannels> {
  const { store, catalogue } = services;

  function find(id: string): Curriculum {
    const found = store.data().curricula.find((c) => c.id === id);
    if (!found) throw new UserFacingError(GONE);
    return found;
  }

  /**
   * Catalogue materials must name items the catalogue has, or ones this curriculum already
   * held (a later catalogue may have retired them); their title snapshots are refreshed.
   */
  function checkMaterials(next: Curriculum, before: Curriculum | undefined): Curriculum {
    const cat = catalogue.current();
    const trainings = new Map(cat.trainings.map((t) => [t.id, t.title]));
    const resources = new Map(cat.resources.map((r) => [r.id, r.title]));
    const held = new Set((before?.modules ?? []).flatMap((m) => m.materials.map((mat) => JSON.stringify(mat))));
    const modules = next.modules.map((module) => ({
      ...module,
      materials: module.materials.map((material): Material => {
        if (material.kind === 'custom') return material;
        const title = material.kind === 'training' ? trainings.get(material.trainingId) : resources.get(material.resourceId);
        if (title !== undefined) return { ...material, title };
        if (held.has(JSON.stringify(material))) return material;
        const id = material.kind === 'training' ? material.trainingId : material.resourceId;
        throw new UserFacingError(`Module “${module.title}” names a catalogue ${material.kind} the catalogue does not have (${id}). Choose it again from the catalogue, or add it as a custom material.`);
      }),
    }));
    return { ...next, modules };
  }

  async function replace(next: Curriculum): Promise<Curriculum> {
    const before = find(next.id);
    const stamped: Curriculum = { ...checkMaterials(next, before), createdAt: before.createdAt, updatedAt: services.now().toISOString() };
    await store.update((d) => {
      // Found again inside the change: saves queued before this one may have removed it.
      if (!d.curricula.some((c) => c.id === next.id)) throw new UserFacingError(GONE);
      d.curricula = d.curricula.map((c) => (c.id === next.id ? stamped : c));
    });
    return stamped;
  }

  async function insert(curriculum: Curriculum, after?: string): Promise<Curriculum> {
    await store.update((d) => {
      const list = [...d.curricula];
      const at = after === undefined ? -1 : list.findIndex((c) => c.id === after);
      list.splice(at < 0 ? list.length : at + 1, 0, curriculum);
      d.curricula = list;
    });
    return curriculum;
  }

  const ids = () => ({ curriculum: newRecordId('curriculum'), module: () => newRecordId('module') });

  async function exportAgenda(id: string, format: AgendaExportFormat): Promise<string | null> {
    const curriculum = find(id);
    const cat = catalogue.current();
    const agenda = buildAgenda(curriculum, materialLookupFor(cat));
    const events = format === 'ics' ? agendaCalendarEvents(curriculum, agenda) : [];
    if (format === 'ics' && events.length === 0) {
      throw new UserFacingError('No module is on the schedule yet. Add a day and place modules on it to put them in a calendar.');
    }
    const kind = exportKinds[format];
    const path = await services.dialogs.chooseSaveFile({
      title: kind.title,
      defaultName: agendaFileName(localIsoDate(services.now()), kind.extension),
      filters: [{ name: kind.filter, extensions: [kind.extension] }],
    });
    if (!path) return null;
    if (format === 'pdf') {
      // pdfmake and its fonts are loaded on the first export, not at every start-up.
      const [{ renderPdf }, { buildAgendaPdfDefinition }] = await Promise.all([import('../services/pdf/write-pdf'), import('../services/pdf/agenda-pdf-definition')]);
      await writeFileDurable(path, await renderPdf(buildAgendaPdfDefinition(buildAgendaDocument(curriculum, cat, services.now()))));
    } else if (format === 'csv') {
      await writeFileDurable(path, agendaCsvText(curriculum, agenda));
    } else {
      await writeAgendaIcs(events, curriculum.title, path);
    }
    return path;
  }

  return {
    async curriculaList() {
      return store.data().curricula;
    },
    async curriculumGet({ id }) {
      return find(id);
    },
    async curriculumCreate({ fields, fromId }) {
      const from = fromId === undefined ? undefined : find(fromId);
      return insert(newCurriculum(fields, ids(), services.now().toISOString(), from));
    },
    async curriculumSave(curriculum) {
      return replace(curriculum);
    },
    async curriculumAddModule({ curriculumId, module }) {
      return replace(addModule(find(curriculumId), module, newRecordId('module')));
    },
    async curriculumDuplicate({ id }) {
      return insert(duplicateCurriculum(find(id), ids(), services.now().toISOString()), id);
    },
    async curriculumDelete({ id }) {
      const deleted = find(id);
      await store.update((d) => {
        d.curricula = d.curricula.filter((c) => c.id !== id);
      });
      return { deleted };
    },
    async curriculumRestore({ curriculum }) {
      if (store.data().curricula.some((c) => c.id === curriculum.id)) throw new UserFacingError('This curriculum is already there.');
      return insert(checkMaterials(curriculum, curriculum));
    },
    async curriculumExport({ id, format }) {
      return { savedTo: await exportAgenda(id, format) };
    },
  };
}
