import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The WCAG 2.0 and 2.1 A and AA rules: what every screen is held to, in light and dark. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Scans the page (or the part `include` selects) with axe-core and fails with each violation's
 * rule, help text and elements, prefixed by `label` so a failure names the screen or state.
 *
 * Legacy mode runs axe in the page itself. The default mode opens a second blank page for every
 * scan to combine the results of frames; the app has no frames, and that page cost 3–6 s per scan
 * on the 2-core CI machine, about half of every accessibility test.
 */
export async function expectNoViolations(page: Page, label: string, include?: string): Promise<void> {
  let builder = new AxeBuilder({ page }).setLegacyMode(true).withTags(WCAG_TAGS);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  expect(violations.map((v) => `${label}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
