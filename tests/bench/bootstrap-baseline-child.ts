// The yardstick for bootstrap-child.ts: a fresh Node process that only reads and JSON.parses
// the same two files, timed the same way.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

async function main(): Promise<void> {
  const [dataDir, cataloguePath] = process.argv.slice(2) as [string, string];
  const [data, catalogue] = await Promise.all([
    readFile(join(dataDir, 'tta-navigator-data.json'), 'utf8').then((t) => JSON.parse(t) as { completions: unknown[] }),
    readFile(cataloguePath, 'utf8').then((t) => JSON.parse(t) as { trainings: unknown[] }),
  ]);
  const ms = performance.now();
  process.stdout.write(`${JSON.stringify({ ms, completions: data.completions.length, trainings: catalogue.trainings.length })}\n`);
}

void main();
