import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { cruise } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const config = require('../../../.dependency-cruiser.cjs');
const fixtureRoot = fileURLToPath(new URL('../../fixtures/layers/', import.meta.url));

/** Runs the project's own rule set over a small tree that breaks it on purpose. */
async function violations(): Promise<string[]> {
  const cwd = process.cwd();
  process.chdir(fixtureRoot);
  try {
    const result = await cruise(['renderer', 'shared', 'main'], { validate: true, ruleSet: { forbidden: config.forbidden }, tsPreCompilationDeps: true });
    const output = result.output as { summary: { violations: { rule: { name: string }; from: string; to: string }[] } };
    return output.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`).sort();
  } finally {
    process.chdir(cwd);
  }
}

describe('the layer rules of docs/architecture.md', () => {
  it('fail on a renderer -> main import and on Node built-ins in shared/', async () => {
    const found = await violations();
    expect(found).toContain('renderer-not-to-main: renderer/screen.ts -> main/services/store.ts');
    expect(found).toContain('shared-no-node-builtins: shared/model.ts -> fs');
  });
});
