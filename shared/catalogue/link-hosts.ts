import type { Catalogue, IntegrityIssue } from './schema';

/*
 * Link hygiene the schema cannot see: every web address names its host in one normal form, and every
 * address the app opens (a training link, a provider website or contact page) lives on a host the
 * catalogue's own sources use, so a typo or a stray domain is caught before a coordinator clicks it.
 */

/** Host of an address, or null when it is not a parseable URL. */
export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

// The raw text, not URL(): URL() lowercases hosts but keeps a trailing dot, and we want both reported.
const rawHost = (url: string): string => /^[a-z]+:\/\/([^/?#]*)/i.exec(url)?.[1]?.replace(/^.*@/, '').replace(/:\d+$/, '') ?? '';

/** Why a host is not in normal form, or null when it is (lowercase, no trailing dot, no "www" doubling). */
export function hostProblem(url: string): string | null {
  const host = rawHost(url);
  if (host === '') return 'has no host';
  if (host.endsWith('.')) return `has a trailing dot in its host "${host}"`;
  if (host !== host.toLowerCase()) return `has capital letters in its host "${host}"`;
  return null;
}

interface Located {
  recordId: string;
  field: string;
  url: string;
}

function sourceAddresses(cat: Catalogue): Located[] {
  const out: Located[] = [{ recordId: 'meta', field: 'meta.sourcePage', url: cat.meta.sourcePage }];
  for (const name of ['families', 'providers', 'trainings', 'resources'] as const) {
    cat[name].forEach((r, i) => {
      r.sources.forEach((url, j) => out.push({ recordId: r.id, field: `${name}[${i}].sources[${j}]`, url }));
      if ('httpSources' in r) r.httpSources?.forEach((url, j) => out.push({ recordId: r.id, field: `${name}[${i}].httpSources[${j}]`, url }));
      if ('keyFacts' in r) {
        r.keyFacts?.forEach((fact, j) => {
          if (fact.source !== undefined) out.push({ recordId: r.id, field: `${name}[${i}].keyFacts[${j}].source`, url: fact.source });
        });
      }
    });
  }
  return out;
}

/** Addresses the app opens for a coordinator. */
function openedAddresses(cat: Catalogue): Located[] {
  const out: Located[] = [];
  cat.providers.forEach((p, i) => {
    if (p.website !== undefined) out.push({ recordId: p.id, field: `providers[${i}].website`, url: p.website });
    if (p.contact?.url !== undefined) out.push({ recordId: p.id, field: `providers[${i}].contact.url`, url: p.contact.url });
  });
  cat.trainings.forEach((t, i) => {
    if (t.link !== undefined) out.push({ recordId: t.id, field: `trainings[${i}].link`, url: t.link });
  });
  cat.resources.forEach((r, i) => {
    if (r.link !== undefined) out.push({ recordId: r.id, field: `resources[${i}].link`, url: r.link });
  });
  return out;
}

/** A host without a leading "www.", so www.example.org and example.org count as one site. */
export const siteOf = (host: string): string => host.replace(/^www\./, '');

/** The sites (hosts without "www.") the catalogue's sources, https and http, use. */
export function sourceSites(cat: Catalogue): Set<string> {
  return new Set(sourceAddresses(cat).map((a) => hostOf(a.url)).filter((h): h is string => h !== null).map(siteOf));
}

/** Hosts not in normal form anywhere, and opened links on hosts no source uses. Pure; [] when sound. */
export function checkCatalogueLinks(cat: Catalogue): IntegrityIssue[] {
  const issues: IntegrityIssue[] = [];
  const all = [...sourceAddresses(cat), ...openedAddresses(cat)];
  for (const a of all) {
    const problem = hostProblem(a.url);
    if (problem !== null) issues.push({ recordId: a.recordId, field: a.field, message: `The address ${a.url} ${problem}.` });
  }
  const known = sourceSites(cat);
  for (const a of openedAddresses(cat)) {
    const host = hostOf(a.url);
    if (host !== null && !known.has(siteOf(host))) {
      issues.push({ recordId: a.recordId, field: a.field, message: `The link ${a.url} is on ${host}, which none of the catalogue's sources use.` });
    }
  }
  return issues;
}
