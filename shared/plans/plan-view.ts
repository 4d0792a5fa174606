import type { Catalogue } from '../catalogue/schema';
import type { Plan, PlanItem } from '../model/plan';
import type { Completion, Member } from '../model/team';
import { indexCompletions, type CompletionIndex } from './completion-match';
import { buildGapMatrix, planMembers, type GapMatrix } from './gap-matrix';
import { computePlanProgress, type Assignment, type Counts } from './progress';
import { suggestTrainings, type MemberSuggestions } from './suggestions';
import { resolveTrainingRef } from '../model/training-ref';
import { createTrainingLookup, type TrainingLookup } from '../team/training-lookup';

/** An item as every plan screen and export shows it. */
export interface PlanItemView {
  item: PlanItem;
  /** The catalogue's current title, or the snapshot / custom title. */
  title: string;
  providerName: string;
  /** Named a catalogue training the current catalogue no longer has. */
  retired: boolean;
  custom: boolean;
  dueDate: string;
  counted: boolean;
  assignments: Assignment[];
  counts: Counts;
}

export interface PlanMemberView {
  id: string;
  name: string;
  role: string;
  agency: string;
  active: boolean;
  audiences: string[];
  counts: Counts;
}

/** One plan with its progress, gap matrix and suggestions: what the plan channels return. */
export interface PlanView {
  plan: Plan;
  today: string;
  items: PlanItemView[];
  /** The members the plan concerns (assignees first, then the audience focus), with their counts. */
  members: PlanMemberView[];
  totals: Counts;
  matrix: GapMatrix;
  suggestions: MemberSuggestions[];
  /** Every team member, by name, for choosing assignees. */
  roster: { id: string; name: string; active: boolean }[];
}

export interface PlanSources {
  members: readonly Member[];
  completions: readonly Completion[];
  catalogue: Pick<Catalogue, 'trainings' | 'providers'>;
  today: string;
}

/** Lookups shared by every plan of one request (plansList builds many views). */
export interface PlanViewContext {
  sources: PlanSources;
  roster: PlanView['roster'];
  completions: CompletionIndex;
  trainings: TrainingLookup;
}

export function planViewContext(sources: PlanSources): PlanViewContext {
  return {
    sources,
    roster: sources.members.map((m) => ({ id: m.id, name: m.name, active: m.active })).sort((a, b) => a.name.localeCompare(b.name)),
    completions: indexCompletions(sources.completions),
    trainings: createTrainingLookup(sources.catalogue),
  };
}

/** The full view of one plan; `summaryOnly` skips suggestions and the roster (the plans list needs neither). */
export function buildPlanView(plan: Plan, context: PlanViewContext, options: { summaryOnly?: boolean } = {}): PlanView {
  const { sources, completions } = context;
  const progress = computePlanProgress(plan, completions, sources.today);
  const rows = planMembers(plan, sources.members);
  const countsById = new Map(progress.members.map((m) => [m.memberId, m.counts]));
  const items = plan.items.map((item, i): PlanItemView => {
    const p = progress.items[i]!;
    const { title, providerName, retired, custom } = resolveTrainingRef(item, context.trainings);
    return { item, title, providerName, retired, custom, dueDate: p.dueDate, counted: p.counted, assignments: p.assignments, counts: p.counts };
  });
  return {
    plan,
    today: sources.today,
    items,
    members: rows.map((m) => ({
      id: m.id,
      name: m.name,
      role: m.role,
      agency: m.agency,
      active: m.active,
      audiences: m.audiences,
      counts: countsById.get(m.id) ?? { done: 0, planned: 0, overdue: 0, total: 0 },
    })),
    totals: progress.totals,
    matrix: buildGapMatrix(plan, rows, progress, completions, sources.today),
    suggestions: options.summaryOnly ? [] : suggestTrainings(plan, rows, sources.catalogue, completions),
    roster: options.summaryOnly ? [] : context.roster,
  };
}
