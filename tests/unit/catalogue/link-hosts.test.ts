import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { catalogueSchema, type Catalogue } from '../../../shared/catalogue/schema';
import { checkCatalogueLinks, hostProblem, siteOf } from '../../../shared/catalogue/link-hosts';

const bundled: Catalogue = catalogueSchema.parse(JSON.parse(readFileSync(new URL('../../../data/catalogue.json', import.meta.url), 'utf8')));
const copy = (): Catalogue => structuredClone(bundled);

describe('link hosts', () => {
  it('names what is wrong with a host written out of normal form', () => {
    expect(hostProblem('https://ovc.ojp.gov./events/x')).toMatch(/trailing dot.*ovc\.ojp\.gov\./);
    expect(hostProblem('http://www.USDOJ.GOV/x')).toMatch(/capital letters/);
    expect(hostProblem('https://ovc.ojp.gov/events/x')).toBeNull();
    expect(siteOf('www.amber-ic.org')).toBe('amber-ic.org');
  });

  it('reports a trailing-dot host in a source with its record and field', () => {
    const cat = copy();
    const training = cat.trainings[3]!;
    training.sources.push('https://ojp.gov./library');
    expect(checkCatalogueLinks(cat)).toEqual([
      expect.objectContaining({ recordId: training.id, field: `trainings[3].sources[${training.sources.length - 1}]` }),
    ]);
  });

  it('reports a link on a site no source uses, and accepts one with or without "www."', () => {
    const cat = copy();
    cat.trainings[0]!.link = 'https://example.org/course';
    cat.providers[0]!.website = 'https://www.ovcttac.gov';
    const issues = checkCatalogueLinks(cat);
    expect(issues.map((i) => i.field)).toEqual(['trainings[0].link']);
    expect(issues[0]?.message).toMatch(/example\.org.*none of the catalogue's sources use/);
  });
});
