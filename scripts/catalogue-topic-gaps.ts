import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildCatalogueIndex } from '../shared/catalogue/catalogue-index';
import { emptyQuery } from '../shared/catalogue/query-url';
import { catalogueSchema, type Catalogue } from '../shared/catalogue/schema';

/**
 * Runs the app's own catalogue search for each core topic a coordinator looks for and counts the
 * current trainings it finds, so the catalogue's thin spots show before anyone researches more.
 * Usage: npx tsx scripts/catalogue-topic-gaps.ts [catalogue.json]
 */
export const coreSearches = [
  'undercover', 'online investigations', 'peer-to-peer', 'P2P', 'mobile device forensics', 'cell phone', 'digital forensics',
  'sextortion', 'CSAM', 'ICAC', 'internet safety', 'prevention education', 'prosecution', 'prosecutors',
  'human trafficking', 'sex trafficking', 'labor trafficking', 'victim-centered', 'trauma-informed', 'task force',
  'financial investigation', 'victim services', 'forensic interview', 'multidisciplinary team', 'advocacy', 'mental health',
  'medical', 'AMBER Alert', 'CART', 'child abduction', 'missing children', 'runaway', 'telecommunicators', '911', 'dispatch',
  'tribal', 'rural', 'wellness', 'vicarious trauma', 'child sexual abuse', 'cryptocurrency', 'dark web', 'social media',
  'search warrant', 'interview', 'child sex trafficking', 'judges', 'schools', 'CSEC', 'grooming', 'child exploitation',
];

export interface SearchCoverage {
  q: string;
  /** Trainings the search finds. */
  found: number;
  /** Of those, the ones with status "active" (shown as Current). */
  current: number;
}

/** For each search, how many trainings the app's search finds and how many of them are current. */
export function currentCoverage(catalogue: Catalogue, searches: readonly string[] = coreSearches): SearchCoverage[] {
  const index = buildCatalogueIndex(catalogue);
  const status = new Map(catalogue.trainings.map((t) => [t.id, t.status]));
  return searches.map((q) => {
    const result = index.query({ ...emptyQuery, q });
    const ids = [...result.order].map((i) => result.docs[i]!.id);
    return { q, found: ids.length, current: ids.filter((id) => status.get(id) === 'active').length };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2] ?? new URL('../data/catalogue.json', import.meta.url);
  const catalogue = catalogueSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  for (const { q, found, current } of currentCoverage(catalogue)) {
    console.log(`${current < 2 ? '!!' : '  '} ${String(current).padStart(3)} current of ${String(found).padStart(3)}  ${q}`);
  }
  const active = catalogue.trainings.filter((t) => t.status === 'active').length;
  console.log(`trainings ${catalogue.trainings.length}, current ${active}`);
}
