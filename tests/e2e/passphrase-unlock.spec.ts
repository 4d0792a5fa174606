import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { isEnvelope } from '../../main/services/crypto/envelope';
import { KEY_FILE_NAME } from '../../main/services/crypto/wrapped-key-provider';
import { DATA_FILE_NAME } from '../../main/services/store';
import { test, expect, type AppHarness } from './support/harness';
import { expectNoViolations } from './support/axe';

// Linux without a keyring: the data key under a passphrase. A lower scrypt cost keeps each try quick.
const PASSPHRASE = { logN: 14 };
const FIRST = 'river lantern cobalt mosaic';
const SECOND = 'orchard violet compass tundra';
const MEMBER = 'Quillon Ardmore-Vasquez';

async function choosePassphrase(page: Page, passphrase: string): Promise<void> {
  await page.getByLabel('New passphrase').fill(passphrase);
  await page.getByLabel('Type it again').fill(passphrase);
  await page.getByRole('button', { name: 'Protect my data and start' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

async function typePassphrase(page: Page, passphrase: string): Promise<void> {
  await page.getByLabel('Passphrase (required)', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Open my data' }).click();
}

/** A wrong passphrase: the screen answers, empties the field and stays locked. */
async function tryWrong(page: Page, passphrase: string): Promise<void> {
  await typePassphrase(page, passphrase);
  await expect(page.getByLabel('Passphrase (required)', { exact: true })).toHaveValue('');
  await expect(page.getByText(/That passphrase does not open your data/)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
}

async function memberVisible(app: AppHarness, page: Page): Promise<void> {
  await app.goto('/team');
  await expect(page.getByRole('link', { name: MEMBER })).toBeVisible();
}

test('first start sets a passphrase, a restart asks for it, a wrong one is refused and the right one opens the same data', async ({ app, page }) => {
  await app.start({ passphrase: PASSPHRASE });
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a passphrase for your data' })).toBeVisible();
  await expect(page.getByText('this computer has no system keyring')).toBeVisible();
  // The form's checks: too short, then not the same twice; the strength hint is in words.
  await page.getByLabel('New passphrase').fill('short');
  await expect(page.getByTestId('new-strength')).toHaveText(/Too short/);
  await page.getByRole('button', { name: 'Protect my data and start' }).click();
  await expect(page.getByText('Choose a passphrase of at least 10 characters.')).toBeVisible();
  await page.getByLabel('New passphrase').fill(FIRST);
  await expect(page.getByTestId('new-strength')).toHaveText('Strength: Strong.');
  await page.getByLabel('Type it again').fill(`${FIRST}x`);
  await page.getByRole('button', { name: 'Protect my data and start' }).click();
  await expect(page.getByText('The two passphrases are not the same.')).toBeVisible();
  await choosePassphrase(page, FIRST);

  await app.dispatch('memberCreate', { name: MEMBER, role: 'Detective', agency: 'County SO', audiences: ['law-enforcement'] });
  await memberVisible(app, page);
  await app.services.store.idle();
  expect(JSON.parse(await readFile(join(app.dataDir, KEY_FILE_NAME), 'utf8'))).toMatchObject({ protection: 'passphrase' });
  expect(isEnvelope(await readFile(join(app.dataDir, DATA_FILE_NAME)))).toBe(true);

  // The page's timers run on Playwright's clock from here, so the back-off's seconds can be skipped.
  await page.clock.install();
  await app.restart();
  await expect(page.getByRole('heading', { level: 1, name: 'Type your passphrase' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await tryWrong(page, 'not my passphrase');
  // After the third wrong one, the app makes the user wait before the next try (5 s, its real schedule).
  await tryWrong(page, 'still not it at all');
  await tryWrong(page, 'third wrong passphrase');
  await expect(page.getByRole('status').filter({ hasText: /You can try again in \d+ seconds?/ })).toBeVisible();
  await page.getByLabel('Passphrase (required)', { exact: true }).fill(FIRST);
  await expect(page.getByRole('button', { name: 'Open my data' })).toBeDisabled();
  // The button comes back by itself once the wait is over; the main side agrees (it checks the wait too).
  await app.skipUnlockWait(5_000);
  await expect(page.getByRole('button', { name: 'Open my data' })).toBeEnabled();
  await page.getByRole('button', { name: 'Open my data' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await memberVisible(app, page);
});

test('Settings changes the passphrase: a wrong current one is refused, then only the new one opens the data', async ({ app, page }) => {
  await app.start({ passphrase: PASSPHRASE });
  await choosePassphrase(page, FIRST);
  await app.dispatch('memberCreate', { name: MEMBER, role: 'Detective', agency: 'County SO', audiences: ['law-enforcement'] });
  await app.goto('/settings');
  const panel = page.getByRole('region', { name: 'Data protection' });
  await expect(panel).toContainText('protected by your passphrase');
  await panel.getByLabel('Current passphrase').fill('not the passphrase');
  await panel.getByLabel('New passphrase').fill(SECOND);
  await panel.getByLabel('Type it again').fill(SECOND);
  await panel.getByRole('button', { name: 'Change the passphrase' }).click();
  await expect(panel.getByText('The current passphrase is not right. Nothing was changed.')).toBeVisible();
  await panel.getByLabel('Current passphrase').fill(FIRST);
  await panel.getByRole('button', { name: 'Change the passphrase' }).click();
  await expect(panel.getByTestId('change-passphrase-status')).toContainText('Your passphrase is changed');

  await app.restart();
  await tryWrong(page, FIRST);
  await typePassphrase(page, SECOND);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await memberVisible(app, page);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no accessibility violations on the passphrase screens and panel (${theme})`, async ({ app, page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await app.start({ passphrase: PASSPHRASE });
    await expect(page.getByRole('heading', { level: 1, name: 'Choose a passphrase for your data' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await page.getByLabel('New passphrase').fill('weakweakweak');
    await page.getByText('Forgot the passphrase?').click();
    await expectNoViolations(page, `choose a passphrase (${theme})`);
    await page.getByLabel('New passphrase').fill('');
    await choosePassphrase(page, FIRST);
    await app.goto('/settings');
    await expect(page.getByRole('region', { name: 'Data protection' })).toBeVisible();
    await expectNoViolations(page, `Settings → Data protection (${theme})`);
    await app.restart();
    await tryWrong(page, 'a wrong passphrase');
    await page.getByText('Forgot the passphrase?').click();
    await expect(page.getByText('there is no reset', { exact: false })).toBeVisible();
    await expectNoViolations(page, `type the passphrase (${theme})`);
  });
}
