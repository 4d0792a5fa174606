import { describe, it, expect } from 'vitest';
import { channelNames } from '../../../shared/channel-names';
import { ApiError, clientFromBridge } from '../../../shared/client';
import { MENU_COMMAND_CHANNEL, menuCommands, type MenuCommand } from '../../../shared/menu-commands';
import { EARLY_COMMAND_LIMIT, buildCommandSubscription, buildPreloadApi, type IpcSubscribe } from '../../../main/electron/preload-api';

function fakeInvoke(reply: unknown = { ok: true, value: 'done' }) {
  const calls: { channel: string; input: unknown }[] = [];
  const invoke = async (channel: string, input: unknown) => {
    calls.push({ channel, input });
    return reply;
  };
  return { invoke, calls };
}

/** A stand-in for ipcRenderer.on: records subscriptions and lets a test play the main process. */
function fakeSubscribe() {
  const handlers = new Map<string, Set<(payload: unknown) => void>>();
  const subscribe: IpcSubscribe = (channel, handler) => {
    const set = handlers.get(channel) ?? new Set();
    set.add(handler);
    handlers.set(channel, set);
    return () => set.delete(handler);
  };
  const send = (channel: string, payload: unknown) => handlers.get(channel)?.forEach((h) => h(payload));
  const count = () => [...handlers.values()].reduce((n, set) => n + set.size, 0);
  return { subscribe, send, count };
}

const noSubscribe: IpcSubscribe = () => () => undefined;

/** A main process that sends `n` valid commands, cycling through the list, as soon as the preload listens. */
function fakeSubscribeAndSend(n: number): IpcSubscribe {
  return (_channel, handler) => {
    for (let i = 0; i < n; i++) handler(menuCommands[i % menuCommands.length]);
    return () => undefined;
  };
}

describe('buildPreloadApi', () => {
  it("exposes exactly the contract's functions and onCommand, and no other key", () => {
    const api = buildPreloadApi(fakeInvoke().invoke, noSubscribe);
    expect(Object.keys(api).sort()).toEqual([...channelNames, 'onCommand'].sort());
    expect(Object.getOwnPropertySymbols(api)).toEqual([]);
  });

  it('is a plain object of plain functions that contextBridge can copy', () => {
    const api = buildPreloadApi(fakeInvoke().invoke, noSubscribe) as unknown as Record<string, unknown>;
    expect(Object.getPrototypeOf(api)).toBe(Object.prototype);
    for (const [name, value] of Object.entries(api)) {
      expect(value, name).toBeTypeOf('function');
      const descriptor = Object.getOwnPropertyDescriptor(api, name);
      expect(descriptor?.get).toBeUndefined();
    }
  });

  it('leaks no IPC object: nothing named like ipcRenderer, invoke, send or on', () => {
    const api = buildPreloadApi(fakeInvoke().invoke, noSubscribe) as unknown as Record<string, unknown>;
    for (const key of ['ipcRenderer', 'invoke', 'send', 'on', 'sendSync', 'postMessage']) expect(api[key]).toBeUndefined();
  });

  it('routes each function to tta:<name> with its input', async () => {
    const { invoke, calls } = fakeInvoke();
    const api = buildPreloadApi(invoke, noSubscribe) as unknown as Record<string, (input?: unknown) => Promise<unknown>>;
    for (const name of channelNames) {
      expect(await api[name]?.({ probe: name })).toEqual({ ok: true, value: 'done' });
    }
    expect(calls).toEqual(channelNames.map((name) => ({ channel: `tta:${name}`, input: { probe: name } })));
  });

  it('carries errors as data, so code and details survive contextBridge', async () => {
    const envelope = { ok: false, error: { code: 'rejected', message: 'no', details: ['file.json: trainings[2].title: Required'] } };
    const api = buildPreloadApi(fakeInvoke(envelope).invoke, noSubscribe);
    await expect(api.appInfo()).resolves.toEqual(envelope);
    // The renderer's client turns the envelope back into an ApiError with everything intact.
    const client = clientFromBridge(api);
    await expect(client.appInfo()).rejects.toBeInstanceOf(ApiError);
    await expect(client.appInfo()).rejects.toMatchObject({ code: 'rejected', message: 'no', details: envelope.error.details });
  });
});

describe('onCommand', () => {
  it('passes each menu command id, and nothing else, to the listener', () => {
    const ipc = fakeSubscribe();
    const received: unknown[][] = [];
    buildPreloadApi(fakeInvoke().invoke, ipc.subscribe).onCommand((...args) => received.push(args));
    for (const command of menuCommands) ipc.send(MENU_COMMAND_CHANNEL, command);
    expect(received).toEqual(menuCommands.map((command) => [command]));
  });

  it('drops anything that is not a known command id', () => {
    const ipc = fakeSubscribe();
    const received: MenuCommand[] = [];
    buildCommandSubscription(ipc.subscribe).onCommand((command) => received.push(command));
    const junk = ['open-data-folder', 'GO-SETTINGS', ' go-settings', '', 42, null, undefined, { command: 'go-settings' }, ['go-settings'], () => 'go-settings'];
    for (const payload of junk) ipc.send(MENU_COMMAND_CHANNEL, payload);
    expect(received).toEqual([]);
  });

  it('listens on the menu channel only, and a stopped listener hears nothing more', () => {
    const ipc = fakeSubscribe();
    const received: MenuCommand[] = [];
    const stop = buildCommandSubscription(ipc.subscribe).onCommand((command) => received.push(command));
    ipc.send('tta:appInfo', 'go-settings');
    ipc.send(MENU_COMMAND_CHANNEL, 'go-settings');
    expect(ipc.count()).toBe(1);
    stop();
    ipc.send(MENU_COMMAND_CHANNEL, 'find');
    expect(received).toEqual(['go-settings']);
  });

  it('keeps commands sent before anyone listens (the window still loading) for the first listener, the newest few only', () => {
    const ipc = fakeSubscribe();
    const { onCommand } = buildCommandSubscription(ipc.subscribe);
    expect(ipc.count()).toBe(1);
    ipc.send(MENU_COMMAND_CHANNEL, 'go-settings');
    ipc.send(MENU_COMMAND_CHANNEL, 'not-a-command');
    const first: MenuCommand[] = [];
    const second: MenuCommand[] = [];
    onCommand((command) => first.push(command));
    onCommand((command) => second.push(command));
    expect(first).toEqual(['go-settings']);
    expect(second).toEqual([]);

    const later = buildCommandSubscription(fakeSubscribeAndSend(menuCommands.length + 3));
    const got: MenuCommand[] = [];
    later.onCommand((command) => got.push(command));
    expect(got).toHaveLength(EARLY_COMMAND_LIMIT);
  });

  it('keeps commands sent between one listener stopping and the next starting (a screen remounting)', () => {
    const ipc = fakeSubscribe();
    const { onCommand } = buildCommandSubscription(ipc.subscribe);
    onCommand(() => undefined)();
    ipc.send(MENU_COMMAND_CHANNEL, 'find');
    const received: MenuCommand[] = [];
    onCommand((command) => received.push(command));
    expect(received).toEqual(['find']);
  });

  it('refuses a listener that is not a function', () => {
    const { onCommand } = buildCommandSubscription(fakeSubscribe().subscribe);
    expect(() => onCommand('go-settings' as never)).toThrow(TypeError);
  });
});
