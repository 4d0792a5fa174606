import type { TrainingFacts, TrainingFactsFor } from '../../../shared/compliance/catalogue-facts';
import { requirementSchema, type Profile, type RequirementInput } from '../../../shared/model/requirements';
import type { Completion, Member } from '../../../shared/model/team';

export const catalogueFacts: Record<string, TrainingFacts> = {
  'icac-ucc': { title: 'ICAC Undercover Chat', family: 'icac', topics: ['online-exploitation'], audiences: ['law-enforcement'] },
  'icac-p2p': { title: 'ICAC Peer-to-Peer', family: 'icac', topics: ['online-exploitation', 'digital-forensics'], audiences: ['law-enforcement'] },
  'fi-basic': { title: 'Forensic Interviewing Basics', family: 'cac', topics: ['forensic-interviewing'], audiences: ['forensic-interviewers'] },
  'fi-advanced': { title: 'Advanced Forensic Interviewing', family: 'cac', topics: ['forensic-interviewing'], audiences: ['forensic-interviewers'] },
  'amber-101': { title: 'AMBER Alert 101', family: 'amber', topics: ['missing-children'], audiences: ['law-enforcement'] },
};
export const facts: TrainingFactsFor = (id) => catalogueFacts[id];

export function member(over: Partial<Member> & { id: string }): Member {
  return { name: over.id, role: 'Detective', agency: 'County SO', audiences: [], active: true, ...over };
}

let seq = 0;
export function done(memberId: string, trainingId: string, completedOn: string, over: Partial<Completion> = {}): Completion {
  return {
    id: over.id ?? `c-${++seq}`,
    memberId,
    trainingId,
    trainingTitle: catalogueFacts[trainingId]?.title ?? trainingId,
    trainingFamily: catalogueFacts[trainingId]?.family ?? 'icac',
    completedOn,
    hours: 8,
    createdAt: `${completedOn}T00:00:00.000Z`,
    ...over,
  };
}

export const ref = (trainingId: string) => ({ kind: 'catalogue' as const, trainingId, title: catalogueFacts[trainingId]?.title ?? `Old ${trainingId}` });

type RequirementDraft = RequirementInput extends infer R ? (R extends unknown ? Omit<R, 'id'> & { id?: string } : never) : never;

export function req(input: RequirementDraft) {
  return requirementSchema.parse({ id: 'r-1', ...input });
}

export function profile(id: string, requirements: ReturnType<typeof req>[], appliesTo: Partial<Profile['appliesTo']> = { everyone: true }): Profile {
  return {
    id,
    name: id,
    description: '',
    appliesTo: { everyone: false, roles: [], agencies: [], audiences: [], memberIds: [], ...appliesTo },
    requirements,
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}
