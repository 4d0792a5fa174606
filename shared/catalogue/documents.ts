import type { Catalogue, Provider } from './schema';
import { providerDisplayName } from './provider-name';

export type Tab = 'trainings' | 'providers' | 'resources';
export const tabs: Tab[] = ['trainings', 'providers', 'resources'];

export type FacetId = 'family' | 'audience' | 'topic' | 'format' | 'cost' | 'funder' | 'status' | 'kind';

/** Everything search and facets need about one record, flattened once when the catalogue loads. */
export interface Doc {
  id: string;
  tab: Tab;
  title: string;
  /** Provider name for trainings; organisations for providers; publisher for resources. */
  byline: string;
  description: string;
  /** Labels of topics and audiences, so "prosecutors" or "labor trafficking" find records. */
  keywords: string;
  facets: Partial<Record<FacetId, string[]>>;
  /** Positions in title and provider order, filled in by the index so sorting compares integers. */
  titleRank: number;
  providerRank: number;
}

/** Which facets each tab offers, in display order. */
export const tabFacets: Record<Tab, FacetId[]> = {
  trainings: ['family', 'audience', 'topic', 'format', 'cost', 'funder', 'status'],
  providers: ['family', 'audience', 'topic', 'format', 'cost', 'funder', 'status'],
  resources: ['kind', 'family', 'audience', 'topic', 'status'],
};

function labeller(cat: Catalogue) {
  const labels = new Map<string, string>();
  const v = cat.vocabularies;
  for (const list of [v.audiences, v.topics, v.formats, v.costs, v.fundingOffices]) for (const t of list) labels.set(t.id, t.label);
  return (ids: readonly string[]) => ids.map((id) => labels.get(id) ?? id).join(' ');
}

/** One shared ["value"] array per value: 50,000 records need only a handful of them. */
function interner() {
  const seen = new Map<string, string[]>();
  return (value: string): string[] => {
    let list = seen.get(value);
    if (!list) seen.set(value, (list = [value]));
    return list;
  };
}

/** Flattens a catalogue into search/facet documents per tab. Pure and deterministic. */
export function buildDocs(cat: Catalogue): Record<Tab, Doc[]> {
  const label = labeller(cat);
  const one = interner();
  const providers = new Map<string, Provider>(cat.providers.map((p) => [p.id, p]));

  const trainings = cat.trainings.map((t): Doc => {
    const provider = providers.get(t.providerId);
    return {
      id: t.id,
      tab: 'trainings',
      title: t.title,
      byline: provider ? providerDisplayName(provider) : t.providerId,
      description: t.description,
      keywords: `${label(t.topics)} ${label(t.audiences)} ${label(t.formats)}`,
      facets: {
        family: one(t.family),
        audience: t.audiences,
        topic: t.topics,
        format: t.formats,
        cost: one(t.cost),
        funder: provider?.fundingOffices ?? [],
        status: one(t.status),
      },
      titleRank: 0,
      providerRank: 0,
    };
  });

  const providerDocs = cat.providers.map(
    (p): Doc => ({
      id: p.id,
      tab: 'providers',
      title: providerDisplayName(p),
      byline: p.organisations.join(', '),
      description: p.description,
      keywords: `${label(p.topics)} ${label(p.audiences)}`,
      facets: {
        family: p.families,
        audience: p.audiences,
        topic: p.topics,
        format: p.formats,
        cost: one(p.cost),
        funder: p.fundingOffices,
        status: one(p.status),
      },
      titleRank: 0,
      providerRank: 0,
    }),
  );

  const resources = cat.resources.map(
    (r): Doc => ({
      id: r.id,
      tab: 'resources',
      title: r.title,
      byline: r.publisher,
      description: r.description,
      keywords: `${label(r.topics)} ${label(r.audiences)}`,
      facets: { kind: one(r.kind), family: r.families, audience: r.audiences, topic: r.topics, status: one(r.status) },
      titleRank: 0,
      providerRank: 0,
    }),
  );

  return { trainings, providers: providerDocs, resources };
}
