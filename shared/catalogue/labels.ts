import type { Catalogue } from './schema';
import type { FacetId } from './documents';

export const facetTitles: Record<FacetId, string> = {
  family: 'Program family',
  audience: 'Target audience',
  topic: 'Topic',
  format: 'Format',
  cost: 'Cost',
  funder: 'Funding office',
  status: 'Status',
  kind: 'Kind',
};

const statusLabels: Record<string, string> = {
  // "Current" rather than "Active": a training is current only when a source shows it offered in 2024 or later.
  active: 'Current',
  historical: 'Historical',
  'in-development': 'In development',
  unverified: 'Unverified',
};

const kindLabels: Record<string, string> = {
  report: 'Report',
  publication: 'Publication',
  funding: 'Funding program',
};

export interface Labels {
  /** Display label of a facet value; falls back to the id so nothing renders blank. */
  value(facet: FacetId, id: string): string;
  /** One-line meaning of a vocabulary term, for tooltips and screen readers. */
  meaning(facet: FacetId, id: string): string | undefined;
}

export function createLabels(cat: Catalogue): Labels {
  const v = cat.vocabularies;
  const byFacet: Partial<Record<FacetId, Map<string, { label: string; meaning?: string }>>> = {
    family: new Map(cat.families.map((f) => [f.id, { label: f.code, meaning: f.label }])),
    audience: new Map(v.audiences.map((t) => [t.id, t])),
    topic: new Map(v.topics.map((t) => [t.id, t])),
    format: new Map(v.formats.map((t) => [t.id, t])),
    cost: new Map(v.costs.map((t) => [t.id, t])),
    funder: new Map(v.fundingOffices.map((t) => [t.id, t])),
    status: new Map(Object.entries(statusLabels).map(([id, label]) => [id, { label }])),
    kind: new Map(Object.entries(kindLabels).map(([id, label]) => [id, { label }])),
  };
  return {
    value: (facet, id) => byFacet[facet]?.get(id)?.label ?? id,
    meaning: (facet, id) => byFacet[facet]?.get(id)?.meaning,
  };
}
