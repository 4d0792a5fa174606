import type { AgendaExportFormat } from '../../../shared/contract/curriculum-channels';
import type { Curriculum, CurriculumFields, ModuleFields, ScheduleDay } from '../../../shared/model/curriculum';
import { removeModule as withoutModule } from '../../../shared/curricula/curriculum-edits';
import { moveItem } from '../../../shared/plans/plan-edits';
import { errorMessage } from '../../app/errors';
import { clearNotice, notify } from '../../app/notice-store';
import { tta } from '../../app/tta';
import { useCurriculaStore } from './curricula-store';

/*
 * Curriculum reads and writes as the screens use them: call the main side, put what it
 * returned in the store, say what happened in the app's notice, with Undo where a mistake
 * would cost work. Refusals are thrown to the caller (FormErrors or notifyError).
 */

const set = useCurriculaStore.setState;
const get = useCurriculaStore.getState;

export async function loadCurricula(): Promise<void> {
  try {
    set({ list: await tta().curriculaList(), error: null });
  } catch (error) {
    set({ error: errorMessage(error) });
  }
}

export async function openCurriculum(id: string): Promise<void> {
  if (get().open?.id !== id) {
    set({ open: null, error: null });
    clearNotice();
  }
  try {
    set({ open: await tta().curriculumGet({ id }), error: null });
  } catch (error) {
    set({ error: errorMessage(error) });
  }
}

/** Saves the whole curriculum: shows the edit at once (drags must feel instant), then what was saved. */
async function save(next: Curriculum): Promise<Curriculum> {
  const current = get().open;
  if (current?.id === next.id) set({ open: next });
  try {
    const saved = await tta().curriculumSave(next);
    set({ open: saved, error: null });
    return saved;
  } catch (error) {
    if (current) set({ open: current });
    throw error;
  }
}

export async function createCurriculum(fields: CurriculumFields, fromId?: string): Promise<Curriculum> {
  const created = await tta().curriculumCreate({ fields, ...(fromId ? { fromId } : {}) });
  clearNotice();
  return created;
}

export async function saveDetails(curriculum: Curriculum, fields: CurriculumFields): Promise<void> {
  const { format: _format, lengthMinutes: _length, ...rest } = curriculum;
  await save({ ...rest, ...fields });
  notify('Curriculum details saved.');
}

export async function duplicateCurriculum(curriculum: Curriculum): Promise<void> {
  try {
    const copy = await tta().curriculumDuplicate({ id: curriculum.id });
    notify(`Made a copy: “${copy.title}”.`);
  } finally {
    await loadCurricula();
  }
}

export async function deleteCurriculum(curriculum: Curriculum): Promise<void> {
  try {
    const { deleted } = await tta().curriculumDelete({ id: curriculum.id });
    notify(`Deleted “${deleted.title}”.`, async () => {
      await tta().curriculumRestore({ curriculum: deleted });
      await loadCurricula();
      return 'Undone.';
    });
  } finally {
    await loadCurricula();
  }
}

export async function addModule(curriculumId: string, module: ModuleFields): Promise<void> {
  set({ open: await tta().curriculumAddModule({ curriculumId, module }) });
  notify(`Added the module “${module.title}”.`);
}

export async function updateModule(curriculum: Curriculum, moduleId: string, fields: ModuleFields): Promise<void> {
  await save({ ...curriculum, modules: curriculum.modules.map((m) => (m.id === moduleId ? { ...fields, id: m.id } : m)) });
  notify(`Saved the module “${fields.title}”.`);
}

export async function moveModule(curriculum: Curriculum, from: number, to: number): Promise<void> {
  await save({ ...curriculum, modules: moveItem(curriculum.modules, from, to) });
}

export async function removeModule(curriculum: Curriculum, moduleId: string): Promise<void> {
  const before = curriculum;
  const title = curriculum.modules.find((m) => m.id === moduleId)?.title ?? 'the module';
  await save(withoutModule(curriculum, moduleId));
  notify(`Removed “${title}” from the curriculum and its schedule.`, async () => {
    const current = get().open ?? before;
    set({ open: await tta().curriculumSave({ ...current, modules: before.modules, days: before.days }) });
    return 'Undone.';
  });
}

/** Replaces the schedule's days (add, remove, place, move or time an entry). */
export async function saveDays(curriculum: Curriculum, days: ScheduleDay[]): Promise<void> {
  await save({ ...curriculum, days });
}

/** Asks where to save and writes the file; the path, or null when the user cancelled. */
export async function exportAgenda(id: string, format: AgendaExportFormat): Promise<string | null> {
  return (await tta().curriculumExport({ id, format })).savedTo;
}
