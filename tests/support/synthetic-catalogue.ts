import type { Catalogue, Provider, RecordStatus, Resource, Term, Training } from '../../shared/catalogue/schema';
import { mulberry32 } from './prng';

/*
 * Deterministic scale-test catalogue. Reuses the real vocabularies and families (passed in, so this
 * module stays pure and free of file access) and invents clearly labelled providers, trainings and
 * resources. Nothing here is real data: ids start with "syn-", titles with "[SYNTHETIC] ".
 */

export const SYNTHETIC_SOURCE = 'https://example.invalid/synthetic';
export const SYNTHETIC_TITLE = 'SYNTHETIC scale-test catalogue \u2014 not real data';

export interface SyntheticCatalogueOptions {
  /** Number of trainings to generate; providers are about one per 50 trainings. */
  trainings: number;
  seed: number;
}

type Rng = () => number;


function int(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('Cannot pick from an empty list');
  return item;
}

/** Between min and max distinct items, in their original order. */
function some<T>(rng: Rng, items: readonly T[], min: number, max: number): T[] {
  const want = Math.min(items.length, int(rng, min, max));
  const chosen = new Set<number>();
  while (chosen.size < want) chosen.add(Math.floor(rng() * items.length));
  return [...chosen].sort((x, y) => x - y).map((i) => items[i] as T);
}

const ids = (terms: readonly Term[]) => terms.map((t) => t.id);
const pad = (n: number, width: number) => String(n).padStart(width, '0');

const ADJECTIVES = ['Advanced', 'Foundations of', 'Applied', 'Introduction to', 'Regional', 'Practical', 'Collaborative', 'Trauma-Informed', 'Multidisciplinary', 'Rapid'];
const SUBJECTS = ['Case Building', 'Victim Interviews', 'Digital Evidence', 'Task Force Protocols', 'Missing Child Response', 'Court Testimony', 'Team Facilitation', 'Financial Leads', 'Survivor Partnerships', 'Field Operations'];
const SUFFIXES = ['Workshop', 'Course', 'Webinar Series', 'Academy', 'Lab', 'Seminar', 'Toolkit', 'Clinic'];
const ORGS = ['Center', 'Institute', 'Alliance', 'Network', 'Project', 'Consortium'];
const LENGTHS = ['1 day', '2 days', '3 days', '90 minutes', '5 modules', 'Week-long'];
const STATUSES: RecordStatus[] = ['active', 'active', 'active', 'active', 'active', 'active', 'historical', 'unverified', 'in-development'];

/**
 * Generates `options.trainings` trainings (and about one provider per 50) over `base`'s vocabularies
 * and families. Same options and base give the same catalogue, byte for byte.
 */
export function generateSyntheticCatalogue(options: SyntheticCatalogueOptions, base: Catalogue): Catalogue {
  const rng = mulberry32(options.seed);
  const v = base.vocabularies;
  const audiences = ids(v.audiences);
  const topics = ids(v.topics);
  const formats = ids(v.formats);
  const costs = ids(v.costs);
  const funders = ids(v.fundingOffices);
  const familyIds = base.families.map((f) => f.id);
  const day = base.meta.date;

  const providerCount = Math.max(1, Math.round(options.trainings / 50));
  const providers: Provider[] = [];
  for (let i = 1; i <= providerCount; i++) {
    const id = `syn-provider-${pad(i, 5)}`;
    const name = `[SYNTHETIC] ${pick(rng, SUBJECTS)} ${pick(rng, ORGS)} ${i}`;
    // A few programs sit under an earlier provider so hierarchy screens get exercised.
    const parent = i > 10 && rng() < 0.1 ? providers[int(rng, 0, i - 2)] : undefined;
    providers.push({
      id,
      name,
      acronym: `SYN${i}`,
      kind: parent ? 'program' : 'provider',
      ...(parent ? { parentId: parent.id } : {}),
      organisations: [`[SYNTHETIC] Organisation ${i}`],
      fundingOffices: some(rng, funders, 1, 2),
      families: some(rng, familyIds, 1, 2),
      audiences: some(rng, audiences, 1, 5),
      formats: some(rng, formats, 1, 3),
      cost: pick(rng, costs),
      topics: some(rng, topics, 1, 4),
      description: `[SYNTHETIC] Generated provider ${i} for scale tests; not a real organisation.`,
      website: `${SYNTHETIC_SOURCE}/providers/${id}`,
      howToRequest: 'Synthetic record: there is nothing to request.',
      keyFacts: [{ text: '[SYNTHETIC] Generated fact.', asOf: String(int(rng, 2000, 2025)), verified: rng() < 0.8 }],
      status: pick(rng, STATUSES.filter((s) => s !== 'in-development')),
      sources: [SYNTHETIC_SOURCE],
      lastVerified: day,
    });
  }

  const trainings: Training[] = [];
  for (let i = 1; i <= options.trainings; i++) {
    const id = `syn-training-${pad(i, 6)}`;
    const provider = pick(rng, providers);
    const hours = rng() < 0.3 ? int(rng, 1, 40) : undefined;
    trainings.push({
      id,
      title: `[SYNTHETIC] ${pick(rng, ADJECTIVES)} ${pick(rng, SUBJECTS)} ${pick(rng, SUFFIXES)} ${i}`,
      providerId: provider.id,
      family: pick(rng, provider.families),
      formats: some(rng, formats, 1, 2),
      ...(rng() < 0.6 ? { length: pick(rng, LENGTHS) } : {}),
      ...(hours !== undefined ? { hours } : {}),
      audiences: some(rng, audiences, 1, 4),
      topics: some(rng, topics, 1, 3),
      cost: pick(rng, costs),
      description: `[SYNTHETIC] Generated training ${i} for scale tests; it does not exist.`,
      link: `${SYNTHETIC_SOURCE}/trainings/${id}`,
      status: pick(rng, STATUSES),
      sources: [SYNTHETIC_SOURCE],
      lastVerified: day,
    });
  }

  const kinds: Resource['kind'][] = ['report', 'publication', 'funding'];
  const resources: Resource[] = [];
  const resourceCount = Math.max(1, Math.round(options.trainings / 500));
  for (let i = 1; i <= resourceCount; i++) {
    resources.push({
      id: `syn-resource-${pad(i, 5)}`,
      kind: pick(rng, kinds),
      title: `[SYNTHETIC] ${pick(rng, SUBJECTS)} Report ${i}`,
      publisher: '[SYNTHETIC] Publisher',
      date: String(int(rng, 2000, 2025)),
      description: `[SYNTHETIC] Generated resource ${i}; not a real document.`,
      families: some(rng, familyIds, 1, 2),
      audiences: some(rng, audiences, 1, 3),
      topics: some(rng, topics, 1, 2),
      fundingOffices: some(rng, funders, 0, 1),
      status: pick(rng, STATUSES),
      sources: [SYNTHETIC_SOURCE],
      lastVerified: day,
    });
  }

  return {
    meta: {
      version: `0.0.0-synthetic.${options.seed >>> 0}`,
      date: day,
      title: SYNTHETIC_TITLE,
      synthetic: true,
      sourcePage: SYNTHETIC_SOURCE,
      notes: [
        `Generated with seed ${options.seed} for ${options.trainings} trainings. Not real data: every provider, training and resource is invented.`,
        `Vocabularies and program families are copied from catalogue ${base.meta.version} (${base.meta.date}).`,
      ],
    },
    vocabularies: structuredClone(base.vocabularies),
    families: structuredClone(base.families),
    providers,
    trainings,
    resources,
  };
}
