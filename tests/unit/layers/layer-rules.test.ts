import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { cruise, type IForbiddenRuleType } from 'dependency-cruiser';
import { beforeAll, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const config = require('../../../.dependency-cruiser.cjs') as { forbidden: (IForbiddenRuleType & { name: string })[] };
const fixtureRoot = fileURLToPath(new URL('../../fixtures/layers/', import.meta.url));

/** Runs the project's own rule set over a small tree that breaks each rule on purpose. */
async function violations(): Promise<string[]> {
  const cwd = process.cwd();
  process.chdir(fixtureRoot);
  try {
    const result = await cruise(['renderer', 'shared', 'main', 'scripts', 'tests'], {
      validate: true,
      ruleSet: { forbidden: config.forbidden },
      tsPreCompilationDeps: true,
      doNotFollow: { path: 'node_modules' },
    });
    const output = result.output as { summary: { violations: { rule: { name: string }; from: string; to: string; cycle?: { name: string }[] }[] } };
    return output.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`).sort();
  } finally {
    process.chdir(cwd);
  }
}

/** For every rule in .dependency-cruiser.cjs, the fixture file that breaks it and what it imports. */
const expected: Record<string, RegExp> = {
  'renderer-not-to-main': /^renderer-not-to-main: renderer\/screen\.ts -> main\/services\/store\.ts$/,
  'renderer-only-shared-and-itself': /^renderer-only-shared-and-itself: renderer\/tool-user\.ts -> scripts\/tool\.ts$/,
  'shared-no-node-builtins': /^shared-no-node-builtins: shared\/model\.ts -> fs$/,
  'shared-is-pure': /^shared-is-pure: shared\/view-model\.ts -> renderer\/widget\.ts$/,
  'only-main-electron-imports-electron': /^only-main-electron-imports-electron: main\/services\/window-opener\.ts -> .*node_modules\/electron\/index\.js$/,
  'nothing-imports-tests': /^nothing-imports-tests: main\/services\/uses-test-helper\.ts -> tests\/helper\.ts$/,
  'main-not-to-renderer': /^main-not-to-renderer: main\/services\/renders\.ts -> renderer\/widget\.ts$/,
  'no-circular': /^no-circular: main\/services\/cycle-a\.ts -> main\/services\/cycle-b\.ts$/,
};

describe('the layer rules of docs/architecture.md', () => {
  let found: string[] = [];
  beforeAll(async () => {
    found = await violations();
  });

  it('has a breaking fixture for every rule in .dependency-cruiser.cjs', () => {
    expect(Object.keys(expected).sort()).toEqual(config.forbidden.map((r) => r.name).sort());
  });

  it.each(Object.entries(expected))('%s fires on the fixture that breaks it', (_rule, pattern) => {
    expect(found.filter((line) => pattern.test(line)), found.join('\n')).toHaveLength(1);
  });

  it('does not fire on what the rules allow: main/electron/ importing electron', () => {
    expect(found.filter((line) => line.includes('main/electron/window.ts'))).toEqual([]);
  });
});
