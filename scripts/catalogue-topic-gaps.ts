import { readFileSync } from 'node:fs';
import { buildCatalogueIndex } from '../shared/catalogue/catalogue-index';
import { emptyQuery } from '../shared/catalogue/query-url';
import { catalogueSchema } from '../shared/catalogue/schema';

/**
 * Runs the app's own catalogue search for each core topic a coordinator looks for and counts the
 * current trainings it finds, so the catalogue's thin spots show before anyone researches more.
 * Usage: npx tsx scripts/catalogue-topic-gaps.ts [catalogue.json]
 */
const searches = [
  'undercover', 'online investigations', 'peer-to-peer', 'P2P', 'mobile device forensics', 'cell phone', 'digital forensics',
  'sextortion', 'CSAM', 'ICAC', 'internet safety', 'prevention education', 'prosecution', 'prosecutors',
  'human trafficking', 'sex trafficking', 'labor trafficking', 'victim-centered', 'trauma-informed', 'task force',
  'financial investigation', 'victim services', 'forensic interview', 'multidisciplinary team', 'advocacy', 'mental health',
  'medical', 'AMBER Alert', 'CART', 'child abduction', 'missing children', 'runaway', 'telecommunicators', '911', 'dispatch',
  'tribal', 'rural', 'wellness', 'vicarious trauma', 'child sexual abuse', 'cryptocurrency', 'dark web', 'social media',
  'search warrant', 'interview', 'child sex trafficking', 'judges', 'schools', 'CSEC', 'grooming', 'child exploitation',
];

const file = process.argv[2] ?? new URL('../data/catalogue.json', import.meta.url);
const catalogue = catalogueSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
const index = buildCatalogueIndex(catalogue);
const status = new Map(catalogue.trainings.map((t) => [t.id, t.status]));
for (const q of searches) {
  const result = index.query({ ...emptyQuery, q });
  const found = [...result.order].map((i) => result.docs[i]!.id);
  const current = found.filter((id) => status.get(id) === 'active').length;
  console.log(`${current < 2 ? '!!' : '  '} ${String(current).padStart(3)} current of ${String(found.length).padStart(3)}  ${q}`);
}
const active = catalogue.trainings.filter((t) => t.status === 'active').length;
console.log(`trainings ${catalogue.trainings.length}, current ${active}`);
