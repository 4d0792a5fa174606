// Runs the shipped main bundle against the Electron stand-in on a computer without a keyring
// (safeStorage's backend "basic_text"), drives the unlock channels over IPC as the window would,
// and writes what it saw as JSON to REPORT. Usage: node --import tsx passphrase-start-cli.ts REPORT USER_DATA APP_PATH BUNDLE
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isEnvelope } from '../../../main/services/crypto/envelope';
import { KEY_FILE_NAME } from '../../../main/services/crypto/wrapped-key-provider';
import { ipcChannel, type ChannelName } from '../../../shared/channel-names';
import { createFakeElectron } from './fake-electron';
import { loadBundle } from './inspect-wiring';

export interface PassphraseStartReport {
  startError: string | null;
  /** Files in the data folder before a passphrase was chosen. */
  filesBefore: string[];
  statusBefore: unknown;
  /** appInfo asked before the passphrase: it must wait, then answer. */
  heldAnswered: 'after-unlock' | 'before-unlock' | 'refused' | 'never';
  created: unknown;
  statusAfter: unknown;
  keyProtection: string | null;
  plainFiles: string[];
  safeStorageWraps: number;
}

const [reportFile, userData, appPath, bundle] = process.argv.slice(2);
if (!reportFile || !userData || !appPath || !bundle) throw new Error('usage: passphrase-start-cli REPORT USER_DATA APP_PATH BUNDLE');
const fake = createFakeElectron({ userData, appPath, keyStoreBackend: 'basic_text' });
const startError = await loadBundle(bundle, fake);
const handlers = new Map(fake.calls.filter((c) => c.api === 'ipcMain.handle').map((c) => [c.args[0] as string, c.args[1] as (...a: unknown[]) => Promise<unknown>]));
const trusted = { sender: { id: fake.windows[0]?.webContentsId ?? -1 }, senderFrame: { url: 'app://bundle/index.html', parent: null } };
const invoke = async (name: ChannelName, input?: unknown): Promise<unknown> => {
  const handler = handlers.get(ipcChannel(name));
  if (!handler) return { missing: name };
  return handler(trusted, input);
};
const filesBefore = readdirSync(userData);
const statusBefore = await invoke('unlockStatus');
let heldAnswered: PassphraseStartReport['heldAnswered'] = 'never';
let unlocking = false;
const held = invoke('appInfo').then((reply) => {
  heldAnswered = !unlocking ? 'before-unlock' : (reply as { ok?: boolean }).ok === true ? 'after-unlock' : 'refused';
});
// Give a request that is not held every chance to be answered first.
await new Promise((resolve) => setTimeout(resolve, 200));
unlocking = true;
const created = await invoke('unlockCreate', { passphrase: 'correct horse battery staple' });
await held;
const statusAfter = await invoke('unlockStatus');
let keyProtection: string | null = null;
try {
  keyProtection = (JSON.parse(readFileSync(path.join(userData, KEY_FILE_NAME), 'utf8')) as { protection: string }).protection;
} catch {
  keyProtection = null;
}
const plainFiles = readdirSync(userData, { withFileTypes: true })
  .filter((e) => e.isFile() && e.name !== KEY_FILE_NAME && !isEnvelope(readFileSync(path.join(userData, e.name))))
  .map((e) => e.name);
const report: PassphraseStartReport = {
  startError,
  filesBefore,
  statusBefore,
  heldAnswered,
  created,
  statusAfter,
  keyProtection,
  plainFiles,
  safeStorageWraps: fake.calls.filter((c) => c.api === 'safeStorage.encryptString').length,
};
writeFileSync(reportFile, JSON.stringify(report));
process.exit(0);
