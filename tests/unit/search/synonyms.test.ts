import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCatalogueIndex, type CatalogueQuery } from '../../../shared/catalogue/catalogue-index';
import { tabs } from '../../../shared/catalogue/documents';
import { emptyQuery } from '../../../shared/catalogue/query-url';
import { catalogueSchema, type Catalogue, type Synonym } from '../../../shared/catalogue/schema';
import { miniCatalogue } from '../catalogue-query/mini-catalogue';

const real = catalogueSchema.parse(JSON.parse(readFileSync(new URL('../../../data/catalogue.json', import.meta.url), 'utf8')));
const index = buildCatalogueIndex(real);
/** Ids found on every tab. */
const found = (i: ReturnType<typeof buildCatalogueIndex>, q: string, extra: Partial<CatalogueQuery> = {}) =>
  tabs.flatMap((tab) => {
    const r = i.query({ ...emptyQuery, ...extra, tab, q });
    return Array.from(r.order, (p) => r.docs[p]!.id);
  });

describe('the catalogue’s acronyms and synonyms', () => {
  const synonyms = real.vocabularies.synonyms ?? [];

  it('include the field’s common acronyms', () => {
    const terms = synonyms.map((s) => s.term);
    for (const t of ['HT', 'CSEC', 'CSAM', 'CSA', 'ICAC', 'CAC', 'MDT', 'P2P', 'CART', 'VOCA', 'TVPA', 'OVC', 'OVW', 'BJA', 'OJJDP', 'NCMEC', 'LE', 'DA']) expect(terms).toContain(t);
  });

  it.each(synonyms.map((s): [string, Synonym] => [s.term, s]))('%s finds at least one record, among them the record named as using it', (_term, s) => {
    const records = [...real.trainings, ...real.providers, ...real.resources];
    expect(records.map((r) => r.id)).toContain(s.usedBy);
    const hits = found(index, s.term);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits).toContain(s.usedBy);
  });

  it('find much more than the letters alone did: HT as much as "human trafficking", CSAM as "child sexual abuse material"', () => {
    expect(found(index, 'HT').length).toBeGreaterThanOrEqual(found(index, 'human trafficking').length * 0.9);
    // Every record that says "child sexual abuse material(s)" is found by CSAM. (Typing the four
    // words also finds records that use them apart, e.g. "child sexual exploitation and abuse …
    // materials": those are not about CSAM, and the acronym rightly leaves them out.)
    const records = [...real.trainings, ...real.providers, ...real.resources];
    const sayIt = records.filter((r) => /child sexual abuse materials?\b/i.test(JSON.stringify(r))).map((r) => r.id);
    expect(sayIt.length).toBeGreaterThan(2);
    const csam = found(index, 'CSAM');
    for (const id of sayIt) expect(csam).toContain(id);
    expect(found(index, 'P2P')).toContain('search-peer-to-peer-investigations');
  });
});

describe('synonym expansion, both ways', () => {
  const cat = (): Catalogue => {
    const base = miniCatalogue();
    const [first] = base.trainings;
    const t = (id: string, title: string, description: string) => ({ ...first!, id, title, description });
    return {
      ...base,
      vocabularies: {
        ...base.vocabularies,
        synonyms: [
          { id: 'ht', term: 'HT', meaning: 'human trafficking', sameAs: ['human trafficking'], usedBy: 'short' },
          { id: 'da', term: 'DA', meaning: 'district attorney (prosecutor)', sameAs: ['district attorney', 'prosecutor'], usedBy: 'office' },
        ],
      },
      trainings: [
        t('short', 'HT Basics', 'An introduction.'),
        t('long', 'Human Trafficking Basics', 'An introduction.'),
        t('apart', 'Trafficking of Humans', 'An introduction.'),
        t('office', 'Working With the District Attorney’s Office', 'Case preparation.'),
        t('pros', 'Prosecutors and Investigators', 'Case preparation.'),
        t('data', 'Data Analysis', 'Spreadsheets.'),
      ],
    };
  };
  const i = buildCatalogueIndex(cat());

  it('finds the spelled-out form from the acronym and the acronym from the spelled-out form', () => {
    expect(found(i, 'HT').sort()).toEqual(['long', 'short']);
    expect(found(i, 'ht basics').sort()).toEqual(['long', 'short']);
    expect(found(i, 'human trafficking').sort()).toEqual(['apart', 'long', 'short']);
  });

  it('treats every form of an entry as the same thing', () => {
    expect(found(i, 'DA').sort()).toEqual(['office', 'pros']);
    expect(found(i, 'prosecutor').sort()).toEqual(['office', 'pros']);
    expect(found(i, 'district attorneys').sort()).toEqual(['office', 'pros']);
  });

  it('does not read a known acronym as the start of longer words', () => {
    expect(found(i, 'DA')).not.toContain('data');
    expect(found(i, 'dat')).toEqual(['data']);
  });

  it('names the entries a search used, for the hint beside the results', () => {
    expect(i.hints('HT basics').map((s) => `${s.term} — ${s.meaning}`)).toEqual(['HT — human trafficking']);
    expect(i.hints('human trafficking').map((s) => s.term)).toEqual(['HT']);
    expect(i.hints('basics')).toEqual([]);
  });

  it('highlights the spelled-out words when the acronym was typed', () => {
    const r = i.query({ ...emptyQuery, q: 'HT' });
    expect(r.terms).toEqual(expect.arrayContaining(['human', 'traffick', 'ht']));
  });
});

describe('Did you mean', () => {
  it('offers close words that find something on the tab with its filters', () => {
    // "forensek" is two edits from "forensic": past the typo budget, so the search finds nothing.
    const query = { ...emptyQuery, q: 'forensek intervew' };
    expect(index.query(query).order.length).toBe(0);
    const suggestions = index.didYouMean(query);
    expect(suggestions[0]).toBe('forensic intervew');
    for (const s of suggestions) expect(index.query({ ...query, q: s }).order.length).toBeGreaterThan(0);
  });

  it('offers nothing that would still find nothing', () => {
    expect(index.didYouMean({ ...emptyQuery, q: 'qqqqqqqqq' })).toEqual([]);
    const filtered = { ...emptyQuery, q: 'forensek', filters: { family: ['hotline'] } };
    for (const s of index.didYouMean(filtered)) expect(index.query({ ...filtered, q: s }).order.length).toBeGreaterThan(0);
  });
});
