import type { Catalogue } from '../catalogue/schema';
import { formatDate, formatPeriod, localIsoDate } from '../util/dates';
import { providerDisplayName } from '../catalogue/provider-name';
import { itemStatusLabels, percentDone, priorityLabels, stateLabels } from './labels';
import type { PlanView } from './plan-view';

/** What the PDF shows, already in words: the PDF builder only lays it out. */
export interface PlanDocument {
  title: string;
  periodLabel: string;
  purpose: string;
  notes: string;
  audienceFocus: string[];
  archived: boolean;
  figures: { label: string; value: string }[];
  rows: PlanDocumentRow[];
  members: { name: string; done: number; planned: number; overdue: number }[];
  providers: ProviderContact[];
  generatedOn: string;
  catalogueLabel: string;
}

export interface PlanDocumentRow {
  no: number;
  title: string;
  /** Provider, plus "Retired from the catalogue" or "Custom training" when it applies. */
  subtitle: string;
  /** One line per assignee: "Ana Diaz: Done". */
  assignees: { name: string; progress: string; tone: 'done' | 'planned' | 'overdue' | 'cancelled' }[];
  target: string;
  priority: string;
  status: string;
}

export interface ProviderContact {
  name: string;
  howToRequest?: string;
  phone?: string;
  email?: string;
  url?: string;
  text?: string;
  website?: string;
  trainings: string[];
  /** The pages the facts about those trainings come from, each once; the website and contact page are shown already. */
  sources: string[];
}

export interface DocumentMeta {
  generatedAt: Date;
  catalogue: Pick<Catalogue['meta'], 'version' | 'date'>;
}

type CatalogueParts = Pick<Catalogue, 'trainings' | 'providers' | 'vocabularies'>;

export function buildPlanDocument(view: PlanView, catalogue: CatalogueParts, meta: DocumentMeta): PlanDocument {
  const { plan } = view;
  const names = new Map(view.members.map((m) => [m.id, m.name]));
  const audienceLabels = new Map(catalogue.vocabularies.audiences.map((a) => [a.id, a.label]));
  const trainings = new Map(catalogue.trainings.map((t) => [t.id, t]));
  const counted = view.items.filter((i) => i.counted);

  const rows = view.items.map((v, i): PlanDocumentRow => {
    const notes = [v.providerName, v.retired ? 'Retired from the catalogue' : '', v.custom ? 'Custom training' : ''].filter(Boolean);
    return {
      no: i + 1,
      title: v.title,
      subtitle: notes.join(' · '),
      assignees: v.assignments.map((a) => ({
        name: names.get(a.memberId) ?? 'Removed member',
        progress: v.counted ? stateLabels[a.state] : 'Cancelled',
        tone: v.counted ? a.state : 'cancelled',
      })),
      target: v.item.targetDate ? formatDate(v.item.targetDate) : '',
      priority: priorityLabels[v.item.priority],
      status: itemStatusLabels[v.item.status],
    };
  });

  const providerOrder: string[] = [];
  const providerTrainings = new Map<string, string[]>();
  const providerSources = new Map<string, Set<string>>();
  for (const v of view.items) {
    const t = v.item.trainingId === undefined ? undefined : trainings.get(v.item.trainingId);
    if (!t) continue;
    let list = providerTrainings.get(t.providerId);
    if (!list) {
      providerTrainings.set(t.providerId, (list = []));
      providerOrder.push(t.providerId);
    }
    if (!list.includes(t.title)) {
      list.push(t.title);
      const urls = providerSources.get(t.providerId) ?? new Set<string>();
      for (const url of [...(t.link ? [t.link] : []), ...t.sources]) urls.add(url);
      providerSources.set(t.providerId, urls);
    }
  }
  const providersById = new Map(catalogue.providers.map((p) => [p.id, p]));
  const providers = providerOrder.flatMap((id): ProviderContact[] => {
    const p = providersById.get(id);
    if (!p) return [];
    return [
      {
        name: providerDisplayName(p),
        ...(p.howToRequest ? { howToRequest: p.howToRequest } : {}),
        ...(p.contact?.phone ? { phone: p.contact.phone } : {}),
        ...(p.contact?.email ? { email: p.contact.email } : {}),
        ...(p.contact?.url ? { url: p.contact.url } : {}),
        ...(p.contact?.text ? { text: p.contact.text } : {}),
        ...(p.website ? { website: p.website } : {}),
        trainings: providerTrainings.get(id) ?? [],
        sources: [...(providerSources.get(id) ?? [])].filter((url) => url !== p.website && url !== p.contact?.url),
      },
    ];
  });

  const t = view.totals;
  return {
    title: plan.name,
    periodLabel: formatPeriod(plan.period),
    purpose: plan.purpose,
    notes: plan.notes,
    audienceFocus: plan.audienceFocus.map((id) => audienceLabels.get(id) ?? id),
    archived: plan.archived,
    figures: [
      { label: 'Trainings', value: String(counted.length) },
      { label: 'People', value: String(view.members.filter((m) => m.counts.total > 0).length) },
      { label: 'Done', value: `${t.done} of ${t.total}` },
      { label: 'Overdue', value: String(t.overdue) },
      { label: 'Complete', value: `${percentDone(t.done, t.total)}%` },
    ],
    rows,
    members: view.members.filter((m) => m.counts.total > 0).map((m) => ({ name: m.name, done: m.counts.done, planned: m.counts.planned, overdue: m.counts.overdue })),
    providers,
    generatedOn: formatDate(localIsoDate(meta.generatedAt)),
    catalogueLabel: `Catalogue version ${meta.catalogue.version} of ${formatDate(meta.catalogue.date)}`,
  };
}
