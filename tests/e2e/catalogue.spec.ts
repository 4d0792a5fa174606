import { readFileSync } from 'node:fs';
import { expectNoViolations } from './support/axe';
import { test, expect } from './support/harness';
import { savedTheme } from './support/saved-theme';
import { useSharedApp } from './support/shared-app';
import type { Catalogue } from '../../shared/catalogue/schema';

const catalogue: Catalogue = JSON.parse(readFileSync(new URL('../../data/catalogue.json', import.meta.url), 'utf8'));
const amberTrainings = catalogue.trainings.filter((t) => t.family === 'amber');
const amberProgram = catalogue.providers.find((p) => p.id === 'aattap')!;

test('picking AMBER lists the AMBER Alert TTA program and its trainings', async ({ app, page }) => {
  await app.start({ path: '/' });
  await page.getByRole('link', { name: /^AMBER AMBER Alert/ }).click();
  await expect(page).toHaveURL(/#\/catalogue\?family=amber$/);
  await expect(page.locator('#results-summary')).toHaveText(`${amberTrainings.length} results`);
  const results = page.getByTestId('results');
  for (const t of amberTrainings.slice(0, 5)) await expect(results).toContainText(t.title);
  await page.getByRole('button', { name: /^Providers/ }).click();
  await expect(results).toContainText(amberProgram.name);
  await results.getByRole('link', { name: new RegExp(amberProgram.name) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(amberProgram.name);
  const listed = page.getByRole('region', { name: /^Trainings/ });
  for (const t of catalogue.trainings.filter((x) => x.providerId === 'aattap')) await expect(listed).toContainText(t.title);
});

test('a search with typos finds the forensic-interviewing trainings, with matches highlighted', async ({ app, page }) => {
  await app.start({ path: '/catalogue' });
  await expect(page.getByTestId('results')).toBeVisible();
  await page.keyboard.press('/');
  await expect(page.getByLabel('Search the catalogue')).toBeFocused();
  await page.keyboard.type('forensc intervew');
  await expect(page).toHaveURL(/q=forensc(\+|%20)intervew/);
  const results = page.getByTestId('results');
  await expect(results).toContainText('Forensic Interviewing of Children Training');
  await expect(results).toContainText('Advanced Forensic Interviewing Training');
  await expect(results.locator('mark').first()).toHaveText(/forensic|interview/i);
  // Every forensic-interviewing training is found despite the typos, and nothing unrelated is
  // listed: each result has the topic, is meant for forensic interviewers, or names both words
  // (e.g. digital forensics and suspect interviews in one course).
  const aboutIt = catalogue.trainings.filter((t) => t.topics.includes('forensic-interviewing'));
  const bothWords = (t: (typeof catalogue.trainings)[number]) => {
    const text = [t.title, t.description, ...t.topics, ...t.audiences].join(' ').toLowerCase();
    return text.includes('forensic') && text.includes('interview');
  };
  const forThem = catalogue.trainings.filter((t) => t.topics.includes('forensic-interviewing') || t.audiences.includes('forensic-interviewers') || bothWords(t));
  const topic = page.locator('[data-facet="topic"] label', { hasText: 'Forensic interviewing' });
  await expect(topic.locator('.facet__count')).toHaveText(String(aboutIt.length));
  const total = Number((await page.locator('#results-summary').textContent())!.match(/\d+/)![0]);
  expect(total).toBeGreaterThanOrEqual(aboutIt.length);
  expect(total).toBeLessThanOrEqual(forThem.length);
});

test('an audience and a format together narrow the results and the counts', async ({ app, page }) => {
  const expectedAudience = catalogue.trainings.filter((t) => t.audiences.includes('law-enforcement'));
  const expectedBoth = expectedAudience.filter((t) => t.formats.includes('in-person'));
  expect(expectedBoth.length).toBeGreaterThan(0);
  expect(expectedBoth.length).toBeLessThan(expectedAudience.length);

  await app.start({ path: '/catalogue' });
  const summary = page.locator('#results-summary');
  await expect(summary).toHaveText(`${catalogue.trainings.length} results`);
  const audience = page.locator('[data-facet="audience"]');
  await audience.getByRole('checkbox', { name: 'Law enforcement' }).click();
  await expect(audience.getByRole('checkbox', { name: 'Law enforcement' })).toBeChecked();
  await expect(summary).toHaveText(`${expectedAudience.length} results`);
  // The format facet now counts only law-enforcement trainings.
  const inPerson = page.locator('[data-facet="format"] label', { hasText: 'In person' });
  await expect(inPerson.locator('.facet__count')).toHaveText(String(expectedBoth.length));
  await inPerson.getByRole('checkbox').click();
  await expect(inPerson.getByRole('checkbox')).toBeChecked();
  await expect(summary).toHaveText(`${expectedBoth.length} results`);
  await expect(page.getByRole('group', { name: 'Active filters' }).getByRole('button', { name: /^Remove filter/ })).toHaveCount(2);
  await page.getByRole('button', { name: 'Remove filter Target audience: Law enforcement' }).click();
  const inPersonAll = catalogue.trainings.filter((t) => t.formats.includes('in-person'));
  await expect(summary).toHaveText(`${inPersonAll.length} results`);
  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(summary).toHaveText(`${catalogue.trainings.length} results`);
});

test('a deep link restores the view exactly, and back/forward move between views', async ({ app, page }) => {
  await app.start({ path: '/catalogue?tab=providers&q=advocacy&family=cac&sort=title' });
  await expect(page.getByLabel('Search the catalogue')).toHaveValue('advocacy');
  await expect(page.getByRole('button', { name: /^Providers/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'Remove filter Program family: CAC' })).toBeVisible();
  await expect(page.getByLabel('Sort by')).toHaveValue('title');
  const titles = await page.getByTestId('results').locator('.result__title').allTextContents();
  expect(titles.length).toBeGreaterThan(1);
  expect([...titles].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true }))).toEqual(titles);

  await page.getByTestId('results').locator('a').first().click();
  await expect(page).toHaveURL(/#\/catalogue\/provider\//);
  await page.goBack();
  await expect(page.getByLabel('Search the catalogue')).toHaveValue('advocacy');
  await expect(page.getByRole('button', { name: /^Providers/ })).toHaveAttribute('aria-pressed', 'true');
  await page.goForward();
  await expect(page).toHaveURL(/#\/catalogue\/provider\//);
});

test('official and source links ask the main side to open them externally', async ({ app, page }) => {
  const training = catalogue.trainings.find((t) => t.id === 'ncac-forensic-interviewing-of-children')!;
  await app.start({ path: `/catalogue/training/${training.id}` });
  const before = page.url();
  await page.getByRole('link', { name: /Official page/ }).click();
  await expect.poll(() => app.externalOpened).toEqual([training.link]);
  await page.getByRole('region', { name: 'Sources' }).getByRole('link').first().click();
  await expect.poll(() => app.externalOpened.length).toBe(2);
  expect(app.externalOpened[1]).toBe(training.sources[0]);
  expect(page.url()).toBe(before);
});

test('keyboard: arrows move through results and Enter opens one', async ({ app, page }) => {
  await app.start({ path: '/catalogue?family=amber&sort=title' });
  const links = page.getByTestId('results').locator('a.result__link');
  await links.first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(2)).toBeFocused();
  const title = (await links.nth(2).locator('.result__title').textContent())!;
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
});

test('a long list stays virtualised: only the visible rows are in the page', async ({ app, page }) => {
  await app.start({ path: '/catalogue' });
  await expect(page.locator('#results-summary')).toHaveText(`${catalogue.trainings.length} results`);
  const rendered = await page.getByTestId('results').locator('li').count();
  expect(rendered).toBeLessThan(catalogue.trainings.length);
  await page.getByTestId('results').locator('a').first().focus();
  await page.keyboard.press('End');
  const last = [...catalogue.trainings].sort((a, b) => a.title.localeCompare(b.title, 'en', { sensitivity: 'base', numeric: true })).at(-1)!;
  await expect(page.locator(':focus')).toContainText(last.title);
});

test('the first frame stacks the rows in flow exactly where their measured places put them', async ({ app, page }) => {
  // Before the first paint VirtualList leaves its rows unmeasured, in normal flow (vlist__row--flow);
  // after it, they are measured and placed (absolute, translateY). The switch must not move a row.
  await app.start({ path: '/catalogue' });
  const rows = page.getByTestId('results').locator('li.vlist__row');
  await expect(rows.first()).toHaveAttribute('style', /translateY/);
  await expect(rows.first()).not.toHaveClass(/vlist__row--flow/);
  // One task: read the placed rows, put them in flow as the first frame has them, read, restore.
  const { placed, flow } = await rows.evaluateAll((els) => {
    const read = () => els.map((el) => el.getBoundingClientRect()).map((r) => ({ top: r.top, left: r.left, width: r.width, height: r.height }));
    const placed = read();
    const transforms = els.map((el) => (el as HTMLElement).style.transform);
    els.forEach((el) => {
      el.classList.add('vlist__row--flow');
      (el as HTMLElement).style.transform = '';
    });
    const flow = read();
    els.forEach((el, i) => {
      el.classList.remove('vlist__row--flow');
      (el as HTMLElement).style.transform = transforms[i]!;
    });
    return { placed, flow };
  });
  expect(placed.length).toBeGreaterThan(3);
  expect(new Set(placed.map((r) => Math.round(r.height))).size).toBeGreaterThan(1);
  placed.forEach((r, i) => {
    for (const side of ['top', 'left', 'width', 'height'] as const) expect(Math.abs(flow[i]![side] - r[side]), `row ${i} ${side}`).toBeLessThan(0.02);
  });
});

test('an empty result offers to drop the strictest filter, with the count it brings back', async ({ app, page }) => {
  await app.start({ path: '/catalogue?family=hotline&audience=forensic-examiners' });
  await expect(page.getByRole('heading', { name: 'No matching records' })).toBeVisible();
  const drop = page.getByRole('button', { name: /^Drop the strictest filter, “/ });
  const promised = (await drop.textContent())!.match(/\((\d+) results?\)/)![1];
  await drop.click();
  await expect(page.locator('#results-summary')).toHaveText(new RegExp(`^${promised} results?$`));
});

// One screen per test, so a failure names the screen; the tests of one theme share one app
// opened in it (support/shared-app.ts), as they only look.
for (const theme of ['light', 'dark'] as const) {
  test.describe(`axe finds no accessibility violations on the catalogue screens (${theme})`, () => {
    const shared = useSharedApp({ prepare: savedTheme(theme) });
    for (const path of ['/', '/catalogue?audience=law-enforcement', '/catalogue?q=forensc', '/catalogue/training/aattap-cart-training', '/catalogue/provider/aattap', '/settings']) {
      test(`${path} (${theme})`, async () => {
        const { page, visit } = shared();
        await visit(path);
        await expect(page.locator('h1')).toBeVisible();
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await expectNoViolations(page, path);
      });
    }
  });
}
