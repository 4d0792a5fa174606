import { describe, it, expect } from 'vitest';
import { catalogueSchema, checkCatalogueIntegrity, type Catalogue } from '../../../shared/catalogue/schema';

const SOURCE = 'https://example.invalid/test';
const DAY = '2026-01-01';

/** The smallest sound catalogue: one of everything, all references resolving. */
function tinyCatalogue(): Catalogue {
  const term = (id: string) => ({ id, label: id, meaning: `Meaning of ${id}.` });
  return {
    meta: { version: '0.0.1', date: DAY, title: 'Tiny test catalogue', synthetic: true, sourcePage: SOURCE, notes: [] },
    vocabularies: {
      audiences: [term('law-enforcement'), term('prosecutors')],
      topics: [term('sex-trafficking')],
      formats: [term('in-person')],
      costs: [term('no-cost')],
      fundingOffices: [term('ovc')],
    },
    families: [{ id: 'ovc', code: 'OVC', label: 'OVC', description: 'Office for Victims of Crime.', sources: [SOURCE], lastVerified: DAY }],
    providers: [
      {
        id: 'provider-a',
        name: 'Provider A',
        kind: 'provider',
        organisations: [],
        fundingOffices: ['ovc'],
        families: ['ovc'],
        audiences: ['law-enforcement'],
        formats: ['in-person'],
        cost: 'no-cost',
        topics: ['sex-trafficking'],
        description: 'A provider.',
        keyFacts: [],
        status: 'active',
        sources: [SOURCE],
        lastVerified: DAY,
      },
    ],
    trainings: [
      {
        id: 'training-a',
        title: 'Training A',
        providerId: 'provider-a',
        family: 'ovc',
        formats: ['in-person'],
        audiences: ['law-enforcement', 'prosecutors'],
        topics: ['sex-trafficking'],
        cost: 'no-cost',
        description: 'A training.',
        status: 'active',
        sources: [SOURCE],
        lastVerified: DAY,
      },
    ],
    resources: [
      {
        id: 'resource-a',
        kind: 'report',
        title: 'Report A',
        publisher: 'OVC',
        description: 'A report.',
        families: ['ovc'],
        audiences: ['prosecutors'],
        topics: ['sex-trafficking'],
        status: 'active',
        sources: [SOURCE],
        lastVerified: DAY,
      },
    ],
  };
}

describe('checkCatalogueIntegrity', () => {
  it('accepts a sound catalogue (so the failures below are caused by the breakage)', () => {
    const cat = tinyCatalogue();
    expect(catalogueSchema.safeParse(cat).success).toBe(true);
    expect(checkCatalogueIntegrity(cat)).toEqual([]);
  });

  it('reports a duplicate id at the second occurrence', () => {
    const cat = tinyCatalogue();
    cat.providers.push({ ...cat.providers[0]!, name: 'Provider A again' });
    const issues = checkCatalogueIntegrity(cat);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ recordId: 'provider-a', field: 'providers[1].id' });
    expect(issues[0]!.message).toContain('"provider-a"');
    expect(issues[0]!.message).toContain('providers[0]');
  });

  it('reports a training whose provider does not exist', () => {
    const cat = tinyCatalogue();
    cat.trainings[0]!.providerId = 'provider-gone';
    expect(checkCatalogueIntegrity(cat)).toEqual([
      {
        recordId: 'training-a',
        field: 'trainings[0].providerId',
        message: 'Training "training-a" refers to provider "provider-gone", which is not defined in providers.',
      },
    ]);
  });

  it('reports an audience that is not in the vocabulary, with its exact position', () => {
    const cat = tinyCatalogue();
    cat.trainings[0]!.audiences = ['law-enforcement', 'judges'];
    const issues = checkCatalogueIntegrity(cat);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ recordId: 'training-a', field: 'trainings[0].audiences[1]' });
    expect(issues[0]!.message).toContain('audience "judges"');
    expect(issues[0]!.message).toContain('vocabularies.audiences');
  });

  it('reports unknown families, costs, funding offices and partner providers', () => {
    const cat = tinyCatalogue();
    cat.providers[0]!.families = ['ovc', 'nope'];
    cat.providers[0]!.cost = 'free-ish';
    cat.resources[0]!.fundingOffices = ['ovc', 'xyz'];
    cat.trainings[0]!.partnerProviderIds = ['missing-partner'];
    expect(checkCatalogueIntegrity(cat).map((i) => i.field)).toEqual([
      'providers[0].families[1]',
      'providers[0].cost',
      'trainings[0].partnerProviderIds[0]',
      'resources[0].fundingOffices[1]',
    ]);
  });

  it('reports a missing parent, a self-parent and a parent loop', () => {
    const cat = tinyCatalogue();
    const base = cat.providers[0]!;
    cat.providers = [
      { ...base, id: 'a', parentId: 'b' },
      { ...base, id: 'b', parentId: 'a' },
      { ...base, id: 'c', parentId: 'c' },
      { ...base, id: 'd', parentId: 'nobody' },
    ];
    cat.trainings[0]!.providerId = 'a';
    const fields = checkCatalogueIntegrity(cat).map((i) => `${i.recordId} ${i.field}`);
    expect(fields).toEqual(['a providers[0].parentId', 'b providers[1].parentId', 'c providers[2].parentId', 'd providers[3].parentId']);
  });

  it('reports duplicate vocabulary terms', () => {
    const cat = tinyCatalogue();
    cat.vocabularies.topics.push({ id: 'sex-trafficking', label: 'Again', meaning: 'Duplicate.' });
    expect(checkCatalogueIntegrity(cat).map((i) => i.field)).toEqual(['vocabularies.topics[1].id']);
  });
});

describe('catalogueSchema', () => {
  it('rejects a wrong shape', () => {
    expect(catalogueSchema.safeParse({}).success).toBe(false);
    expect(catalogueSchema.safeParse([]).success).toBe(false);
    const { trainings: _omitted, ...withoutTrainings } = tinyCatalogue();
    expect(catalogueSchema.safeParse(withoutTrainings).success).toBe(false);
  });

  it('rejects plain-http sources, bad dates and bad ids', () => {
    const http = tinyCatalogue();
    http.trainings[0]!.sources = ['http://example.org/page'];
    expect(catalogueSchema.safeParse(http).success).toBe(false);

    const date = tinyCatalogue();
    date.providers[0]!.lastVerified = '2026-02-30';
    expect(catalogueSchema.safeParse(date).success).toBe(false);

    const id = tinyCatalogue();
    id.resources[0]!.id = 'Resource A';
    expect(catalogueSchema.safeParse(id).success).toBe(false);

    const empty = tinyCatalogue();
    empty.trainings[0]!.sources = [];
    expect(catalogueSchema.safeParse(empty).success).toBe(false);
  });
});
