import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './support/harness';
import type { Catalogue } from '../../shared/catalogue/schema';

const bundled: Catalogue = JSON.parse(readFileSync(new URL('../../data/catalogue.json', import.meta.url), 'utf8'));

test('a broken catalogue file is refused with its errors and changes nothing; a valid newer one is used', async ({ app, page }) => {
  await app.start({ path: '/settings' });
  const panel = page.getByRole('region', { name: 'Catalogue' });
  await expect(panel).toContainText(`catalogue ${bundled.meta.version}`);

  // Broken: a training without a title, and a newer version number.
  const broken = structuredClone(bundled);
  broken.meta.version = '1.1.0';
  const victim = broken.trainings[2]!;
  delete (victim as Partial<typeof victim>).title;
  const brokenPath = join(app.dataDir, 'broken-catalogue.json');
  await writeFile(brokenPath, JSON.stringify(broken));
  app.dialogAnswers.open.push(brokenPath);
  await panel.getByRole('button', { name: 'Import a newer catalogue…' }).click();
  const alert = panel.getByRole('alert');
  await expect(alert).toContainText('broken-catalogue.json is not a valid catalogue. Nothing was changed.');
  await expect(page.getByTestId('catalogue-import-errors')).toContainText(`trainings[2] (record "${victim.id}").title`);
  await expect(panel).toContainText(`catalogue ${bundled.meta.version}`);
  expect(app.services.catalogue.summary()).toMatchObject({ version: bundled.meta.version, origin: 'bundled' });

  // A cancelled dialog does nothing and says nothing.
  app.dialogAnswers.open.push(null);
  await panel.getByRole('button', { name: 'Import a newer catalogue…' }).click();
  await expect(panel.getByRole('alert')).toHaveCount(0);

  // Valid and newer, without one training: the app switches and the catalogue screen follows.
  const dropped = bundled.trainings.find((t) => t.id === 'aattap-cart-training')!;
  const next = { ...structuredClone(bundled), meta: { ...bundled.meta, version: '1.1.0', date: '2026-12-01' } };
  next.trainings = next.trainings.filter((t) => t.id !== dropped.id);
  const nextPath = join(app.dataDir, 'catalogue-1.1.0.json');
  await writeFile(nextPath, JSON.stringify(next));
  app.dialogAnswers.open.push(nextPath);
  await panel.getByRole('button', { name: 'Import a newer catalogue…' }).click();
  await expect(panel).toContainText('Catalogue 1.1.0 is now in use.');
  await expect(page.getByTestId('catalogue-version')).toContainText('version 1.1.0 of 2026-12-01 (imported)');
  await app.goto('/catalogue');
  await expect(page.locator('#results-summary')).toHaveText(`${bundled.trainings.length - 1} results`);
  await app.goto(`/catalogue/training/${dropped.id}`);
  await expect(page.getByRole('heading', { name: 'Not in this catalogue' })).toBeVisible();

  await app.goto('/settings');
  await page.getByRole('button', { name: 'Go back to the bundled catalogue' }).click();
  await expect(page.getByTestId('catalogue-version')).toContainText(`version ${bundled.meta.version}`);
});
