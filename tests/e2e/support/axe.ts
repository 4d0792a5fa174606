import axe, { type AxeResults, type ElementContext, type RunOptions } from 'axe-core';
import { expect, type Page } from '@playwright/test';

/** The WCAG 2.0 and 2.1 A and AA rules: what every screen is held to, in light and dark. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface Found {
  id: string;
  help: string;
  targets: string[];
}

/**
 * Scans the page (or the part `include` selects) with axe-core and fails with each violation's
 * rule, help text and elements, prefixed by `label` so a failure names the screen or state.
 *
 * axe runs in the page itself (the app has no frames), injected once per page load: the
 * @axe-core/playwright builder evaluated axe's 1.3 MB source twice on every scan and then
 * built selectors for every passing element, 2–6 s of each scan on the 2-core CI machine.
 * `resultTypes: ['violations']` still reports every violating element; it only skips
 * selectors for passes, which are not looked at.
 */
export async function expectNoViolations(page: Page, label: string, include?: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const found = await page.evaluate(
    async ({ include, tags }) => {
      const { axe } = window as unknown as { axe: { run(context: ElementContext, options: RunOptions): Promise<AxeResults> } };
      const results = await axe.run(include ? { include: [include] } : document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return results.violations.map((v): Found => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
    },
    { include, tags: WCAG_TAGS },
  );
  expect(found.map((v) => `${label}: ${v.id} (${v.help}) at ${v.targets.join(', ')}`)).toEqual([]);
}
