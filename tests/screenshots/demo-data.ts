import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DATA_FILE_NAME } from '../../main/services/store';
import { CURRENT_SCHEMA_VERSION, userDataSchema, type UserData } from '../../shared/model/user-data';

/**
 * A believable team for the README screenshots. Every member's agency and every note
 * says "demo data", so an image can never be mistaken for real records. It lives under
 * tests/, which electron-builder.yml never packs.
 */
const DEMO = 'demo data';
export const DEMO_TODAY = new Date('2026-11-30T15:00:00Z');

interface CatalogueTraining {
  id: string;
  title: string;
  family: string;
  audiences: string[];
  hours?: number;
}

const people: [name: string, role: string, audience: string][] = [
  ['Jordan Alvarez', 'ICAC task force commander', 'law-enforcement'],
  ['Priya Natarajan', 'Assistant district attorney', 'prosecutors'],
  ['Marcus Bell', 'Digital forensic examiner', 'forensic-examiners'],
  ['Hannah Okafor', 'Victim advocate', 'victim-service-providers'],
  ['Luis Ortega', 'Detective, crimes against children', 'law-enforcement'],
  ['Grace Whitfield', 'Forensic interviewer', 'forensic-interviewers'],
  ['Samuel Reyes', 'Patrol sergeant', 'law-enforcement'],
  ['Amira Haddad', 'CPS investigator', 'child-protection'],
];

const pad = (n: number) => String(n).padStart(2, '0');

/** Builds the demo file from the bundled catalogue and checks it against the app's own schema. */
export function demoUserData(cataloguePath: string): UserData {
  const catalogue = JSON.parse(readFileSync(cataloguePath, 'utf8')) as { trainings: CatalogueTraining[]; resources: { id: string; title: string }[] };
  const members = people.map(([name, role, audience], i) => ({
    id: `m-demo-${i + 1}`,
    name,
    role,
    agency: `Lakeview County Task Force (${DEMO})`,
    email: `${name.split(' ')[0]!.toLowerCase()}@example.org`,
    audiences: [audience],
    active: i !== 6,
  }));

  const completions = members.flatMap((member, m) => {
    const relevant = catalogue.trainings.filter((t) => t.audiences.some((a) => member.audiences.includes(a)));
    const picks = relevant.filter((_, i) => (i + m) % 5 === 0).slice(0, 2 + (m % 4));
    return picks.map((training, k) => {
      const month = ((m * 3 + k * 5) % 12) + 1;
      const year = 2024 + ((m + k) % 3 === 0 ? 2 : (m + k) % 2);
      const completedOn = `${year}-${pad(month)}-${pad(((m + k * 7) % 27) + 1)}`;
      return {
        id: `c-demo-${m + 1}-${k + 1}`,
        memberId: member.id,
        trainingId: training.id,
        trainingTitle: training.title,
        trainingFamily: training.family,
        completedOn,
        hours: training.hours ?? [4, 8, 16, 24][(m + k) % 4]!,
        ...(k % 2 === 0 ? { validForMonths: 24 } : {}),
        notes: `Certificate on file (${DEMO}).`,
        createdAt: `${completedOn}T17:00:00.000Z`,
      };
    });
  });

  const planTrainings = catalogue.trainings.filter((t) => t.audiences.includes('law-enforcement')).slice(0, 4);
  const plans = [
    {
      id: 'p-demo-1',
      name: `2027 onboarding for new investigators (${DEMO})`,
      purpose: 'Core child-exploitation and trafficking training for investigators who joined this year.',
      audienceFocus: ['law-enforcement'],
      period: { start: '2027-01-01', end: '2027-12-31' },
      notes: DEMO,
      items: planTrainings.map((t, i) => ({
        id: `i-demo-${i + 1}`,
        trainingId: t.id,
        trainingTitle: t.title,
        assigneeIds: ['m-demo-5', 'm-demo-7'].slice(0, 1 + (i % 2)),
        targetDate: `2027-${pad(2 + i * 3)}-15`,
        priority: (['high', 'medium', 'medium', 'low'] as const)[i]!,
        status: (['confirmed', 'requested', 'planned', 'planned'] as const)[i]!,
        notes: '',
      })),
      createdAt: '2026-11-02T15:00:00.000Z',
      updatedAt: '2026-11-20T15:00:00.000Z',
    },
  ];

  // Requirement profiles over the same trainings the demo records use, so the matrix shows every status.
  const used = [...new Set(completions.map((c) => c.trainingId))].map((id) => catalogue.trainings.find((t) => t.id === id)!);
  const ref = (t: CatalogueTraining) => ({ kind: 'catalogue' as const, trainingId: t.id, title: t.title });
  const profiles = [
    {
      id: 'pr-demo-1',
      name: `Investigator (${DEMO})`,
      description: DEMO,
      appliesTo: { audiences: ['law-enforcement'] },
      requirements: [
        { id: 'rq-demo-1', kind: 'training', trainings: [ref(used[0]!), ref(used[1]!)], newMemberMonths: 6 },
        { id: 'rq-demo-2', kind: 'recurring', trainings: [ref(used[2]!)], cycle: { type: 'rolling', months: 24 }, graceDays: 30 },
        { id: 'rq-demo-3', kind: 'hours', label: `Annual in-service hours (${DEMO})`, hours: 24, cycle: { type: 'yearly', startMonth: 7 } },
      ],
      updatedAt: '2026-11-20T15:00:00.000Z',
    },
    {
      id: 'pr-demo-2',
      name: `All staff (${DEMO})`,
      description: DEMO,
      appliesTo: { everyone: true },
      requirements: [{ id: 'rq-demo-4', kind: 'hours', label: `Continuing education, 3 years (${DEMO})`, hours: 40, cycle: { type: 'rolling', months: 36 } }],
      updatedAt: '2026-11-20T15:00:00.000Z',
    },
  ];

  // A trainer's curriculum over two days, and two deliveries in the demo quarter (Oct–Dec 2026).
  const resource = catalogue.resources[0]!;
  const moduleRows = [
    { title: 'Indicators on patrol', minutes: 90, method: 'presentation', presenter: 'Sgt. Maria Lopez', materials: [{ kind: 'training', trainingId: planTrainings[0]!.id, title: planTrainings[0]!.title }] },
    { title: 'Traffic stop case study', minutes: 60, method: 'case-study', presenter: 'Det. Sam Park', materials: [{ kind: 'resource', resourceId: resource.id, title: resource.title }] },
    { title: 'Role play: first contact', minutes: 75, method: 'practicum', presenter: 'Sgt. Maria Lopez', materials: [{ kind: 'custom', title: 'Scenario cards', note: `Printed, one per table (${DEMO})` }] },
  ];
  const curricula = [
    {
      id: 'cu-demo-1',
      title: `Child sex trafficking for patrol officers (${DEMO})`,
      purpose: 'Help patrol officers recognise child sex trafficking and make a safe first contact.',
      audiences: ['law-enforcement'],
      format: 'in-person',
      lengthMinutes: 240,
      objectives: 'Recognise indicators; respond safely; know who to call.',
      modules: moduleRows.map((m, i) => ({ ...m, id: `mo-demo-${i + 1}`, objectives: DEMO })),
      days: [
        { date: '2027-02-09', start: '09:00', entries: [{ kind: 'module', moduleId: 'mo-demo-1' }, { kind: 'break', label: 'Coffee', minutes: 15 }, { kind: 'module', moduleId: 'mo-demo-2' }] },
        { date: '2027-02-10', start: '09:00', entries: [{ kind: 'module', moduleId: 'mo-demo-3' }] },
      ],
      createdAt: '2026-11-02T15:00:00.000Z',
      updatedAt: '2026-11-20T15:00:00.000Z',
    },
  ];
  const deliveries = [
    {
      id: 'd-demo-1',
      subject: { kind: 'curriculum', curriculumId: 'cu-demo-1', title: curricula[0]!.title },
      startDate: '2026-10-13',
      endDate: '2026-10-14',
      location: `Regional academy (${DEMO})`,
      hours: 12,
      topics: ['child-sex-trafficking'],
      attendance: { kind: 'counts', counts: [{ audience: 'law-enforcement', agency: `Metro PD (${DEMO})`, count: 18 }, { audience: 'prosecutors', agency: `County DA (${DEMO})`, count: 4 }] },
      evaluationAverage: 4.6,
      notes: DEMO,
      createdAt: '2026-10-15T15:00:00.000Z',
      updatedAt: '2026-10-15T15:00:00.000Z',
    },
    {
      id: 'd-demo-2',
      subject: { kind: 'training', trainingId: planTrainings[0]!.id, title: planTrainings[0]!.title },
      startDate: '2026-11-17',
      endDate: '2026-11-17',
      online: true,
      hours: 3.5,
      topics: ['child-sex-trafficking', 'victim-services'],
      attendance: { kind: 'counts', counts: [{ audience: 'victim-service-providers', agency: `Child Advocacy Center (${DEMO})`, count: 9 }, { audience: 'law-enforcement', agency: `Metro PD (${DEMO})`, count: 6 }] },
      notes: DEMO,
      createdAt: '2026-11-18T15:00:00.000Z',
      updatedAt: '2026-11-18T15:00:00.000Z',
    },
  ];

  return userDataSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    settings: { theme: 'light' },
    members,
    completions,
    plans,
    profiles,
    curricula,
    deliveries,
  });
}

export async function writeDemoData(dataDir: string, cataloguePath: string): Promise<void> {
  await writeFile(join(dataDir, DATA_FILE_NAME), `${JSON.stringify(demoUserData(cataloguePath), null, 2)}\n`, 'utf8');
}
