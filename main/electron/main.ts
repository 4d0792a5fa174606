// Electron lifecycle only: every decision lives in the pure modules beside this file.
import os from 'node:os';
import path from 'node:path';
import { BrowserWindow, app, dialog, ipcMain, nativeTheme, protocol, screen, session, shell } from 'electron';
import { startWithKey } from '../data-key-gate';
import { chooseKeySource } from '../services/crypto/key-source';
import { KEY_FILE_NAME } from '../services/crypto/wrapped-key-provider';
import { APP_ORIGIN, APP_SCHEME, appProtocolPrivileges } from './app-protocol';
import { createAppRequestHandler } from './app-response';
import { contentSecurityPolicy } from './csp';
import { createElectronDialogs } from './dialogs';
import { createCertificateViewer } from './open-certificate';
import { removeViewerCopies } from '../services/certificates/viewer-copy';
import { showSystemNotification } from './notifications';
import { registerAll } from './ipc-handler';
import { installAppMenu } from './menu';
import { shouldAllowNavigation, windowOpenDecision } from './navigation';
import { osKeyProvider, osKeyStoreIsReal } from './os-key-store';
import { permissionCheckDecision, permissionRequestDecision } from './permissions';
import { QUIET_SWITCHES } from './quiet-switches';
import { requestFilterDecision } from './request-filter';
import { buildWindowOptions } from './window-options';
import { firstScreenSearch } from '../../shared/first-screen';
import { loadWindowState, restoreBounds, saveWindowState } from './window-state';

const isDev = !app.isPackaged;
let win: BrowserWindow | null = null;

// Each line tagged "checklist:" wires one item of the README's security checklist; the wiring
// test (tests/unit/electron/main-wiring.test.ts) removes each in turn and expects to notice.
// Before 'ready': privileges cannot be granted to a scheme later, nor switches or the sandbox set.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: appProtocolPrivileges }]); // checklist: privileged-scheme
app.enableSandbox(); // checklist: sandbox
for (const [name, value] of QUIET_SWITCHES) app.commandLine.appendSwitch(name, value); // checklist: quiet-switches

function refuseUnlessApp(event: { url: string; preventDefault(): void }): void {
  if (!shouldAllowNavigation(event.url)) event.preventDefault();
}

if (!app.requestSingleInstanceLock()) {
  // Two instances would write the same data file.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', refuseUnlessApp); // checklist: will-navigate
    contents.on('will-redirect', refuseUnlessApp); // checklist: will-redirect
    contents.on('will-attach-webview', (event) => event.preventDefault()); // checklist: no-webview
    contents.setWindowOpenHandler(openInBrowserInstead); // checklist: window-open
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.whenReady().then(start).catch(fail);
}

function openInBrowserInstead({ url }: { url: string }): { action: 'deny' } {
  const decision = windowOpenDecision(url);
  if (decision.openExternally) void shell.openExternal(new URL(url).toString());
  return { action: decision.action };
}

async function start(): Promise<void> {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((contents, permission, callback) => callback(permissionRequestDecision(permission, contents.getURL()))); // checklist: permission-request
  ses.setPermissionCheckHandler((_contents, permission, origin) => permissionCheckDecision(permission, origin)); // checklist: permission-check
  ses.setDevicePermissionHandler(() => false); // checklist: device-permission
  ses.setSpellCheckerEnabled(false); // checklist: spellchecker
  ses.webRequest.onBeforeRequest((details, callback) => callback(requestFilterDecision(details.url, { isDev }))); // checklist: request-filter

  const handleApp = createAppRequestHandler(path.join(__dirname, '../renderer'), contentSecurityPolicy({ isDev }));
  protocol.handle(APP_SCHEME, (request) => handleApp(request)); // checklist: csp

  const dataDir = app.getPath('userData');
  // The key file decides (services/crypto/key-source.ts): the OS key store, or where there is none
  // (Linux without a keyring) a passphrase, which the renderer's unlock screen asks for.
  const keySource = await chooseKeySource({
    keyFile: path.join(dataDir, KEY_FILE_NAME),
    keyStoreReal: osKeyStoreIsReal(),
    osProvider: () => osKeyProvider(dataDir),
  });
  const started = await startWithKey(
    {
      dataDir,
      bundledCataloguePath: path.join(app.getAppPath(), 'data', 'catalogue.json'),
      app: {
        name: 'TTA Navigator',
        version: app.getVersion(),
        runtime: {
          electron: process.versions.electron,
          chrome: process.versions.chrome,
          node: process.versions.node,
          // IT support asks which OS first; os.version() names the edition (e.g. "Windows 11 Pro").
          os: `${os.version()} ${os.release()} (${process.arch})`,
        },
        license: 'MIT',
      },
      openExternal: (url) => shell.openExternal(url),
      dialogs: createElectronDialogs(() => win),
      notify: showSystemNotification,
      openInViewer: createCertificateViewer(shell),
      log: (message) => console.error(message),
      // Bundled beside index.cjs by scripts/build-main.ts; read as code, so it loads from app.asar too.
      heavyWorkScript: path.join(__dirname, 'heavy-work.cjs'),
    },
    keySource, // checklist: encryption-at-rest
  );
  registerAll(ipcMain, started.dispatch, () => win?.webContents.id ?? null); // checklist: ipc
  // At quit: queued saves finish, a rolling backup is taken and the data-folder lock released.
  let closed = false;
  app.on('before-quit', (event) => {
    // Still locked: nothing was opened, so nothing to close.
    const services = started.services();
    if (closed || !services) return;
    event.preventDefault();
    void services.sync
      .close()
      .catch((error: unknown) => console.error(`Could not close the sharing replica cleanly: ${String(error)}`))
      // Decrypted copies shown in a viewer go with the app.
      .then(() => Promise.all([services.store.close(), services.heavy.close(), removeViewerCopies(os.tmpdir())]))
      .catch((error: unknown) => console.error(`Could not close the data file cleanly: ${String(error)}`))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
  installAppMenu({ isDev, getWindow: () => win });

  const firstScreenKey = () => started.services()?.catalogue.firstScreenKey() ?? null;
  createWindow(firstScreenKey);
  app.on('activate', () => {
    if (!win) createWindow(firstScreenKey);
  });
}

/** `firstScreenKey`: see shared/first-screen.ts; null while the data is locked or another catalogue is in use. */
function createWindow(firstScreenKey: () => string | null): void {
  const stateFile = path.join(app.getPath('userData'), 'window-state.json');
  const restored = restoreBounds(loadWindowState(stateFile), screen.getAllDisplays().map((d) => d.workArea));
  const window = new BrowserWindow(
    buildWindowOptions({
      preloadPath: path.join(__dirname, '../preload/preload.cjs'),
      bounds: restored.bounds,
      isDev,
      backgroundColor: nativeTheme.shouldUseDarkColors ? '#1b1b1f' : '#ffffff',
    }),
  );
  win = window;
  window.once('ready-to-show', () => {
    if (restored.maximised) window.maximize();
    window.show();
  });
  window.on('close', () => {
    try {
      saveWindowState(stateFile, { ...window.getNormalBounds(), maximised: window.isMaximized() });
    } catch (error) {
      console.error(`Could not save the window state: ${(error as Error).message}`);
    }
  });
  window.on('closed', () => {
    if (win === window) win = null;
  });
  // With the key of the pre-rendered first screen when it may be shown: the data is open (no
  // passphrase screen) and the bundled catalogue is in use.
  window.loadURL(`${APP_ORIGIN}/index.html${firstScreenSearch(firstScreenKey())}`).catch((error: unknown) => console.error(`Could not load the app: ${String(error)}`));
}

/** Never crash silently: the user is told why the app cannot start. */
function fail(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error(error);
  dialog.showErrorBox('TTA Navigator could not start', message);
  app.quit();
}
