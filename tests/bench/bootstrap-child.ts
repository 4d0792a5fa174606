// Run in a fresh Node process by bootstrap-bench.ts, bundled like the app's main process.
// Prints the ms from process start until the main side is ready: the catalogue loaded and
// checked, the store opened. (performance.now() counts from the process's time origin.)
import { bootstrap } from '../../main/bootstrap';

async function main(): Promise<void> {
  const [dataDir, cataloguePath] = process.argv.slice(2) as [string, string];
  const { services } = await bootstrap({
    dataDir,
    bundledCataloguePath: cataloguePath,
    app: { name: 'TTA Navigator', version: 'bench', runtime: {}, license: 'MIT' },
    openExternal: async () => undefined,
    dialogs: { chooseOpenFile: async () => null, chooseSaveFile: async () => null },
  });
  const ms = performance.now();
  // Proof that it is really ready: the data and catalogue the first screen asks for.
  const counts = { completions: services.store.data().completions.length, trainings: services.catalogue.current().trainings.length };
  await services.store.idle();
  process.stdout.write(`${JSON.stringify({ ms, ...counts })}\n`);
}

void main();
