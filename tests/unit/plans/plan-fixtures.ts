import type { Catalogue } from '../../../shared/catalogue/schema';
import type { Plan, PlanItem } from '../../../shared/model/plan';
import type { Completion, Member } from '../../../shared/model/team';
import { planViewContext, buildPlanView, type PlanView } from '../../../shared/plans/plan-view';
import { miniCatalogue } from '../catalogue-query/mini-catalogue';

/** The mini catalogue plus the contact details the PDF prints. */
export function planCatalogue(): Catalogue {
  const cat = miniCatalogue();
  cat.providers[0] = {
    ...cat.providers[0]!,
    howToRequest: 'Register through the NCAC training calendar; seats are limited per agency.',
    contact: { phone: '256-533-5437', email: 'training@nationalcac.org' },
    website: 'https://www.nationalcac.org',
  };
  return cat;
}

export function member(id: string, name: string, audiences: string[] = ['law-enforcement'], extra: Partial<Member> = {}): Member {
  return { id, name, role: 'Investigator', agency: 'County Sheriff', audiences, active: true, ...extra };
}

let completionSeq = 0;
export function completion(memberId: string, trainingId: string, completedOn: string, extra: Partial<Completion> = {}): Completion {
  completionSeq += 1;
  return {
    id: `c-${completionSeq}`,
    memberId,
    trainingId,
    trainingTitle: trainingId,
    completedOn,
    hours: 8,
    createdAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
}

export function item(id: string, trainingId: string, assigneeIds: string[], extra: Partial<PlanItem> = {}): PlanItem {
  return { id, trainingId, trainingTitle: `Snapshot of ${trainingId}`, assigneeIds, priority: 'medium', status: 'planned', notes: '', ...extra };
}

export function plan(items: PlanItem[], extra: Partial<Plan> = {}): Plan {
  return {
    id: 'p-1',
    name: 'FY2026 Task Force Training Plan',
    purpose: 'Bring every investigator up to date on forensic interviewing and abduction response.',
    audienceFocus: [],
    period: { start: '2026-01-01', end: '2026-12-31' },
    notes: '',
    archived: false,
    items,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
}

export function viewOf(p: Plan, members: Member[], completions: Completion[], today: string, catalogue: Catalogue = planCatalogue()): PlanView {
  return buildPlanView(p, planViewContext({ members, completions, catalogue, today }));
}
