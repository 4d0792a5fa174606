import type { Catalogue } from '../../../shared/catalogue/schema';
import type { Completion, Member } from '../../../shared/model/team';
import { createTrainingLookup } from '../../../shared/team/training-lookup';
import type { WorkbookReader } from '../../../shared/team/import-start';
import { xlsxSheetText } from '../../../shared/team/xlsx-sheet';
import type { ImportContext } from '../../../shared/team/import-plan';

type Training = Catalogue['trainings'][number];

/** A training with every required catalogue field, so lookups see realistic records. */
export function training(id: string, title: string, extra: Partial<Training> = {}): Training {
  return {
    id,
    title,
    providerId: 'ncjtc',
    family: 'icac',
    formats: ['in-person'],
    audiences: ['law-enforcement'],
    topics: ['investigations'],
    cost: 'free',
    description: 'A course.',
    status: 'active',
    sources: ['https://example.org/'],
    lastVerified: '2026-01-01',
    ...extra,
  };
}

export const sampleTrainings: Training[] = [
  training('icac-undercover-chat', 'ICAC Undercover Chat Investigations', { hours: 32, audiences: ['law-enforcement'] }),
  training('amber-cart', 'Child Abduction Response Team (CART) Training', { family: 'amber', audiences: ['law-enforcement', 'multidisciplinary-teams'] }),
  training('cac-forensic-interview', 'Forensic Interviewing of Children', {
    family: 'cac',
    hours: 40,
    audiences: ['forensic-interviewers'],
    alsoKnownAs: ['Child Forensic Interview Training'],
  }),
  training('ovc-trauma-informed', 'Trauma-Informed Victim Services', { family: 'ovc', hours: 6, audiences: ['victim-service-providers', 'prosecutors'] }),
];

export const sampleLookup = createTrainingLookup({
  trainings: sampleTrainings,
  providers: [
    {
      id: 'ncjtc',
      name: 'National Criminal Justice Training Center',
      acronym: 'NCJTC',
      kind: 'provider',
      organisations: [],
      fundingOffices: [],
      families: ['icac'],
      audiences: [],
      formats: [],
      cost: 'free',
      topics: [],
      description: 'A provider.',
      keyFacts: [],
      status: 'active',
      sources: ['https://example.org/'],
      lastVerified: '2026-01-01',
    },
  ],
});

export function member(id: string, name: string, extra: Partial<Member> = {}): Member {
  return { id, name, role: '', agency: '', audiences: [], active: true, ...extra };
}

export function completion(id: string, memberId: string, extra: Partial<Completion> = {}): Completion {
  return {
    id,
    memberId,
    trainingId: 'icac-undercover-chat',
    trainingTitle: 'ICAC Undercover Chat Investigations',
    trainingFamily: 'icac',
    completedOn: '2026-01-15',
    hours: 32,
    createdAt: '2026-01-20T10:00:00.000Z',
    ...extra,
  } as Completion;
}

export function custom(id: string, memberId: string, title: string, extra: Partial<Completion> = {}): Completion {
  const c: Completion = { id, memberId, custom: { title, provider: 'Local academy' }, completedOn: '2026-01-15', hours: 4, createdAt: '2026-01-20T10:00:00.000Z', ...extra };
  return c;
}

/** An import context over the sample catalogue with predictable ids. */
export function importContext(members: Member[], extra: Partial<ImportContext> = {}): ImportContext {
  let n = 0;
  return {
    members,
    completions: [],
    trainings: sampleLookup,
    createMissingMembers: false,
    newId: (kind) => `${kind === 'member' ? 'm' : 'c'}-new-${++n}`,
    now: '2026-11-25T10:00:00.000Z',
    ...extra,
  };
}

/** The workbook reader on the test's own thread (the window runs the same function on a Web Worker). */
export const readWorkbookHere: WorkbookReader = async (input, sheetName, pick) => xlsxSheetText(input, sheetName, pick);
