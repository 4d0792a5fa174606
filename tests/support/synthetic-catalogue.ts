import type { Catalogue, Provider, RecordStatus, Resource, Term, Training } from '../../shared/catalogue/schema';
import { toSurface, WORD } from '../../shared/catalogue/terms';
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

/** Words in a synthetic vocabulary: the base catalogue's own words, then invented ones for the long tail. */
const VOCABULARY_SIZE = 6000;
const SYLLABLES = ['ka', 'lo', 'mi', 'ten', 'sar', 'vel', 'dor', 'pri', 'mun', 'es', 'tal', 'ron', 'qui', 'bel', 'fa', 'gri', 'nos', 'ul', 'ver', 'zan'];

/**
 * Text that behaves like catalogue prose for search: a vocabulary of several thousand words whose
 * use follows Zipf's law (the r-th most common word appears about 1/r as often as the first), so
 * common words like "trafficking" have long postings and rare ones short, as in real text. The
 * most common words are the base catalogue's own, by how often it uses them, so coordinators'
 * queries find things; the rest are invented, never real terms.
 */
function zipfWords(rng: Rng, base: Catalogue): () => string {
  const counts = new Map<string, number>();
  for (const r of [...base.trainings, ...base.providers, ...base.resources]) {
    const text = `${'title' in r ? r.title : r.name} ${r.description}`;
    for (const w of text.match(WORD) ?? []) {
      const word = toSurface(w);
      if (/^\p{L}+$/u.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const words = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  const known = new Set(words);
  while (words.length < VOCABULARY_SIZE) {
    let word = '';
    for (let k = int(rng, 2, 4); k > 0; k--) word += pick(rng, SYLLABLES);
    if (!known.has(word)) {
      known.add(word);
      words.push(word);
    }
  }
  const cumulative = new Float64Array(words.length);
  let sum = 0;
  words.forEach((_, r) => (cumulative[r] = sum += 1 / (r + 1)));
  return () => {
    const x = rng() * sum;
    let lo = 0;
    let hi = words.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo]!;
  };
}

function phrase(word: () => string, count: number, capitalise: boolean): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const w = word();
    out.push(capitalise ? w[0]!.toUpperCase() + w.slice(1) : w);
  }
  return out.join(' ');
}

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
  const word = zipfWords(rng, base);

  const providerCount = Math.max(1, Math.round(options.trainings / 50));
  const providers: Provider[] = [];
  for (let i = 1; i <= providerCount; i++) {
    const id = `syn-provider-${pad(i, 5)}`;
    const name = `[SYNTHETIC] ${phrase(word, int(rng, 1, 3), true)} ${pick(rng, ORGS)} ${i}`;
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
      description: `[SYNTHETIC] Generated provider ${i}, not a real organisation: ${phrase(word, int(rng, 15, 40), false)}.`,
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
      title: `[SYNTHETIC] ${phrase(word, int(rng, 3, 8), true)}`,
      providerId: provider.id,
      family: pick(rng, provider.families),
      formats: some(rng, formats, 1, 2),
      ...(rng() < 0.6 ? { length: pick(rng, LENGTHS) } : {}),
      ...(hours !== undefined ? { hours } : {}),
      audiences: some(rng, audiences, 1, 4),
      topics: some(rng, topics, 1, 3),
      cost: pick(rng, costs),
      description: `[SYNTHETIC] Generated training, it does not exist: ${phrase(word, int(rng, 15, 45), false)}.`,
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
      title: `[SYNTHETIC] ${phrase(word, int(rng, 2, 6), true)} Report ${i}`,
      publisher: '[SYNTHETIC] Publisher',
      date: String(int(rng, 2000, 2025)),
      description: `[SYNTHETIC] Generated resource ${i}, not a real document: ${phrase(word, int(rng, 15, 40), false)}.`,
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
    vocabularies: { ...structuredClone(base.vocabularies), ...syntheticSynonyms(base, trainings) },
    families: structuredClone(base.families),
    providers,
    trainings,
    resources,
  };
}

/**
 * The base catalogue's acronyms, so scale runs exercise their expansion. Each names a synthetic
 * training as the record that uses it, and that training's description is given the acronym.
 */
function syntheticSynonyms(base: Catalogue, trainings: Training[]): Pick<Catalogue['vocabularies'], 'synonyms'> {
  const synonyms = base.vocabularies.synonyms;
  if (!synonyms || trainings.length === 0) return {};
  return {
    synonyms: synonyms.map((s, i) => {
      const t = trainings[(i * 7919) % trainings.length]!;
      t.description = `${t.description} ${s.term}.`;
      return { ...structuredClone(s), usedBy: t.id };
    }),
  };
}
