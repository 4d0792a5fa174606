import { expectNoViolations } from './support/axe';
import { test, expect } from './support/harness';
import { savedTheme } from './support/saved-theme';
import { useSharedApp } from './support/shared-app';
import { commandActions } from '../../renderer/app/command-actions';
import { menuCommands } from '../../shared/menu-commands';

test('a menu command from the main process drives the renderer: File → Settings…', async ({ app, page }) => {
  await app.start({ path: '/' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await app.sendCommand('go-settings');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/#\/settings$/);
});

test('Find in Catalogue opens the catalogue with the search field focused, from the menu and from Ctrl+F', async ({ app, page }) => {
  await app.start({ path: '/settings' });
  // Commands reach the renderer once the window shows its first screen.
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await app.sendCommand('find');
  await expect(page.locator('#catalogue-search')).toBeFocused();
  await expect(page).toHaveURL(/#\/catalogue$/);

  await app.goto('/settings');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await page.keyboard.press('Control+f');
  await expect(page.locator('#catalogue-search')).toBeFocused();
});

test('the View → Theme commands switch the theme and save it', async ({ app, page }) => {
  await app.start({ path: '/' });
  await app.sendCommand('theme-dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => app.services.store.data().settings.theme).toBe('dark');
  await app.sendCommand('theme-light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect.poll(() => app.services.store.data().settings.theme).toBe('light');
});

test('strings that are not menu commands are dropped before the renderer sees them', async ({ app, page }) => {
  await app.start({ path: '/' });
  // Every change of address from here on is recorded, however the router makes it.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __navigations: string[] }).__navigations = seen;
    for (const method of ['pushState', 'replaceState'] as const) {
      const original = history[method].bind(history);
      history[method] = (data: unknown, unused: string, url?: string | URL | null) => {
        seen.push(String(url));
        original(data, unused, url);
      };
    }
    addEventListener('hashchange', () => seen.push(location.hash));
  });
  for (const junk of ['open-data-folder', 'GO-SETTINGS', 'javascript:alert(1)', '../settings']) await app.sendCommand(junk);
  // Commands are handled in the order they arrive, so once this real one has taken effect any
  // effect of the junk before it would have too: the only navigation is to the catalogue.
  await app.sendCommand('go-catalogue');
  await expect(page).toHaveURL(/#\/catalogue$/);
  await expect(page.getByRole('heading', { name: 'Catalogue', level: 1 })).toBeVisible();
  const navigations = await page.evaluate(() => (window as unknown as { __navigations: string[] }).__navigations);
  expect(navigations.length).toBeGreaterThan(0);
  expect(navigations.filter((url) => !/#\/catalogue$/.test(url))).toEqual([]);
});

test('every screen command opens a real screen', async ({ app, page }) => {
  await app.start({ path: '/' });
  for (const command of menuCommands) {
    const action = commandActions[command];
    if (action.kind !== 'go') continue;
    await app.sendCommand(command);
    await expect(page, command).toHaveURL(new RegExp(`#${action.path.replace(/[/]/g, '\\/')}$`));
    await expect(page.getByRole('heading', { name: 'Page not found' }), command).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 }), command).toBeVisible();
  }
});

test('Ctrl+1, Ctrl+2 and Ctrl+, switch screens, and going to the catalogue keeps its filters', async ({ app, page }) => {
  await app.start({ path: '/settings' });
  await page.keyboard.press('Control+1');
  await expect(page).toHaveURL(/#\/$/);
  await page.keyboard.press('Control+2');
  await expect(page).toHaveURL(/#\/catalogue$/);
  await page.keyboard.press('Control+,');
  await expect(page).toHaveURL(/#\/settings$/);

  await app.goto('/catalogue?q=amber');
  await expect(page.locator('#catalogue-search')).toHaveValue('amber');
  await app.sendCommand('go-catalogue');
  await expect(page).toHaveURL(/#\/catalogue\?q=amber$/);
});

test('Help → Keyboard Shortcuts and "?" show the shortcut list; "?" typed into a field stays text', async ({ app, page }) => {
  await app.start({ path: '/catalogue' });
  await page.locator('#catalogue-search').fill('what?');
  await expect(page).toHaveURL(/#\/catalogue/);
  await expect(page.locator('#catalogue-search')).toHaveValue('what?');

  await page.locator('#catalogue-search').blur();
  await page.keyboard.press('Shift+?');
  await expect(page.getByRole('heading', { name: 'Keyboard shortcuts', level: 1 })).toBeVisible();
  const goTo = page.getByRole('table', { name: 'Go to shortcuts' });
  await expect(goTo.getByRole('row', { name: /Ctrl\+1\s+Start/ })).toBeVisible();
  await expect(goTo.getByRole('row', { name: /Ctrl\+2\s+Catalogue/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Search shortcuts' }).getByRole('row', { name: /Ctrl\+F\s+Search the catalogue/ })).toBeVisible();

  await app.goto('/');
  await app.sendCommand('show-shortcuts');
  await expect(page.getByRole('heading', { name: 'Keyboard shortcuts', level: 1 })).toBeFocused();
});

test('Help → About opens the About panel, and Copy details hands IT the facts as text', async ({ app, page }) => {
  await app.start({ path: '/' });
  await app.sendCommand('show-about');
  await expect(page.getByRole('heading', { name: 'About', level: 2 })).toBeFocused();
  const details = page.getByTestId('about-details');
  await expect(details).toHaveValue(new RegExp(`^App version: TTA Navigator 0\\.0\\.0-test\\n`));
  await expect(details).toHaveValue(new RegExp(`Data folder: ${app.dataDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));

  await page.getByRole('button', { name: 'Copy details' }).click();
  await expect(page.getByTestId('about-copy-status')).toHaveText(/Details (copied|selected)/);
  // Whether or not the copy command was allowed, the whole text is selected for Ctrl+C.
  const selected = await details.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
  expect(selected).toBe(await details.inputValue());
});

// One screen per test, so a failure names it; the tests of one theme share one app opened in it
// (support/shared-app.ts), as they only look. The View → Theme commands have their own test above.
for (const theme of ['light', 'dark'] as const) {
  test.describe(`axe finds no accessibility violations on the Keyboard shortcuts page and the About panel (${theme})`, () => {
    const shared = useSharedApp({ prepare: savedTheme(theme) });

    test(`Keyboard shortcuts (${theme})`, async () => {
      const { app, page, visit } = shared();
      await visit('/');
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await app.sendCommand('show-shortcuts');
      await expect(page.getByRole('heading', { name: 'Keyboard shortcuts', level: 1 })).toBeFocused();
      await expectNoViolations(page, 'Keyboard shortcuts');
    });

    test(`About, details copied (${theme})`, async () => {
      const { app, page, visit } = shared();
      await visit('/');
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await app.sendCommand('show-about');
      await page.getByRole('button', { name: 'Copy details' }).click();
      await expect(page.getByTestId('about-copy-status')).not.toBeEmpty();
      await expectNoViolations(page, 'About', 'section[aria-labelledby="about-title"]');
    });
  });
}
