import type { Curriculum, CurriculumFields, CurriculumModule, ModuleFields } from '../model/curriculum';

/*
 * Pure edits on a curriculum. Handlers apply them inside store.update; ids come from the
 * caller so these stay deterministic under test. Reordering uses moveItem from the plans.
 */

export interface CurriculumIds {
  curriculum: string;
  module: () => string;
}

/** Copies modules with new ids and carries the schedule over to them. */
function copyContent(source: Curriculum, newModuleId: () => string): Pick<Curriculum, 'modules' | 'days'> {
  const ids = new Map<string, string>();
  const modules = source.modules.map((m): CurriculumModule => {
    const id = newModuleId();
    ids.set(m.id, id);
    return { ...structuredClone(m), id };
  });
  const days = source.days.map((day) => ({
    ...day,
    entries: day.entries.map((e) => (e.kind === 'module' ? { kind: 'module' as const, moduleId: ids.get(e.moduleId) ?? e.moduleId } : { ...e })),
  }));
  return { modules, days };
}

/** A new curriculum; started from another, it takes that one's modules and schedule (fields are the form's). */
export function newCurriculum(fields: CurriculumFields, ids: CurriculumIds, nowIso: string, from?: Curriculum): Curriculum {
  const content = from ? copyContent(from, ids.module) : { modules: [], days: [] };
  return { ...fields, id: ids.curriculum, ...content, createdAt: nowIso, updatedAt: nowIso };
}

/** A full copy to adapt: new ids, "(copy)" in the title. */
export function duplicateCurriculum(source: Curriculum, ids: CurriculumIds, nowIso: string): Curriculum {
  const suffix = ' (copy)';
  const title = source.title.length + suffix.length <= 200 ? `${source.title}${suffix}` : source.title;
  return { ...structuredClone(source), id: ids.curriculum, title, ...copyContent(source, ids.module), createdAt: nowIso, updatedAt: nowIso };
}

export function addModule(curriculum: Curriculum, fields: ModuleFields, id: string): Curriculum {
  return { ...curriculum, modules: [...curriculum.modules, { ...fields, id }] };
}

/** Removes a module and its place on the schedule. */
export function removeModule(curriculum: Curriculum, moduleId: string): Curriculum {
  return {
    ...curriculum,
    modules: curriculum.modules.filter((m) => m.id !== moduleId),
    days: curriculum.days.map((d) => ({ ...d, entries: d.entries.filter((e) => e.kind !== 'module' || e.moduleId !== moduleId) })),
  };
}

/** Modules not yet placed on any day, in curriculum order. */
export function unscheduledModules(curriculum: Curriculum): CurriculumModule[] {
  const placed = new Set(curriculum.days.flatMap((d) => d.entries.flatMap((e) => (e.kind === 'module' ? [e.moduleId] : []))));
  return curriculum.modules.filter((m) => !placed.has(m.id));
}
