import { expectNoViolations } from './support/axe';
import { test, expect } from './support/harness';

test('an acronym is searched as what it stands for, and the hint says so', async ({ app, page }) => {
  await app.start({ path: '/catalogue' });
  await expect(page.getByTestId('results')).toBeVisible();
  await page.getByLabel('Search the catalogue').fill('HT');
  await expect(page).toHaveURL(/q=HT/);
  await expect(page.locator('.search-hints')).toHaveText('Also searching: HT — human trafficking');
  // Records that spell it out are found (the letters alone are in one), with the spelled-out words marked.
  await expect(page.locator('#results-summary')).toHaveText(/^[2-9]\d+ results for “HT”$/);
  await expect(page.getByTestId('results').locator('mark', { hasText: /^Human$/ }).first()).toBeVisible();
  await page.getByLabel('Search the catalogue').fill('human trafficking');
  await expect(page.locator('.search-hints')).toHaveText('Also searching: HT — human trafficking');
  await page.getByLabel('Search the catalogue').fill('human');
  await expect(page.locator('.search-hints')).toHaveCount(0);
});

test('a search too far from any word offers "Did you mean", and choosing it searches that', async ({ app, page }) => {
  await app.start({ path: '/catalogue?q=forensek%20intervew' });
  await expect(page.getByRole('heading', { name: 'No matching records' })).toBeVisible();
  await expect(page.locator('.empty__suggestions')).toContainText('Did you mean');
  await page.getByRole('button', { name: 'forensic intervew' }).click();
  await expect(page).toHaveURL(/q=forensic(\+|%20)intervew/);
  await expect(page.getByTestId('results')).toContainText('Forensic Interviewing of Children Training');
});

test('a search with a filter that leaves nothing offers to drop that filter', async ({ app, page }) => {
  await app.start({ path: '/catalogue?q=forensic&family=hotline' });
  await expect(page.getByRole('heading', { name: 'No matching records' })).toBeVisible();
  await page.getByRole('button', { name: /^Drop the strictest filter, “Program family: / }).click();
  await expect(page).not.toHaveURL(/family=hotline/);
  await expect(page).toHaveURL(/q=forensic/);
  await expect(page.getByTestId('results')).toContainText('Forensic Interviewing of Children Training');
});

test('axe finds no accessibility violations in the acronym hint and the "Did you mean" offer', async ({ app, page }) => {
  test.setTimeout(180_000);
  await app.start({ path: '/catalogue' });
  for (const path of ['/catalogue?q=HT', '/catalogue?q=forensek', '/catalogue?q=forensic&family=hotline']) {
    await app.goto(path);
    await expect(page.locator('#results-summary')).toContainText('for “');
    await expectNoViolations(page, path);
  }
});
