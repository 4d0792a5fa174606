import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../store/temp-dir';
import { startApi } from '../plans/api-harness';
import { lengthWarning } from '../../../shared/curricula/curriculum-length';
import { materialAudiences, materialLookupFor } from '../../../shared/curricula/materials';
import { moveItem } from '../../../shared/plans/plan-edits';
import { fields, modules, RESOURCE, RESOURCE_TITLE, TRAINING, TRAINING_TITLE } from './curriculum-fixtures';

async function withModules(dir: string) {
  const api = await startApi(dir);
  let c = await api.call('curriculumCreate', { fields });
  for (const m of modules) c = await api.call('curriculumAddModule', { curriculumId: c.id, module: m });
  return { api, curriculum: c };
}

describe('curriculum channels', () => {
  const tempDir = useTempDirs();

  it('creates a curriculum, adds modules with ids made on the main side and refreshes catalogue title snapshots', async () => {
    const { api, curriculum } = await withModules(await tempDir());
    expect(curriculum.modules.map((m) => m.title)).toEqual(['Indicators on patrol', 'Traffic stop case study', 'Role play: first contact']);
    expect(curriculum.modules.every((m) => /^mo-/.test(m.id))).toBe(true);
    expect(curriculum.modules[0]!.materials[0]).toEqual({ kind: 'training', trainingId: TRAINING, title: TRAINING_TITLE });
    expect(api.services.store.data().curricula).toHaveLength(1);
  });

  it('reorders modules through a save and keeps createdAt the app’s', async () => {
    const { api, curriculum } = await withModules(await tempDir());
    const saved = await api.call('curriculumSave', { ...curriculum, createdAt: '2000-01-01T00:00:00.000Z', modules: moveItem(curriculum.modules, 2, 0) });
    expect(saved.modules.map((m) => m.title)).toEqual(['Role play: first contact', 'Indicators on patrol', 'Traffic stop case study']);
    expect(saved.createdAt).toBe(curriculum.createdAt);
    expect(api.services.store.data().curricula[0]!.modules[0]!.title).toBe('Role play: first contact');
  });

  it('refuses a catalogue material the catalogue does not have, naming the module', async () => {
    const { api, curriculum } = await withModules(await tempDir());
    const broken = { ...curriculum, modules: [{ ...curriculum.modules[0]!, materials: [{ kind: 'training' as const, trainingId: 'no-such-training', title: 'Ghost' }] }] };
    await expect(api.call('curriculumSave', broken)).rejects.toThrow(/Module “Indicators on patrol” names a catalogue training the catalogue does not have \(no-such-training\)/);
  });

  it('refuses a schedule that places a module twice or names one the curriculum does not have', async () => {
    const { api, curriculum } = await withModules(await tempDir());
    const id = curriculum.modules[0]!.id;
    const twice = { ...curriculum, days: [{ date: '2026-09-15', start: '09:00', entries: [{ kind: 'module' as const, moduleId: id }, { kind: 'module' as const, moduleId: id }] }] };
    const envelope = await api.dispatch('curriculumSave', twice);
    expect(envelope.ok).toBe(false);
    expect(JSON.stringify(envelope)).toContain('A module is placed on the schedule only once');
    const unknown = { ...curriculum, days: [{ date: '2026-09-15', start: '09:00', entries: [{ kind: 'module' as const, moduleId: 'mo-gone' }] }] };
    expect(JSON.stringify(await api.dispatch('curriculumSave', unknown))).toContain('The schedule names a module this curriculum does not have');
  });

  it('duplicates with new module ids and the schedule following them; starts a new one from another', async () => {
    const { api, curriculum } = await withModules(await tempDir());
    const scheduled = await api.call('curriculumSave', {
      ...curriculum,
      days: [{ date: '2026-09-15', start: '09:00', entries: [{ kind: 'module', moduleId: curriculum.modules[1]!.id }] }],
    });
    const copy = await api.call('curriculumDuplicate', { id: scheduled.id });
    expect(copy.title).toBe('Child Sex Trafficking for Patrol (copy)');
    expect(copy.modules.map((m) => m.title)).toEqual(scheduled.modules.map((m) => m.title));
    expect(copy.modules.some((m) => scheduled.modules.some((o) => o.id === m.id))).toBe(false);
    expect(copy.days[0]!.entries[0]).toEqual({ kind: 'module', moduleId: copy.modules[1]!.id });

    const started = await api.call('curriculumCreate', { fields: { ...fields, title: 'CST for School Resource Officers', audiences: ['schools'] }, fromId: scheduled.id });
    expect(started.title).toBe('CST for School Resource Officers');
    expect(started.audiences).toEqual(['schools']);
    expect(started.modules).toHaveLength(3);
    expect(api.services.store.data().curricula.map((c) => c.title)).toEqual([
      'Child Sex Trafficking for Patrol',
      'Child Sex Trafficking for Patrol (copy)',
      'CST for School Resource Officers',
    ]);
  });

  it('deletes and restores (undo), and refuses to restore over an existing one', async () => {
    const { api, curriculum } = await withModules(await tempDir());
    const { deleted } = await api.call('curriculumDelete', { id: curriculum.id });
    expect(api.services.store.data().curricula).toHaveLength(0);
    await api.call('curriculumRestore', { curriculum: deleted });
    expect(api.services.store.data().curricula[0]!.modules).toHaveLength(3);
    await expect(api.call('curriculumRestore', { curriculum: deleted })).rejects.toThrow('This curriculum is already there.');
    await expect(api.call('curriculumGet', { id: 'cu-gone' })).rejects.toThrow(/no longer exists/);
  });

  it('warns when module minutes exceed the stated length, and shows the audiences the materials were written for', async () => {
    const { api, curriculum } = await withModules(await tempDir());
    expect(lengthWarning(curriculum)).toBeNull(); // 195 minutes of modules in a stated 4 hours
    expect(lengthWarning({ ...curriculum, lengthMinutes: 120 })).toBe('The modules take 3 h 15 min, 1 h 15 min more than the stated length of 2 h.');
    expect(lengthWarning({ ...curriculum, lengthMinutes: 194 })).toBe('The modules take 3 h 15 min, 1 min more than the stated length of 3 h 14 min.');
    expect(lengthWarning({ ...curriculum, lengthMinutes: 195 })).toBeNull();
    expect(lengthWarning({ ...curriculum, lengthMinutes: undefined })).toBeNull();

    const cat = api.services.catalogue.current();
    const found = materialAudiences(curriculum, materialLookupFor(cat));
    expect(found.catalogueMaterials).toBe(2);
    // The training is for law enforcement, prosecutors and victim service providers; the strategy for prosecutors, law enforcement and task-force leadership.
    expect(found.audiences).toEqual([
      { id: 'law-enforcement', materials: 2, inCurriculum: true },
      { id: 'prosecutors', materials: 2, inCurriculum: false },
      { id: 'task-force-leadership', materials: 1, inCurriculum: false },
      { id: 'victim-service-providers', materials: 1, inCurriculum: false },
    ]);
    expect(cat.resources.find((r) => r.id === RESOURCE)?.title).toBe(RESOURCE_TITLE);
  });
});
