// Runs bundled main processes against the Electron stand-in, away from the test runner (each
// bundle keeps module state and open files), and writes their reports as JSON to REPORT.
// Each bundle gets its own user-data folder under USER_DATA_ROOT.
// Usage: node --import tsx wiring-cli.ts REPORT USER_DATA_ROOT APP_PATH BUNDLE...
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inspectWiring, type WiringReport } from './inspect-wiring';

const [reportFile, userDataRoot, appPath, ...bundles] = process.argv.slice(2);
if (!reportFile || !userDataRoot || !appPath || bundles.length === 0) throw new Error('usage: wiring-cli REPORT USER_DATA_ROOT APP_PATH BUNDLE...');
const reports: Record<string, WiringReport> = {};
for (const [index, bundle] of bundles.entries()) {
  const userData = path.join(userDataRoot, String(index));
  mkdirSync(userData, { recursive: true });
  reports[bundle] = await inspectWiring(bundle, { userData, appPath });
}
writeFileSync(reportFile, JSON.stringify(reports));
// Nothing the bundles left running (timers, open files) needs to finish.
process.exit(0);
