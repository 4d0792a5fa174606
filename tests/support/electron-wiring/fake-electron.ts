import type Electron from 'electron';

/**
 * A stand-in for the parts of the `electron` module main.ts uses, typed against Electron's own
 * .d.ts: every member is picked by name from Electron's interfaces and takes Electron's
 * parameter types, so a misspelt API or a wrong argument fails the typecheck here. Methods that
 * return their owner (`on(...): this`) may return anything: main.ts never chains them. Object
 * members (app.commandLine, session.webRequest) are stand-ins of their own, typed the same way.
 */
type StandIn<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => infer R ? (...args: A) => R extends T ? unknown : R : T[P] extends object ? unknown : T[P];
};

type Listener = (...args: never[]) => unknown;

/** What main.ts did, in order, and whether 'ready' had fired yet. */
export interface Call {
  api: string;
  args: unknown[];
  beforeReady: boolean;
}

export interface FakeWebContents {
  id: number;
  listeners: Map<string, Listener[]>;
  windowOpenHandler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0] | null;
}

export interface FakeElectron {
  module: Record<string, unknown>;
  calls: Call[];
  fireReady(): void;
  /** Resolves when main.ts has loaded the window's page, or rejects when it reported a start failure. */
  started: Promise<void>;
  emitAppEvent(event: string, ...args: unknown[]): void;
  windows: { options: Electron.BrowserWindowConstructorOptions; webContentsId: number; url: string | null }[];
  newWebContents(id: number): FakeWebContents;
  opened: string[];
}

export function createFakeElectron({
  userData,
  appPath,
  keyStoreBackend = 'gnome_libsecret',
}: {
  userData: string;
  appPath: string;
  /** What safeStorage reports on Linux; "basic_text" is a computer without a keyring. */
  keyStoreBackend?: ReturnType<Electron.SafeStorage['getSelectedStorageBackend']>;
}): FakeElectron {
  const calls: Call[] = [];
  let ready = false;
  let markReady: () => void = () => undefined;
  const readyPromise = new Promise<void>((resolve) => (markReady = resolve));
  let markStarted: () => void = () => undefined;
  let markFailed: (error: Error) => void = () => undefined;
  const started = new Promise<void>((resolve, reject) => {
    markStarted = resolve;
    markFailed = reject;
  });
  const record = (api: string, args: unknown[]): void => {
    calls.push({ api, args, beforeReady: !ready });
  };
  const appListeners = new Map<string, Listener[]>();
  const opened: string[] = [];
  const windows: FakeElectron['windows'] = [];
  let nextId = 1;

  const commandLine: StandIn<Electron.CommandLine, 'appendSwitch'> = {
    appendSwitch: (...args) => record('app.commandLine.appendSwitch', args),
  };

  const app: StandIn<
    Electron.App,
    'enableSandbox' | 'requestSingleInstanceLock' | 'quit' | 'whenReady' | 'getPath' | 'getAppPath' | 'getVersion' | 'isPackaged' | 'name' | 'commandLine'
  > & { on(event: string, listener: Listener): unknown } = {
    enableSandbox: (...args) => record('app.enableSandbox', args),
    requestSingleInstanceLock: (...args) => {
      record('app.requestSingleInstanceLock', args);
      return true;
    },
    quit: (...args) => record('app.quit', args),
    whenReady: () => readyPromise,
    getPath: (name) => {
      if (name !== 'userData') throw new Error(`the wiring test has no path for ${name}`);
      return userData;
    },
    getAppPath: () => appPath,
    getVersion: () => '0.0.0-wiring',
    isPackaged: true,
    name: 'TTA Navigator',
    commandLine,
    on: (event, listener) => {
      record('app.on', [event]);
      appListeners.set(event, [...(appListeners.get(event) ?? []), listener]);
    },
  };

  const protocol: StandIn<Electron.Protocol, 'registerSchemesAsPrivileged' | 'handle'> = {
    registerSchemesAsPrivileged: (...args) => record('protocol.registerSchemesAsPrivileged', args),
    handle: (...args) => record('protocol.handle', args),
  };

  const webRequest: StandIn<Electron.WebRequest, 'onBeforeRequest'> = {
    onBeforeRequest: (...args) => record('session.webRequest.onBeforeRequest', args),
  };
  const defaultSession: StandIn<
    Electron.Session,
    'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'setSpellCheckerEnabled' | 'webRequest'
  > = {
    setPermissionRequestHandler: (...args) => record('session.setPermissionRequestHandler', args),
    setPermissionCheckHandler: (...args) => record('session.setPermissionCheckHandler', args),
    setDevicePermissionHandler: (...args) => record('session.setDevicePermissionHandler', args),
    setSpellCheckerEnabled: (...args) => record('session.setSpellCheckerEnabled', args),
    webRequest,
  };

  const ipcMain: StandIn<Electron.IpcMain, 'handle'> = {
    handle: (...args) => record('ipcMain.handle', args),
  };

  const newWebContents = (id: number): FakeWebContents & StandIn<Electron.WebContents, 'setWindowOpenHandler' | 'send'> & { on(event: string, listener: Listener): unknown } => {
    const contents: FakeWebContents & StandIn<Electron.WebContents, 'setWindowOpenHandler' | 'send'> & { on(event: string, listener: Listener): unknown } = {
      id,
      listeners: new Map(),
      windowOpenHandler: null,
      on: (event, listener) => contents.listeners.set(event, [...(contents.listeners.get(event) ?? []), listener]),
      setWindowOpenHandler: (handler) => {
        contents.windowOpenHandler = handler;
      },
      send: () => undefined,
    };
    return contents;
  };

  class BrowserWindow
    implements
      StandIn<
        Electron.BrowserWindow,
        'once' | 'on' | 'isMinimized' | 'restore' | 'focus' | 'maximize' | 'show' | 'getNormalBounds' | 'isMaximized' | 'loadURL'
      >
  {
    readonly webContents: ReturnType<typeof newWebContents>;
    private readonly entry: FakeElectron['windows'][number];
    constructor(options: Electron.BrowserWindowConstructorOptions) {
      this.webContents = newWebContents(1000 + nextId++);
      this.entry = { options, webContentsId: this.webContents.id, url: null };
      windows.push(this.entry);
    }
    once = (): unknown => this;
    on = (): unknown => this;
    isMinimized = (): boolean => false;
    restore = (): void => undefined;
    focus = (): void => undefined;
    maximize = (): void => undefined;
    show = (): void => undefined;
    getNormalBounds = (): Electron.Rectangle => ({ x: 0, y: 0, width: 1280, height: 800 });
    isMaximized = (): boolean => false;
    loadURL = async (url: string): Promise<void> => {
      this.entry.url = url;
      markStarted();
    };
  }

  const screen: StandIn<Electron.Screen, 'getAllDisplays'> = {
    getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } } as Electron.Display],
  };
  const nativeTheme: StandIn<Electron.NativeTheme, 'shouldUseDarkColors'> = { shouldUseDarkColors: false };
  const dialog: StandIn<Electron.Dialog, 'showErrorBox'> = {
    showErrorBox: (title, content) => {
      record('dialog.showErrorBox', [title, content]);
      markFailed(new Error(`${title}: ${content}`));
    },
  };
  const shell: StandIn<Electron.Shell, 'openExternal' | 'openPath'> = {
    openExternal: async (url) => {
      opened.push(url);
    },
    openPath: async () => '',
  };
  // An OS key store that works (as DPAPI or a Linux keyring would); its "wrapping" is a marked copy, enough to see it was used.
  const safeStorage: StandIn<Electron.SafeStorage, 'isEncryptionAvailable' | 'getSelectedStorageBackend' | 'encryptString' | 'decryptString'> = {
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: () => keyStoreBackend,
    encryptString: (plainText) => {
      record('safeStorage.encryptString', []);
      return Buffer.concat([Buffer.from('FAKE-OS-KEY-STORE:'), Buffer.from(plainText).reverse()]);
    },
    decryptString: (encrypted) => {
      record('safeStorage.decryptString', []);
      return Buffer.from(encrypted.subarray('FAKE-OS-KEY-STORE:'.length)).reverse().toString();
    },
  };
  const Menu: StandIn<typeof Electron.Menu, 'buildFromTemplate' | 'setApplicationMenu'> = {
    buildFromTemplate: () => ({}) as Electron.Menu,
    setApplicationMenu: () => undefined,
  };

  return {
    module: { app, protocol, session: { defaultSession }, ipcMain, BrowserWindow, screen, nativeTheme, dialog, shell, Menu, safeStorage },
    calls,
    fireReady: () => {
      ready = true;
      markReady();
    },
    started,
    emitAppEvent: (event, ...args) => {
      for (const listener of appListeners.get(event) ?? []) (listener as (...a: unknown[]) => unknown)(...args);
    },
    windows,
    newWebContents,
    opened,
  };
}
