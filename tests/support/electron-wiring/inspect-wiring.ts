import { readFileSync, readdirSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { isEnvelope } from '../../../main/services/crypto/envelope';
import { KEY_FILE_NAME } from '../../../main/services/crypto/wrapped-key-provider';
import type Electron from 'electron';
import { appProtocolPrivileges } from '../../../main/electron/app-protocol';
import { contentSecurityPolicy } from '../../../main/electron/csp';
import { QUIET_SWITCHES } from '../../../main/electron/quiet-switches';
import { channelNames, ipcChannel } from '../../../shared/channel-names';
import { createFakeElectron, type Call, type FakeElectron } from './fake-electron';

/** The README security checklist items the wiring test proves main.ts installs. */
export const CHECKLIST_ITEMS = [
  'privileged-scheme',
  'sandbox',
  'quiet-switches',
  'permission-request',
  'permission-check',
  'device-permission',
  'spellchecker',
  'request-filter',
  'csp',
  'will-navigate',
  'will-redirect',
  'no-webview',
  'window-open',
  'ipc',
  'encryption-at-rest',
] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];

export interface WiringReport {
  /** Why start-up failed, if it did; the items are still inspected as far as they got. */
  startError: string | null;
  /** An empty list means the item is wired; otherwise what is missing. */
  items: Record<ChecklistItem, string[]>;
}

const NAVIGATION_EVENTS = { 'will-navigate': 'will-navigate', 'will-redirect': 'will-redirect', 'no-webview': 'will-attach-webview' } as const;
type Fn = (...args: never[]) => unknown;
const OUTSIDE = 'https://fonts.googleapis.com/css?family=Roboto';

function callsTo(calls: Call[], api: string): Call[] {
  return calls.filter((call) => call.api === api);
}

function handlerOf<T>(calls: Call[], api: string, index = 0): T | null {
  const call = callsTo(calls, api).at(-1);
  return call ? ((call.args[index] ?? null) as T | null) : null;
}

/**
 * Loads a bundled main process (out/main/index.cjs or a variant) with `require('electron')`
 * answered by the typed stand-in, lets it reach 'ready' and load its window, then drives every
 * handler it installed the way Electron would and reports, per checklist item, what is missing.
 */
export async function inspectWiring(bundlePath: string, paths: { userData: string; appPath: string }): Promise<WiringReport> {
  const fake = createFakeElectron(paths);
  const startError = await loadBundle(bundlePath, fake);
  const items = {} as WiringReport['items'];
  for (const item of CHECKLIST_ITEMS) items[item] = await inspectItem(item, fake, paths.userData);
  return { startError, items };
}

/** Requires the bundle with `electron` answered by the stand-in, fires 'ready' and waits for its window; returns why start-up failed, if it did. */
export async function loadBundle(bundlePath: string, fake: FakeElectron): Promise<string | null> {
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const originalLoad = loader._load;
  loader._load = (request, ...rest) => (request === 'electron' ? fake.module : originalLoad(request, ...rest));
  let startError: string | null = null;
  try {
    createRequire(import.meta.url)(bundlePath);
    fake.fireReady();
    await Promise.race([
      fake.started,
      new Promise((_, reject) => setTimeout(() => reject(new Error('the window was never loaded')), 30_000).unref()),
    ]);
  } catch (error) {
    startError = (error as Error).message;
  } finally {
    loader._load = originalLoad;
  }
  return startError;
}

async function inspectItem(item: ChecklistItem, fake: FakeElectron, userData: string): Promise<string[]> {
  const { calls } = fake;
  const problems: string[] = [];
  const prefs = fake.windows[0]?.options.webPreferences;
  switch (item) {
    case 'privileged-scheme': {
      const registered = callsTo(calls, 'protocol.registerSchemesAsPrivileged').filter((c) => c.beforeReady);
      const schemes = registered.flatMap((c) => c.args[0] as Electron.CustomScheme[]);
      const app = schemes.find((s) => s.scheme === 'app');
      if (!app) problems.push('app: is not registered as privileged before ready');
      else if (JSON.stringify(app.privileges) !== JSON.stringify(appProtocolPrivileges)) problems.push('app: has other privileges than appProtocolPrivileges');
      break;
    }
    case 'sandbox':
      if (!callsTo(calls, 'app.enableSandbox').some((c) => c.beforeReady)) problems.push('app.enableSandbox() is not called before ready');
      if (prefs?.sandbox !== true || prefs.contextIsolation !== true || prefs.nodeIntegration !== false)
        problems.push('the window is not sandboxed and isolated');
      break;
    case 'quiet-switches': {
      const appended = callsTo(calls, 'app.commandLine.appendSwitch').filter((c) => c.beforeReady);
      const has = (name: string, value?: string): boolean => appended.some((c) => c.args[0] === name && c.args[1] === value);
      if (!has('disable-background-networking')) problems.push('disable-background-networking is not set before ready');
      for (const [name, value] of QUIET_SWITCHES) if (!has(name, value)) problems.push(`switch ${name} is not set before ready`);
      break;
    }
    case 'permission-request': {
      const handler = handlerOf<Fn>(calls, 'session.setPermissionRequestHandler');
      if (!handler) {
        problems.push('no permission request handler');
        break;
      }
      for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
        let granted: boolean | null = null;
        (handler as (...a: unknown[]) => void)({ getURL: () => 'app://bundle/index.html' }, permission, (g: boolean) => (granted = g), {});
        if (granted !== false) problems.push(`permission ${permission} is not refused`);
      }
      break;
    }
    case 'permission-check': {
      const handler = handlerOf<(...a: unknown[]) => boolean>(calls, 'session.setPermissionCheckHandler');
      if (!handler) problems.push('no permission check handler');
      else if (handler(null, 'clipboard-read', 'app://bundle', {}) !== false) problems.push('permission checks are not refused');
      break;
    }
    case 'device-permission': {
      const handler = handlerOf<(...a: unknown[]) => boolean>(calls, 'session.setDevicePermissionHandler');
      if (!handler) problems.push('no device permission handler');
      else if (handler({ deviceType: 'usb', origin: 'app://bundle' }) !== false) problems.push('device permissions are not refused');
      break;
    }
    case 'spellchecker':
      if (!callsTo(calls, 'session.setSpellCheckerEnabled').some((c) => c.args[0] === false)) problems.push('the session spellchecker is not turned off');
      if (prefs?.spellcheck !== false) problems.push('the window asks for spellchecking');
      break;
    case 'request-filter': {
      const listener = handlerOf<(...a: unknown[]) => void>(calls, 'session.webRequest.onBeforeRequest');
      if (!listener) {
        problems.push('no request filter on the session');
        break;
      }
      const decide = (url: string): boolean | null => {
        let cancel: boolean | null = null;
        listener({ url, method: 'GET', resourceType: 'other' }, (response: { cancel?: boolean }) => (cancel = response.cancel ?? false));
        return cancel;
      };
      for (const url of [OUTSIDE, 'http://127.0.0.1:8080/', 'file:///etc/passwd', 'wss://example.org/'])
        if (decide(url) !== true) problems.push(`a request to ${url} is not cancelled`);
      if (decide('app://bundle/index.html') !== false) problems.push('the app bundle itself is cancelled');
      break;
    }
    case 'csp': {
      const handle = callsTo(calls, 'protocol.handle').find((c) => c.args[0] === 'app');
      if (!handle) {
        problems.push('app: has no handler');
        break;
      }
      const respond = handle.args[1] as (request: Request) => Promise<Response>;
      const expected = contentSecurityPolicy({ isDev: false });
      for (const [url, status] of [
        ['app://bundle/index.html', 200],
        ['app://bundle/missing.js', 404],
        ['app://bundle/../secret', 403],
      ] as const) {
        const response = await respond({ url, method: 'GET' } as Request);
        if (response.status !== status) problems.push(`${url} answered ${response.status}, not ${status}`);
        if (response.headers.get('content-security-policy') !== expected) problems.push(`${url} is answered without the CSP`);
      }
      break;
    }
    case 'will-navigate':
    case 'will-redirect':
    case 'no-webview': {
      const contents = createdContents(fake);
      const event = NAVIGATION_EVENTS[item];
      const listeners = contents.listeners.get(event) ?? [];
      if (listeners.length === 0) {
        problems.push(`no ${event} listener on new web contents`);
        break;
      }
      const prevented = (url: string): boolean => {
        let stopped = false;
        for (const listener of listeners) (listener as (...a: unknown[]) => void)({ url, preventDefault: () => (stopped = true) }, {}, { src: url });
        return stopped;
      };
      if (!prevented('https://evil.example/')) problems.push(`${event} to another site is not prevented`);
      if (event !== 'will-attach-webview' && prevented('app://bundle/index.html#/team')) problems.push(`${event} within the app is prevented`);
      break;
    }
    case 'window-open': {
      const contents = createdContents(fake);
      const handler = contents.windowOpenHandler;
      if (!handler) {
        problems.push('no window-open handler on new web contents');
        break;
      }
      const open = (url: string): unknown => handler({ url } as Electron.HandlerDetails).action;
      if (open('https://www.ovcttac.gov/') !== 'deny' || open('app://bundle/index.html') !== 'deny') problems.push('window.open is not denied');
      if (!fake.opened.includes('https://www.ovcttac.gov/')) problems.push('https links are not handed to the system browser');
      open('file:///etc/passwd');
      if (fake.opened.some((url) => !url.startsWith('https:'))) problems.push('a non-https link reached the system browser');
      break;
    }
    case 'encryption-at-rest': {
      // The store has written its lock at start: with the key wired, it is an encrypted file.
      const written = readdirSync(userData, { withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.name !== KEY_FILE_NAME)
        .map((entry) => entry.name);
      if (written.length === 0) problems.push('the store wrote nothing in the data folder');
      for (const name of written) {
        if (!isEnvelope(readFileSync(path.join(userData, name)))) problems.push(`${name} is not encrypted`);
      }
      let keyFile: { protection?: string } | null = null;
      try {
        keyFile = JSON.parse(readFileSync(path.join(userData, KEY_FILE_NAME), 'utf8')) as { protection?: string };
      } catch {
        problems.push('no data key file');
      }
      if (keyFile && keyFile.protection !== 'os-key-store') problems.push('the data key is not wrapped by the OS key store');
      if (callsTo(calls, 'safeStorage.encryptString').length === 0) problems.push('safeStorage never wrapped the data key');
      break;
    }
    case 'ipc': {
      const handled = new Map(callsTo(calls, 'ipcMain.handle').map((c) => [c.args[0] as string, c.args[1] as (...a: unknown[]) => Promise<unknown>]));
      const expected = channelNames.map((name) => ipcChannel(name));
      const missing = expected.filter((channel) => !handled.has(channel));
      if (missing.length > 0) problems.push(`IPC channels not registered: ${missing.join(', ')}`);
      const extra = [...handled.keys()].filter((channel) => !expected.includes(channel as (typeof expected)[number]));
      if (extra.length > 0) problems.push(`IPC channels outside the contract: ${extra.join(', ')}`);
      const windowId = fake.windows[0]?.webContentsId ?? -1;
      const trusted = { sender: { id: windowId }, senderFrame: { url: 'app://bundle/index.html', parent: null } };
      const foreign = [
        { sender: { id: windowId + 1 }, senderFrame: trusted.senderFrame },
        { sender: trusted.sender, senderFrame: { url: OUTSIDE, parent: null } },
        { sender: trusted.sender, senderFrame: { url: 'app://bundle/index.html', parent: {} } },
      ];
      for (const [channel, handler] of handled) {
        for (const event of foreign) {
          const reply = (await handler(event, undefined)) as { ok: boolean; error?: { code: string } };
          if (reply.ok || reply.error?.code !== 'forbidden') problems.push(`${channel} answers a sender other than the app window`);
        }
      }
      const info = handled.get(ipcChannel('appInfo'));
      const reply = info ? ((await info(trusted, undefined)) as { ok: boolean }) : null;
      if (reply?.ok !== true) problems.push('the app window itself is refused');
      break;
    }
  }
  return problems;
}

/** The listeners main.ts attaches to every new web contents (window, DevTools, any frame). */
function createdContents(fake: FakeElectron): ReturnType<FakeElectron['newWebContents']> {
  const contents = fake.newWebContents(9_999);
  fake.emitAppEvent('web-contents-created', {}, contents);
  return contents;
}
