import type { Catalogue, Contact } from './schema';

export interface NamedRecord {
  id: string;
  title: string;
}

/** One changed value, named by the record it belongs to; before/after are null when absent. */
export interface ValueChange {
  recordId: string;
  record: string;
  field: string;
  before: string | null;
  after: string | null;
}

/** What switching to another catalogue would change, for the user to read before agreeing. */
export interface CatalogueChanges {
  added: NamedRecord[];
  removed: NamedRecord[];
  /** Removed trainings that the user's records or plans point at: they will show as retired. */
  retired: NamedRecord[];
  /** Phone numbers, contact text and how-to-request instructions. */
  contacts: ValueChange[];
  emails: ValueChange[];
  /** The host of every link that changed host (website, contact page, training page, sources). */
  linkHosts: ValueChange[];
}

function hostOf(url: string | undefined): string | null {
  if (url === undefined) return null;
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function hosts(urls: (string | undefined)[]): string | null {
  const list = [...new Set(urls.map(hostOf).filter((h): h is string => h !== null))].sort();
  return list.length === 0 ? null : list.join(', ');
}

interface Described {
  id: string;
  record: string;
  contact: Contact | undefined;
  howToRequest: string | undefined;
  links: (string | undefined)[];
}

function describeAll(catalogue: Catalogue): Map<string, Described> {
  const all = new Map<string, Described>();
  for (const p of catalogue.providers) {
    all.set(`provider:${p.id}`, {
      id: p.id,
      record: p.name,
      contact: p.contact,
      howToRequest: p.howToRequest,
      links: [p.website, p.contact?.url, ...p.sources],
    });
  }
  for (const t of catalogue.trainings) {
    all.set(`training:${t.id}`, { id: t.id, record: t.title, contact: undefined, howToRequest: undefined, links: [t.link, ...t.sources] });
  }
  for (const r of catalogue.resources) {
    all.set(`resource:${r.id}`, { id: r.id, record: r.title, contact: undefined, howToRequest: undefined, links: [r.link, ...r.sources] });
  }
  return all;
}

/**
 * Compares the catalogue in use with a candidate: trainings added, removed and retired, and every
 * contact, e-mail address and link host that differs, so a forged file that swaps a website or
 * the instructions for requesting training is visible before anything changes.
 */
export function catalogueChanges(from: Catalogue, to: Catalogue, referencedTrainingIds: Iterable<string>): CatalogueChanges {
  const before = new Map(from.trainings.map((t) => [t.id, t]));
  const after = new Map(to.trainings.map((t) => [t.id, t]));
  const named = (t: { id: string; title: string }): NamedRecord => ({ id: t.id, title: t.title });
  const added = to.trainings.filter((t) => !before.has(t.id)).map(named);
  const removed = from.trainings.filter((t) => !after.has(t.id)).map(named);
  const referenced = new Set(referencedTrainingIds);
  const retired = removed.filter((t) => referenced.has(t.id));

  const contacts: ValueChange[] = [];
  const emails: ValueChange[] = [];
  const linkHosts: ValueChange[] = [];
  const old = describeAll(from);
  const next = describeAll(to);
  for (const key of new Set([...old.keys(), ...next.keys()])) {
    const a = old.get(key);
    const b = next.get(key);
    const base = { recordId: (b ?? a)!.id, record: (b ?? a)!.record };
    const compare = (list: ValueChange[], field: string, x: string | null | undefined, y: string | null | undefined): void => {
      if ((x ?? null) !== (y ?? null)) list.push({ ...base, field, before: x ?? null, after: y ?? null });
    };
    // A record that is only added or removed is listed for its contact details too: they are new or gone.
    compare(contacts, 'phone', a?.contact?.phone, b?.contact?.phone);
    compare(contacts, 'contact', a?.contact?.text, b?.contact?.text);
    compare(contacts, 'how to request', a?.howToRequest, b?.howToRequest);
    compare(emails, 'e-mail', a?.contact?.email, b?.contact?.email);
    compare(linkHosts, 'link hosts', a ? hosts(a.links) : null, b ? hosts(b.links) : null);
  }
  return { added, removed, retired, contacts, emails, linkHosts };
}
