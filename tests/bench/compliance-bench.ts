import type { Catalogue } from '../../shared/catalogue/schema';
import { trainingFactsFor } from '../../shared/compliance/catalogue-facts';
import { complianceMatrix } from '../../shared/compliance/matrix';
import { requirementSchema, type Profile, type Requirement } from '../../shared/model/requirements';
import { median, timeRuns } from './stats';
import { syntheticUserData } from './user-data-fixture';

/**
 * SYNTHETIC requirement profiles for the bench: 30 requirements over three profiles, every
 * kind and option (any-of sets, rolling and fiscal cycles, grace, new-member months,
 * filtered and credit hours), applying by everyone, audience and agency.
 */
export function syntheticProfiles(cat: Catalogue): Profile[] {
  const t = cat.trainings;
  const ref = (i: number) => ({ kind: 'catalogue' as const, trainingId: t[i % t.length]!.id, title: t[i % t.length]!.title });
  const families = [...new Set(t.map((x) => x.family))];
  const topics = cat.vocabularies.topics.map((x) => x.id);
  const make = (i: number): Requirement => {
    const id = `r-syn-${i}`;
    switch (i % 6) {
      case 0:
        return requirementSchema.parse({ id, kind: 'training', trainings: [ref(i)], newMemberMonths: 6 });
      case 1:
        return requirementSchema.parse({ id, kind: 'training', trainings: [ref(i), ref(i + 7), ref(i + 13)] });
      case 2:
        return requirementSchema.parse({ id, kind: 'recurring', trainings: [ref(i), ref(i + 3)], cycle: { type: 'rolling', months: 24 }, graceDays: 30 });
      case 3:
        return requirementSchema.parse({ id, kind: 'recurring', trainings: [ref(i)], cycle: { type: 'yearly', startMonth: 7 } });
      case 4:
        return requirementSchema.parse({ id, kind: 'hours', label: `[SYNTHETIC] Hours ${i}`, hours: 40, cycle: { type: 'rolling', months: 36 }, filter: { families: [families[i % families.length]!] } });
      default:
        return requirementSchema.parse({ id, kind: 'hours', label: `[SYNTHETIC] Hours ${i}`, hours: 24, cycle: { type: 'yearly', startMonth: 1 }, count: 'credit', filter: { topics: [topics[i % topics.length]!] } });
    }
  };
  const appliesTo = [
    { everyone: true, roles: [], agencies: [], audiences: [], memberIds: [] },
    { everyone: false, roles: [], agencies: [], audiences: cat.vocabularies.audiences.slice(0, 4).map((a) => a.id), memberIds: [] },
    { everyone: false, roles: ['investigator'], agencies: [], audiences: [], memberIds: [] },
  ];
  return appliesTo.map((a, p) => ({
    id: `p-syn-${p}`,
    name: `[SYNTHETIC] Profile ${p}`,
    description: '',
    appliesTo: a,
    requirements: Array.from({ length: 10 }, (_, i) => make(p * 10 + i)),
    updatedAt: '2026-01-01T00:00:00.000Z',
  }));
}

/** Full recompute of 1,000 members × 30 requirements over 100,000 completions: the median of `runs`. */
export async function benchCompliance(cat: Catalogue, runs: number): Promise<{ matrixMs: number; cells: number }> {
  const data = syntheticUserData({ members: 1000, completions: 100_000, catalogue: cat });
  const profiles = syntheticProfiles(cat);
  const facts = trainingFactsFor(cat);
  let cells = 0;
  const times = await timeRuns(runs, () => {
    const m = complianceMatrix({ profiles, members: data.members, completions: data.completions, facts, today: '2026-03-01', warningDays: 90 });
    cells = m.rows.length * m.columns.length;
  });
  return { matrixMs: median(times), cells };
}
