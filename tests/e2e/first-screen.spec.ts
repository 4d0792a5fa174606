import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, ROOT } from './support/harness';
import type { Catalogue } from '../../shared/catalogue/schema';

// The pre-rendered first screen (shared/first-screen.ts, docs/performance.md "First results").

/** Console errors and warnings, and uncaught errors (React reports a hydration mismatch as one). */
function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

/** The id of the pre-rendered screen first-screen.js showed, or null. */
const shown = (page: Page) => page.evaluate(() => (window as unknown as { __ttaFirstScreen?: string }).__ttaFirstScreen ?? null);

/**
 * An init script that records React's first render into #root before anything else changes it
 * (React mounts the whole tree with one insertion into the container, before layout effects,
 * which may re-render the virtual list for its measured height), as a tree of tags, attributes
 * (style as the browser reads it, an option's selection as a property: the server writes
 * `selected`, React sets the property) and merged text. `__shapeOf` does the same for the template.
 */
const RECORD_FIRST_RENDER = `(() => {
  const shape = (nodes) => {
    const out = [];
    let text = '';
    for (const child of nodes) {
      if (child.nodeType === Node.TEXT_NODE) { text += child.data; continue; }
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      if (text) { out.push(text); text = ''; }
      const attrs = [...child.attributes]
        .filter((a) => !(child.tagName === 'OPTION' && a.name === 'selected'))
        .map((a) => (a.name === 'style' ? 'style=' + child.style.cssText : a.name + '=' + a.value));
      if (child.tagName === 'OPTION') attrs.push('selected:' + child.selected);
      out.push({ tag: child.tagName, attrs: attrs.sort(), children: shape((child.content ?? child).childNodes) });
    }
    if (text) out.push(text);
    return out;
  };
  window.__shapeOf = (node) => JSON.stringify(shape(node.childNodes));
  for (const method of ['appendChild', 'insertBefore']) {
    const original = Node.prototype[method];
    Node.prototype[method] = function (node, ...rest) {
      if (this.id === 'root' && window.__firstRender === undefined && node.nodeType === Node.ELEMENT_NODE) window.__firstRender = JSON.stringify(shape([node]));
      return original.call(this, node, ...rest);
    };
  }
})();`;

test('the first screen is shown pre-rendered and hydrated: no console problems, and search, tabs and keyboard work', async ({ app, page }) => {
  const problems = collectProblems(page);
  await app.start({ path: '/catalogue', preRendered: true });
  expect(await shown(page)).toBe('catalogue');
  const results = page.getByTestId('results');
  // Facets render after the first paint, in the hydrated app: React has taken the page over.
  await expect(page.getByRole('complementary', { name: 'Filters' })).toHaveAttribute('aria-busy', 'false');
  await page.keyboard.press('/');
  await expect(page.getByLabel('Search the catalogue')).toBeFocused();
  await page.keyboard.type('forensic');
  await expect(page.locator('#results-summary')).toContainText('for “forensic”');
  await expect(results.locator('mark').first()).toHaveText(/forensic/i);
  await page.getByRole('button', { name: /^Providers/ }).click();
  await expect(page.getByRole('button', { name: /^Providers/ })).toHaveAttribute('aria-pressed', 'true');
  await page.getByLabel('Search the catalogue').fill('');
  await expect(page.locator('#results-summary')).not.toContainText('for');
  // Keyboard: Tab into the list, arrows move the roving focus, Enter opens the row.
  await results.getByRole('link').first().focus();
  await page.keyboard.press('ArrowDown');
  const second = results.locator('[data-index="1"] a');
  await expect(second).toBeFocused();
  const title = (await second.locator('.result__title').textContent()) ?? '';
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/catalogue\/provider\//);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
  expect(problems).toEqual([]);
});

test('the key leaves the URL once read: a reload (after a catalogue import, say) renders afresh', async ({ app, page }) => {
  await app.start({ path: '/catalogue', preRendered: true });
  expect(await shown(page)).toBe('catalogue');
  expect(page.url()).not.toContain('first-screen=');
  await page.reload();
  await expect(page.getByTestId('results').locator('li').first()).toBeVisible();
  expect(await shown(page)).toBeNull();
});

for (const [screen, path, firstElement] of [
  ['catalogue', '/catalogue', '[data-testid="results"] li'],
  ['start', '/', '.tiles li'],
] as const) {
  test(`a client render of ${path} renders first exactly the pre-rendered ${screen} template`, async ({ app, page }) => {
    await page.addInitScript({ content: RECORD_FIRST_RENDER });
    await app.start({ path: null });
    // No key in the URL: the template stays unused and React renders the first frame itself.
    await page.goto(`${app.origin}/index.html#${path}`);
    await expect(page.locator(firstElement).first()).toBeVisible();
    expect(await shown(page)).toBeNull();
    const [client, template] = await page.evaluate((id) => {
      const w = window as unknown as { __firstRender: string; __shapeOf(node: Node): string };
      return [w.__firstRender, w.__shapeOf((document.getElementById(id) as HTMLTemplateElement).content)];
    }, `first-screen-${screen}`);
    expect(client.length).toBeGreaterThan(1000);
    expect(client).toEqual(template);
  });
}

test('the Start screen is shown pre-rendered and hydrated: no console problems, and its links work', async ({ app, page }) => {
  const problems = collectProblems(page);
  await app.start({ path: '/', preRendered: true });
  expect(await shown(page)).toBe('start');
  await page.keyboard.press('Control+2');
  await expect(page).toHaveURL(/#\/catalogue$/);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Start', exact: true }).click();
  await page.getByRole('link', { name: /^AMBER AMBER Alert/ }).click();
  await expect(page).toHaveURL(/#\/catalogue\?family=amber$/);
  await expect(page.getByTestId('results').locator('li').first()).toBeVisible();
  expect(problems).toEqual([]);
});

test('a start with the data locked shows the passphrase screen, not the pre-rendered results', async ({ app, page }) => {
  await app.start({ passphrase: { logN: 14 }, path: '/catalogue' });
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a passphrase for your data' })).toBeVisible();
  expect(await shown(page)).toBeNull();
  await expect(page.getByTestId('results')).toHaveCount(0);
});

test('a start with another catalogue than the one the template was built from renders that catalogue', async ({ app, page }) => {
  const dir = await mkdtemp(join(tmpdir(), 'tta-e2e-other-catalogue-'));
  try {
    const catalogue = JSON.parse(await readFile(join(ROOT, 'data', 'catalogue.json'), 'utf8')) as Catalogue;
    const first = [...catalogue.trainings].sort((a, b) => a.title.localeCompare(b.title))[0]!;
    catalogue.trainings = catalogue.trainings.map((t) => (t.id === first.id ? { ...t, title: `Aaa renamed ${t.title}` } : t));
    const path = join(dir, 'catalogue.json');
    await writeFile(path, JSON.stringify(catalogue));
    await app.start({ path: '/catalogue', bundledCataloguePath: path, preRendered: true });
    await expect(page.getByTestId('results')).toContainText('Aaa renamed');
    // The main side sent its key (that catalogue's): not the template's, so it was not shown.
    expect(app.url('/catalogue', true)).toContain('first-screen=');
    expect(await shown(page)).toBeNull();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

/** Records when the app's entry script is added to the page (first-screen.js adds it), in page time. */
const RECORD_ENTRY_START = `(() => {
  new MutationObserver((records, observer) => {
    for (const record of records) for (const node of record.addedNodes) {
      if (node.nodeName === 'SCRIPT' && node.type === 'module') { window.__entryAddedAt = performance.now(); observer.disconnect(); }
    }
  }).observe(document, { childList: true, subtree: true });
})();`;

const entryAndFirstPaint = (page: Page) =>
  page.evaluate(() => ({
    entry: (window as unknown as { __entryAddedAt?: number }).__entryAddedAt ?? null,
    by: (window as unknown as { __ttaEntryStartedBy?: string }).__ttaEntryStartedBy ?? null,
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
  }));

test("with a pre-rendered screen, the app's code starts once that screen is on screen; without one, at once", async ({ app, page }) => {
  await page.addInitScript({ content: RECORD_ENTRY_START });
  await app.start({ path: '/catalogue', preRendered: true });
  expect(await shown(page)).toBe('catalogue');
  await expect.poll(async () => (await entryAndFirstPaint(page)).paint).not.toBeNull();
  const pre = await entryAndFirstPaint(page);
  expect(pre.entry).not.toBeNull();
  expect(pre.paint).not.toBeNull();
  expect(pre.by).toBe('paint');
  // The screen was presented before the bundle was even added: its evaluation could not hold that frame back.
  expect(pre.entry!).toBeGreaterThanOrEqual(pre.paint!);

  await app.goto('/team');
  await page.reload();
  await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
  expect(await shown(page)).toBeNull();
  // The page can be interactive before its first paint is reported (a loaded machine): wait for the paint.
  await expect.poll(async () => (await entryAndFirstPaint(page)).paint).not.toBeNull();
  const client = await entryAndFirstPaint(page);
  expect(client.entry).not.toBeNull();
  // No pre-rendered screen: nothing to wait for, the code starts before anything is painted.
  expect(client.entry!).toBeLessThan(client.paint!);
});
