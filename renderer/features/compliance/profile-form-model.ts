import type { Profile, ProfileDraftInput, RequiredTraining } from '../../../shared/model/requirements';

/** One requirement as the form holds it: text fields stay text until the form is checked. */
export interface RequirementModel {
  key: number;
  id?: string;
  kind: 'training' | 'recurring' | 'hours';
  trainings: RequiredTraining[];
  cycleType: 'rolling' | 'yearly';
  months: string;
  startMonth: string;
  graceDays: string;
  label: string;
  hours: string;
  count: 'clock' | 'credit';
  families: string[];
  topics: string[];
  audiences: string[];
  newMemberMonths: string;
}

export interface ProfileModel {
  name: string;
  description: string;
  everyone: boolean;
  roles: string;
  agencies: string;
  audiences: string[];
  memberIds: string[];
  requirements: RequirementModel[];
}

let nextKey = 1;

export function newRequirement(kind: RequirementModel['kind']): RequirementModel {
  return {
    key: nextKey++,
    kind,
    trainings: [],
    cycleType: kind === 'hours' ? 'yearly' : 'rolling',
    months: '12',
    startMonth: '1',
    graceDays: '0',
    label: '',
    hours: '',
    count: 'clock',
    families: [],
    topics: [],
    audiences: [],
    newMemberMonths: '',
  };
}

export function modelOf(p: Profile | undefined): ProfileModel {
  if (!p) return { name: '', description: '', everyone: false, roles: '', agencies: '', audiences: [], memberIds: [], requirements: [] };
  return {
    name: p.name,
    description: p.description,
    everyone: p.appliesTo.everyone,
    roles: p.appliesTo.roles.join(', '),
    agencies: p.appliesTo.agencies.join(', '),
    audiences: p.appliesTo.audiences,
    memberIds: p.appliesTo.memberIds,
    requirements: p.requirements.map((r) => {
      const base = { ...newRequirement(r.kind), id: r.id, newMemberMonths: r.newMemberMonths === undefined ? '' : String(r.newMemberMonths) };
      const cycle = r.kind === 'training' ? {} : r.cycle.type === 'rolling' ? { cycleType: 'rolling' as const, months: String(r.cycle.months) } : { cycleType: 'yearly' as const, startMonth: String(r.cycle.startMonth) };
      if (r.kind === 'training') return { ...base, trainings: r.trainings };
      if (r.kind === 'recurring') return { ...base, ...cycle, trainings: r.trainings, graceDays: String(r.graceDays) };
      return { ...base, ...cycle, label: r.label, hours: String(r.hours), count: r.count, families: r.filter.families, topics: r.filter.topics, audiences: r.filter.audiences };
    }),
  };
}

const list = (text: string): string[] =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
/** A number typed in a field; blank stays undefined so the schema can say what is missing. */
const num = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text));

/** The draft the profile channel takes; the shared schema then checks it, here and again in main. */
export function draftOf(m: ProfileModel): ProfileDraftInput {
  return {
    name: m.name,
    description: m.description,
    appliesTo: { everyone: m.everyone, roles: list(m.roles), agencies: list(m.agencies), audiences: m.audiences, memberIds: m.memberIds },
    requirements: m.requirements.map((r) => {
      const common = { ...(r.id ? { id: r.id } : {}), ...(num(r.newMemberMonths) !== undefined ? { newMemberMonths: num(r.newMemberMonths) } : {}) };
      const cycle = r.cycleType === 'rolling' ? { type: 'rolling' as const, months: num(r.months) as number } : { type: 'yearly' as const, startMonth: num(r.startMonth) as number };
      if (r.kind === 'training') return { ...common, kind: 'training' as const, trainings: r.trainings };
      if (r.kind === 'recurring') return { ...common, kind: 'recurring' as const, trainings: r.trainings, cycle, graceDays: num(r.graceDays) ?? 0 };
      return {
        ...common,
        kind: 'hours' as const,
        label: r.label,
        hours: num(r.hours) as number,
        cycle,
        count: r.count,
        filter: { families: r.families, topics: r.topics, audiences: r.audiences },
      };
    }),
  };
}
