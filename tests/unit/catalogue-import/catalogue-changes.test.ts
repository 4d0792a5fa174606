import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogueChanges } from '../../../shared/catalogue/catalogue-changes';
import type { Catalogue } from '../../../shared/catalogue/schema';
import projectKey from '../../../data/catalogue-project-key.json' with { type: 'json' };
import { keyFingerprint } from '../../../main/services/catalogue-signature';

const bundled = JSON.parse(readFileSync(new URL('../../../data/catalogue.json', import.meta.url), 'utf8')) as Catalogue;

describe('catalogueChanges', () => {
  it('finds nothing between a catalogue and itself', () => {
    expect(catalogueChanges(bundled, structuredClone(bundled), [])).toEqual({ added: [], removed: [], retired: [], contacts: [], emails: [], linkHosts: [] });
  });

  it('lists every changed contact, e-mail address and link host with the record it belongs to', () => {
    const next = structuredClone(bundled);
    const provider = next.providers.find((p) => p.website && p.howToRequest)!;
    const old = bundled.providers.find((p) => p.id === provider.id)!;
    provider.website = 'https://registration.example.org/';
    provider.howToRequest = 'Email your task force roster to registration@example.org';
    provider.contact = { ...provider.contact, email: 'registration@example.org', phone: '555-0100' };
    const changes = catalogueChanges(bundled, next, []);
    expect(changes.contacts).toContainEqual({ recordId: provider.id, record: provider.name, field: 'how to request', before: old.howToRequest, after: provider.howToRequest });
    expect(changes.contacts).toContainEqual(expect.objectContaining({ recordId: provider.id, field: 'phone', after: '555-0100' }));
    expect(changes.emails).toEqual([expect.objectContaining({ recordId: provider.id, before: old.contact?.email ?? null, after: 'registration@example.org' })]);
    expect(changes.linkHosts).toEqual([expect.objectContaining({ recordId: provider.id, after: expect.stringContaining('registration.example.org') })]);
  });

  it('lists trainings added and removed, and as retired the removed ones the records use', () => {
    const [first, second] = bundled.trainings;
    const next = structuredClone(bundled);
    next.trainings = next.trainings.filter((t) => t.id !== first!.id && t.id !== second!.id);
    next.trainings.push({ ...structuredClone(first!), id: 'brand-new-course', title: 'Brand new course' });
    const changes = catalogueChanges(bundled, next, [first!.id]);
    expect(changes.added).toEqual([{ id: 'brand-new-course', title: 'Brand new course' }]);
    expect(changes.removed.map((t) => t.id)).toEqual([first!.id, second!.id]);
    expect(changes.retired.map((t) => t.id)).toEqual([first!.id]);
  });
});

describe('the project key shipped in data/', () => {
  it('is an Ed25519 public key whose stated fingerprint is its own', () => {
    expect(keyFingerprint(projectKey.publicKey)).toBe(projectKey.fingerprint);
    expect(projectKey.publicKey).not.toContain('PRIVATE');
  });
});
