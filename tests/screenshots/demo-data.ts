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
  const catalogue = JSON.parse(readFileSync(cataloguePath, 'utf8')) as { trainings: CatalogueTraining[] };
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

  return userDataSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    settings: { theme: 'light' },
    members,
    completions,
    plans,
    profiles,
  });
}

export async function writeDemoData(dataDir: string, cataloguePath: string): Promise<void> {
  await writeFile(join(dataDir, DATA_FILE_NAME), `${JSON.stringify(demoUserData(cataloguePath), null, 2)}\n`, 'utf8');
}
