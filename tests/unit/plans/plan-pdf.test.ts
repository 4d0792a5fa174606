import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Content, Table } from 'pdfmake/interfaces';
import type { Catalogue } from '../../../shared/catalogue/schema';
import { buildPlanDocument } from '../../../shared/plans/plan-document';
import { buildPlanPdfDefinition } from '../../../main/services/pdf/plan-pdf-definition';
import { renderPdf, writePlanPdf } from '../../../main/services/pdf/write-pdf';
import { useTempDirs } from '../store/temp-dir';
import { completion, item, member, plan, planCatalogue, viewOf } from './plan-fixtures';
import { longPlan } from './long-plan';

const meta = { generatedAt: new Date('2026-06-01T12:00:00'), catalogue: { version: '1.4.2', date: '2026-05-20' } };

function longDefinition(count = 120) {
  const { plan, members } = longPlan(count);
  const view = viewOf(plan, members, [completion('m-ana', 'cart', '2026-02-02')], '2026-06-01');
  return buildPlanPdfDefinition(buildPlanDocument(view, planCatalogue(), meta));
}

async function pagesOf(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: false });
  return text as string[];
}

const squash = (s: string) => s.replace(/\s+/g, ' ');

const real: Catalogue = JSON.parse(readFileSync(new URL('../../../data/catalogue.json', import.meta.url), 'utf8'));

/** Every text node of a definition with a `link`, wherever it sits (stacks, inline arrays). */
function linkedNodes(node: unknown, out: { text: string; link: string; font?: string }[] = []): { text: string; link: string; font?: string }[] {
  if (Array.isArray(node)) node.forEach((n) => linkedNodes(n, out));
  else if (node !== null && typeof node === 'object') {
    const n = node as { text?: unknown; link?: string; font?: string; stack?: unknown; content?: unknown };
    if (typeof n.text === 'string' && n.link !== undefined) out.push({ text: n.text, link: n.link, ...(n.font ? { font: n.font } : {}) });
    for (const child of [n.text, n.stack, n.content]) if (typeof child === 'object') linkedNodes(child, out);
  }
  return out;
}

describe('plan PDF', () => {
  const tempDir = useTempDirs();
  afterEach(() => vi.restoreAllMocks());

  it('is built by a pure function whose item table repeats its header row', () => {
    const a = longDefinition(5);
    const b = longDefinition(5);
    expect(JSON.stringify(a.content)).toBe(JSON.stringify(b.content));
    const table = (a.content as { table?: Table }[]).find((c) => c.table?.headerRows === 1 && c.table.body.length === 6);
    expect(table?.table?.body[0]!.map((cell) => (cell as { text: string }).text)).toEqual(['#', 'Training', 'Assigned to and progress', 'Target', 'Priority', 'Status']);
  });

  it('reads back with its title, people, providers, sources and "Page X of N" on every page of a long plan', async () => {
    const dir = await tempDir();
    const path = join(dir, 'plan.pdf');
    await writePlanPdf(longDefinition(120), path);
    const bytes = await readFile(path);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = (await pagesOf(bytes)).map(squash);
    const n = pages.length;
    expect(n).toBeGreaterThan(3);
    pages.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${n}`));

    const first = pages[0]!;
    expect(first).toContain('TRAINING PLAN');
    expect(first).toContain('FY2026 Task Force Training Plan');
    expect(first).toContain('Jan 1, 2026 – Dec 31, 2026');
    expect(first).toContain('Bring every investigator up to date');
    expect(first).toContain('Generated Jun 1, 2026 · Catalogue version 1.4.2 of May 20, 2026');
    expect(first).toContain('Ana Diaz: Done');
    expect(first).toContain('Ben Lee: Overdue');
    expect(first).toContain('Child Abduction Response Team Training');

    // The header row is repeated at the top of the table on page 2, and the footer names the plan.
    expect(pages[1]).toMatch(/# Training Assigned to and progress Target Priority Status/);
    expect(pages[1]).toContain('FY2026 Task Force Training Plan · Generated Jun 1, 2026');

    const all = pages.join(' ');
    expect(all).toContain('Regional case review 120');
    expect(all).toContain('Custom training');
    expect(all).toContain('Providers: contacts, how to request, and sources');
    expect(all).toContain('How to request: Register through the NCAC training calendar');
    expect(all).toContain('Phone 256-533-5437 · Email training@nationalcac.org');
    expect(all).toContain('https://www.nationalcac.org');
    // Each source page once under each provider whose trainings it backs (the fixture's two share one page).
    expect(all).toMatch(/Sources: [^]*https:\/\/example\.org\/source/);
    expect(all.split('https://example.org/source').length - 1).toBe(2);
    expect(all).toContain('Progress by member');
  });

  it('never fetches a URL: an image named by URL is refused and fetch is not called', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const definition = { ...longDefinition(1), images: { logo: 'https://example.org/logo.png' } };
    await expect(renderPdf(definition)).rejects.toThrow(/denied by resource access policy/);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('never reads a local file a definition names', async () => {
    const definition = { ...longDefinition(1), content: [{ image: '/etc/hostname' }] };
    await expect(renderPdf(definition)).rejects.toThrow(/Access to local file denied/);
  });

  it('names every provider of a plan holding every catalogue training, and prints every web address and source page it draws on', async () => {
    const p = plan(real.trainings.map((t, i) => item(`i-${i}`, t.id, ['m-1'])));
    const doc = buildPlanDocument(viewOf(p, [member('m-1', 'Ana Diaz')], [], '2026-06-01', real), real, meta);
    const text = (await pagesOf(await renderPdf(buildPlanPdfDefinition(doc)))).join(' ');
    const squashed = squash(text);
    // Addresses wrap where the line ends: compare them with every space and line break taken out.
    const bare = text.replace(/\s+/g, '');
    const addresses = doc.providers.flatMap((pr) => [...pr.sources, ...(pr.website ? [pr.website] : []), ...(pr.url ? [pr.url] : [])]);
    expect(doc.providers.length).toBeGreaterThan(50);
    expect(addresses.length).toBeGreaterThan(150);
    for (const pr of doc.providers) expect(squashed).toContain(pr.name);
    expect(addresses.filter((url) => !bare.includes(url))).toEqual([]);
  });

  it('sets web addresses in the standard Helvetica as links, and keeps an address Helvetica cannot draw in the embedded face', async () => {
    const cat = planCatalogue();
    cat.trainings = cat.trainings.map((t) => (t.id === 'cart' ? { ...t, sources: [...t.sources, 'https://example.org/d\u00e9p\u00f4t/\u2116-7'] } : t));
    const { plan: p, members } = longPlan(4);
    const definition = buildPlanPdfDefinition(buildPlanDocument(viewOf(p, members, [], '2026-06-01', cat), cat, meta));
    const links = linkedNodes(definition.content as Content);
    // An address may be cut into pieces that each fit a line: its pieces, in order, spell it and link to it.
    const spelled: string[] = [];
    const broken: string[] = [];
    let pending = '';
    for (const l of links) {
      pending += l.text;
      if (pending === l.link) spelled.push(l.link);
      else if (!l.link.startsWith(pending)) broken.push(pending);
      if (pending === l.link || !l.link.startsWith(pending)) pending = '';
    }
    expect(broken).toEqual([]);
    expect(pending).toBe('');
    expect(spelled).toEqual(expect.arrayContaining(['https://www.nationalcac.org', 'https://example.org/source', 'https://example.org/d\u00e9p\u00f4t/\u2116-7']));
    for (const l of links) expect(l.font).toBe(/^[\x20-\x7e]*$/.test(l.link) ? 'Helvetica' : undefined);
    const bytes = await renderPdf(definition);
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).toMatch(/\/BaseFont \/Helvetica\b/);
    expect(raw).toContain('/URI (https://www.nationalcac.org)');
    const text = (await pagesOf(bytes)).join(' ').replace(/\s+/g, '');
    expect(text).toContain('https://example.org/source');
    expect(text).toContain('https://example.org/d\u00e9p\u00f4t/\u2116-7');
  });

  it('renders a 500-item plan', async () => {
    const bytes = await renderPdf(longDefinition(500));
    const pages = await pagesOf(bytes);
    expect(squash(pages.at(-1)!)).toContain(`Page ${pages.length} of ${pages.length}`);
    expect(pages.join(' ')).toContain('Regional case review 500');
  });
});
