import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './support/two-apps';
import { savedTheme } from './support/saved-theme';
import { expectNoViolations } from './support/axe';
import { memberConflict } from './support/sharing-setup';

// One test per theme: the conflict takes two app instances to make, so each test looks at the
// Sharing panel, the Conflicts screen and the member page's mark over the same pair.
for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violations on Settings › Sharing, the Conflicts screen and a member's conflict mark (${theme})`, async ({ apps }) => {
    const { a, b } = apps;
    const folder = await mkdtemp(join(tmpdir(), 'tta-exchange-'));
    try {
      await a.start({ path: null });
      await b.start({ path: null, prepare: savedTheme(theme) });
      const member = await memberConflict(a, b, folder);
      const page = b.page;

      await b.goto('/settings');
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(page.getByTestId('sharing-conflicts')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Share changes…' })).toBeVisible();
      await expectNoViolations(page, 'settings: sharing');

      await b.goto('/conflicts');
      await expect(page.getByRole('heading', { level: 2, name: 'Jordan Alvarez' })).toBeVisible();
      await expectNoViolations(page, 'conflicts');

      await b.goto(`/team/members/${member.id}`);
      await expect(page.getByTestId('conflict-mark')).toBeVisible();
      await expectNoViolations(page, 'member: conflict mark');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
}
