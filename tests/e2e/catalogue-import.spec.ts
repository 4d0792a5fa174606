import { readFileSync } from 'node:fs';
import { test, expect } from './support/harness';
import type { Catalogue } from '../../shared/catalogue/schema';
import { makeSigner, writeCatalogueFile } from '../support/catalogue-signing';

const bundled: Catalogue = JSON.parse(readFileSync(new URL('../../data/catalogue.json', import.meta.url), 'utf8'));

test('unsigned and broken catalogue files are refused with their errors and change nothing; one signed by an added publisher is used after its changes are shown', async ({
  app,
  page,
}) => {
  await app.start({ path: '/settings' });
  const panel = page.getByRole('region', { name: 'Catalogue', exact: true });
  await expect(panel).toContainText(`catalogue ${bundled.meta.version}`);
  const signer = await makeSigner(app.dataDir, 'State task force');

  // Unsigned: refused before anything else is looked at.
  const unsignedPath = await writeCatalogueFile(app.dataDir, 'unsigned.json', { ...bundled, meta: { ...bundled.meta, version: '99.1.0', date: '2099-01-01' } });
  app.dialogAnswers.open.push(unsignedPath);
  await panel.getByRole('button', { name: 'Import a newer catalogue…' }).click();
  await expect(panel.getByRole('alert')).toContainText('unsigned.json was refused: it is not signed. Nothing was changed.');

  // The user trusts the state task force's key; Settings shows it by name and fingerprint.
  const publishers = page.getByRole('region', { name: 'Trusted publishers' });
  await publishers.getByLabel('Publisher name').fill('State task force');
  app.dialogAnswers.open.push(signer.publicKeyPath);
  await publishers.getByRole('button', { name: 'Add a publisher key…' }).click();
  await expect(publishers.getByRole('listitem').filter({ hasText: 'State task force' })).toContainText(signer.key.fingerprint.slice(0, 4));

  // Broken: a training without a title, and a newer version number.
  const broken = structuredClone(bundled);
  broken.meta.version = '99.1.0';
  const victim = broken.trainings[2]!;
  delete (victim as Partial<typeof victim>).title;
  broken.meta.date = '2099-01-01';
  const brokenPath = await writeCatalogueFile(app.dataDir, 'broken-catalogue.json', broken, signer);
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
  const next = { ...structuredClone(bundled), meta: { ...bundled.meta, version: '99.1.0', date: '2099-01-01' } };
  next.trainings = next.trainings.filter((t) => t.id !== dropped.id);
  const nextPath = await writeCatalogueFile(app.dataDir, 'catalogue-99.1.0.json', next, signer);
  app.dialogAnswers.open.push(nextPath);
  await panel.getByRole('button', { name: 'Import a newer catalogue…' }).click();
  const review = page.getByRole('region', { name: 'Catalogue changes' });
  await expect(review).toContainText('Switch to catalogue 99.1.0 of 2099-01-01?');
  await expect(review).toContainText('signed by State task force');
  await expect(review.getByTestId('catalogue-changes')).toContainText(dropped.title);
  expect(app.services.catalogue.summary()).toMatchObject({ origin: 'bundled' });
  await review.getByRole('button', { name: 'Switch to catalogue 99.1.0' }).click();
  await expect(panel).toContainText('Catalogue 99.1.0 is now in use.');
  await expect(page.getByTestId('catalogue-version')).toContainText('version 99.1.0 of 2099-01-01 (imported)');
  await app.goto('/catalogue');
  await expect(page.locator('#results-summary')).toHaveText(`${bundled.trainings.length - 1} results`);
  await app.goto(`/catalogue/training/${dropped.id}`);
  await expect(page.getByRole('heading', { name: 'Not in this catalogue' })).toBeVisible();

  await app.goto('/settings');
  await page.getByRole('button', { name: 'Go back to the bundled catalogue' }).click();
  await expect(page.getByTestId('catalogue-version')).toContainText(`version ${bundled.meta.version}`);
});
