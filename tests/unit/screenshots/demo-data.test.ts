import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { userDataSchema } from '../../../shared/model/user-data';
import { demoUserData } from '../../screenshots/demo-data';

const CATALOGUE = fileURLToPath(new URL('../../../data/catalogue.json', import.meta.url));

describe('the screenshot demo data', () => {
  const data = demoUserData(CATALOGUE);

  it("is a valid data file for this build, with a team, their records and a plan", () => {
    expect(userDataSchema.safeParse(data).success).toBe(true);
    expect(data.members.length).toBeGreaterThanOrEqual(6);
    expect(data.completions.length).toBeGreaterThanOrEqual(10);
    expect(data.plans.length).toBeGreaterThanOrEqual(1);
    expect(data.profiles.length).toBeGreaterThanOrEqual(1);
    expect(data.settings.theme).toBe('light');
  });

  it('labels every member, completion and plan as demo data', () => {
    for (const m of data.members) expect(m.agency, m.name).toMatch(/demo data/);
    for (const c of data.completions) expect(c.notes, c.id).toMatch(/demo data/);
    for (const p of data.plans) expect(p.name, p.id).toMatch(/demo data/);
    for (const p of data.profiles) expect(p.name, p.id).toMatch(/demo data/);
  });

  it('points only at trainings that are in the bundled catalogue', async () => {
    const { trainings } = (await import('../../../data/catalogue.json')).default as { trainings: { id: string }[] };
    const ids = new Set(trainings.map((t) => t.id));
    for (const c of data.completions) expect(ids.has(c.trainingId ?? ''), c.trainingId).toBe(true);
    for (const item of data.plans.flatMap((p) => p.items)) expect(ids.has(item.trainingId ?? ''), item.trainingId).toBe(true);
  });

  it('is the same every run, so the README pictures only change when the app does', () => {
    expect(demoUserData(CATALOGUE)).toEqual(data);
  });
});
