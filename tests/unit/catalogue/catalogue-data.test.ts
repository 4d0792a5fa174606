import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import {
  catalogueSchema,
  checkCatalogueIntegrity,
  isoDateSchema,
  sourceYear,
  type Catalogue,
  type VocabularyName,
} from '../../../shared/catalogue/schema';
import { checkCatalogueLinks } from '../../../shared/catalogue/link-hosts';
import { isHttpsUrl } from '../../../shared/util/urls';

const DOJ_PAGE = 'https://www.justice.gov/humantrafficking/resources';

const raw: unknown = JSON.parse(readFileSync(new URL('../../../data/catalogue.json', import.meta.url), 'utf8'));
const parsed = catalogueSchema.safeParse(raw);
// Later tests need the parsed value; the first test reports why parsing failed.
const cat: Catalogue = parsed.success ? parsed.data : (raw as Catalogue);

const collections = ['families', 'providers', 'trainings', 'resources'] as const;

function allRecords(): { where: string; record: { id: string; sources: string[]; lastVerified: string } }[] {
  return collections.flatMap((name) => cat[name].map((record, i) => ({ where: `${name}[${i}] ${record.id}`, record })));
}

function dossierRefs(records: readonly { dossierRef?: string }[], prefix: string): string[] {
  return records.map((r) => r.dossierRef).filter((ref): ref is string => ref?.startsWith(prefix) ?? false);
}

function range(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}${String(i + 1).padStart(2, '0')}`);
}

describe('data/catalogue.json', () => {
  it('parses with catalogueSchema', () => {
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 10)).toEqual([]);
  });

  it('is the real catalogue, dated and sourced from the DOJ page', () => {
    expect(cat.meta.version).toBe('1.1.0');
    expect(cat.meta.title).toBe('TTA Navigator catalogue');
    expect(cat.meta.synthetic).toBe(false);
    expect(cat.meta.sourcePage).toBe(DOJ_PAGE);
    expect(isoDateSchema.safeParse(cat.meta.date).success).toBe(true);
  });

  it('has unique ids within each collection and vocabulary', () => {
    const lists: [string, { id: string }[]][] = [
      ...collections.map((name): [string, { id: string }[]] => [name, cat[name]]),
      ...Object.entries(cat.vocabularies),
    ];
    for (const [name, records] of lists) {
      const ids = records.map((r) => r.id);
      const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
      expect(dupes, name).toEqual([]);
    }
  });

  it('has no dangling references', () => {
    expect(checkCatalogueIntegrity(cat)).toEqual([]);
  });

  it('gives every record at least one https source and an ISO lastVerified date', () => {
    const problems: string[] = [];
    for (const { where, record } of allRecords()) {
      if (!record.sources.some(isHttpsUrl)) problems.push(`${where}: no https source`);
      if (!isoDateSchema.safeParse(record.lastVerified).success) problems.push(`${where}: lastVerified ${record.lastVerified}`);
    }
    expect(problems).toEqual([]);
  });

  it('defines every vocabulary term it uses and uses every term it defines', () => {
    const used: Record<VocabularyName, Set<string>> = {
      audiences: new Set(),
      topics: new Set(),
      formats: new Set(),
      costs: new Set(),
      fundingOffices: new Set(),
    };
    const add = (name: VocabularyName, ids: readonly string[] | undefined) => ids?.forEach((id) => used[name].add(id));
    for (const p of cat.providers) {
      add('audiences', p.audiences);
      add('topics', p.topics);
      add('formats', p.formats);
      add('costs', [p.cost]);
      add('fundingOffices', p.fundingOffices);
    }
    for (const t of cat.trainings) {
      add('audiences', t.audiences);
      add('topics', t.topics);
      add('formats', t.formats);
      add('costs', [t.cost]);
    }
    for (const r of cat.resources) {
      add('audiences', r.audiences);
      add('topics', r.topics);
      add('fundingOffices', r.fundingOffices);
    }
    for (const name of Object.keys(used) as VocabularyName[]) {
      const defined = new Set(cat.vocabularies[name].map((t) => t.id));
      expect([...used[name]].filter((id) => !defined.has(id)), `${name}: used but not defined`).toEqual([]);
      expect([...defined].filter((id) => !used[name].has(id)), `${name}: defined but never used`).toEqual([]);
    }
  });

  it('uses every program family and gives each family named on the DOJ page a provider and a training', () => {
    // Families the DOJ page names (OVC, ICAC, AMBER Alert, Missing & Exploited Children TTA, NCMEC,
    // NCA/regional CACs, COPS CRI-TAC, OVW, the Hotline) plus BJA, HHS and Courts, which the dossier adds.
    const required = ['ovc', 'icac', 'amber', 'mec', 'ncmec', 'cac', 'cri-tac', 'ovw', 'hotline', 'bja', 'hhs', 'courts'];
    for (const family of required) {
      expect(cat.families.some((f) => f.id === family), `${family} defined`).toBe(true);
      expect(cat.providers.filter((p) => p.families.includes(family)).length, `${family} providers`).toBeGreaterThan(0);
      expect(cat.trainings.filter((t) => t.family === family).length, `${family} trainings`).toBeGreaterThan(0);
    }
  });

  it('keeps the families in the dossier order', () => {
    expect(cat.families.map((f) => f.id)).toEqual([
      'ovc', 'icac', 'amber', 'mec', 'ncmec', 'cac', 'cri-tac', 'bja', 'ovw', 'hotline', 'hhs', 'courts', 'other',
    ]);
  });

  it('contains all 42 dossier providers, in dossier order, before the providers added from course pages', () => {
    expect(cat.providers.slice(0, 42).map((p) => p.dossierRef)).toEqual(range('P', 42));
    expect(dossierRefs(cat.providers.slice(42), 'P')).toEqual([]);
  });

  it('contains each of the 79 dossier trainings exactly once, in order, plus the DOJ-page-only ones', () => {
    expect(dossierRefs(cat.trainings, 'C')).toEqual(range('C', 79));
    expect(cat.trainings.length).toBeGreaterThanOrEqual(79 + 2);
  });

  it('contains the 15 dossier reports and publications and the 17 funding programs', () => {
    const reports = cat.resources.filter((r) => r.dossierRef?.startsWith('R'));
    const funding = cat.resources.filter((r) => r.dossierRef?.startsWith('G'));
    expect(reports.map((r) => r.dossierRef)).toEqual(range('R', 15));
    expect(reports.every((r) => r.kind === 'report' || r.kind === 'publication')).toBe(true);
    expect(funding.map((r) => r.dossierRef)).toEqual(range('G', 17));
    expect(funding.every((r) => r.kind === 'funding')).toBe(true);
    // Anything else must be something the DOJ page itself names, sourced to that page alone.
    const extras = cat.resources.filter((r) => r.dossierRef === undefined);
    for (const r of extras) expect(r.sources, r.id).toEqual([DOJ_PAGE]);
  });

  it('marks the two MEC curricula the DOJ page lists as under development as in-development', () => {
    const titles = ['Multi-Disciplinary Team Training for Commercial Sexual Exploitation of Children', 'Child Abuse and Exploitation Investigation'];
    for (const title of titles) {
      const training = cat.trainings.find((t) => t.title === title);
      expect(training?.status, title).toBe('in-development');
      expect(training?.notes ?? '', title).toMatch(/not found verbatim/);
    }
    expect(cat.trainings.filter((t) => t.status === 'in-development')).toHaveLength(2);
  });

  it('marks the dossier\u2019s historical items as historical', () => {
    const historicalTrainings = ['C11', 'C12', 'C14', 'C16', 'C18', 'C21', 'C24', 'C29', 'C30', 'C72', 'C73'];
    for (const ref of historicalTrainings) {
      expect(cat.trainings.find((t) => t.dossierRef === ref)?.status, ref).toBe('historical');
    }
    for (const ref of ['P35', 'P40']) expect(cat.providers.find((p) => p.dossierRef === ref)?.status, ref).toBe('historical');
    expect(cat.resources.find((r) => r.dossierRef === 'G17')?.status).toBe('historical');
  });

  it('carries what the DOJ page states as key facts, flagging the claims nothing else confirms', () => {
    const facts = (id: string) => cat.providers.find((p) => p.id === id)?.keyFacts ?? [];
    const dojFacts = (id: string) => facts(id).filter((f) => f.source === DOJ_PAGE);

    expect(dojFacts('national-human-trafficking-hotline').some((f) => /24 hours/.test(f.text) && /200 languages/.test(f.text))).toBe(true);
    expect(dojFacts('ncmec').some((f) => /1984/.test(f.text) && /22 programs/.test(f.text))).toBe(true);
    expect(dojFacts('ojjdp-icac-program').some((f) => /61 coordinated task forces/.test(f.text))).toBe(true);
    expect(dojFacts('rcac-program').some((f) => /four regional centers/.test(f.text))).toBe(true);

    const noCost = dojFacts('cri-tac').find((f) => /no cost/.test(f.text));
    expect(noCost?.verified).toBe(false);
    expect(cat.providers.find((p) => p.id === 'cri-tac')?.cost).toBe('unknown');

    const agReport = cat.resources.find((r) => r.dossierRef === 'R03');
    expect(agReport?.keyFacts?.some((f) => /2003 through 2021/.test(f.text) && f.source === DOJ_PAGE)).toBe(true);
  });

  it('keeps every current training to a source dated 2024 or later, and verified no earlier than that', () => {
    const current = cat.trainings.filter((t) => t.status === 'active');
    const stale = current
      .filter((t) => t.sourceDated === undefined || !(sourceYear(t.sourceDated) >= 2024) || t.lastVerified < '2024-01-01')
      .map((t) => `${t.id}: sourceDated ${t.sourceDated ?? 'missing'}, lastVerified ${t.lastVerified}`);
    expect(stale).toEqual([]);
  });

  it('states its training counts in the README truthfully', () => {
    // README: "The bundled catalogue holds N trainings, M of them current". Keep both in step with the data.
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const stated = /holds (\d+) trainings, (\d+) of them current/.exec(readme);
    expect(stated, 'README states the counts').not.toBeNull();
    expect(Number(stated?.[1])).toBe(cat.trainings.length);
    expect(Number(stated?.[2])).toBe(cat.trainings.filter((t) => t.status === 'active').length);
  });

  it('keeps maintainer notes out of everything a coordinator reads', () => {
    // Phrases that only make sense to whoever maintains the file; they belong in maintainerNote.
    const maintainerPhrases = /httpSources|plain-http|secure link|kept under|included so the record|the (?:research )?dossier|maintainer/i;
    const texts: [string, string | undefined][] = [];
    for (const name of ['providers', 'trainings', 'resources'] as const) {
      cat[name].forEach((r, i) => {
        texts.push([`${name}[${i}].title/name`, 'title' in r ? r.title : r.name]);
        texts.push([`${name}[${i}].description`, r.description]);
        texts.push([`${name}[${i}].notes`, r.notes]);
        if ('howToRequest' in r) texts.push([`${name}[${i}].howToRequest`, r.howToRequest]);
        if ('contact' in r) texts.push([`${name}[${i}].contact.text`, r.contact?.text]);
        if ('keyFacts' in r) r.keyFacts?.forEach((f, j) => texts.push([`${name}[${i}].keyFacts[${j}]`, f.text]));
      });
    }
    cat.families.forEach((f, i) => texts.push([`families[${i}].description`, f.description]));
    for (const [vocab, terms] of Object.entries(cat.vocabularies)) {
      terms.forEach((t, i) => texts.push([`vocabularies.${vocab}[${i}].meaning`, t.meaning]));
    }
    expect(texts.filter(([, text]) => text !== undefined && maintainerPhrases.test(text)).map(([where, text]) => `${where}: ${text}`)).toEqual([]);
    // The notes that used to carry such remarks still exist, in the field the app does not show.
    expect(cat.trainings.filter((t) => t.maintainerNote?.includes('httpSources')).length).toBeGreaterThan(0);
  });

  it('writes every host in normal form and links only to sites its sources use', () => {
    expect(checkCatalogueLinks(cat)).toEqual([]);
  });

  it('gives hours only where the source states or clearly implies them', () => {
    // Hours appear only where the source states or clearly implies them.
    const withHours = cat.trainings.filter((t) => t.hours !== undefined).map((t) => t.dossierRef);
    expect(withHours.sort()).toEqual(['C06', 'C22', 'C24', 'C39', 'C41', 'C49', 'C62', 'C64']);
  });
});
