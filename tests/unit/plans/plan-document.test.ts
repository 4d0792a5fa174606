import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Catalogue } from '../../../shared/catalogue/schema';
import { buildPlanDocument } from '../../../shared/plans/plan-document';
import { item, member, plan, viewOf } from './plan-fixtures';

const real: Catalogue = JSON.parse(readFileSync(new URL('../../../data/catalogue.json', import.meta.url), 'utf8'));
const meta = { generatedAt: new Date('2026-06-01T12:00:00'), catalogue: real.meta };

describe('plan document: providers and their sources', () => {
  // Every training of the real catalogue, twice over: sources must still come out once each.
  const trainings = [...real.trainings, ...real.trainings];
  const p = plan(trainings.map((t, i) => item(`i-${i}`, t.id, ['m-1'])));
  const doc = buildPlanDocument(viewOf(p, [member('m-1', 'Ana Diaz')], [], '2026-06-01', real), real, meta);
  const providersById = new Map(real.providers.map((pr) => [pr.id, pr]));

  it('lists each provider once with each of its trainings once', () => {
    expect(doc.providers).toHaveLength(new Set(real.trainings.map((t) => t.providerId)).size);
    for (const pr of doc.providers) expect(new Set(pr.trainings).size).toBe(pr.trainings.length);
    expect(doc.providers.flatMap((pr) => pr.trainings)).toHaveLength(new Set(real.trainings.map((t) => `${t.providerId}|${t.title}`)).size);
  });

  it("keeps every training's source pages under its provider, each once, without repeating the website or contact page", () => {
    for (const t of real.trainings) {
      const provider = providersById.get(t.providerId)!;
      const contact = doc.providers.find((pr) => pr.trainings.includes(t.title) && pr.name.startsWith(provider.name))!;
      for (const url of [...(t.link ? [t.link] : []), ...t.sources]) {
        if (url === provider.website || url === provider.contact?.url) expect([contact.website, contact.url]).toContain(url);
        else expect(contact.sources).toContain(url);
      }
    }
    for (const pr of doc.providers) {
      expect(new Set(pr.sources).size).toBe(pr.sources.length);
      if (pr.website) expect(pr.sources).not.toContain(pr.website);
    }
  });
});
