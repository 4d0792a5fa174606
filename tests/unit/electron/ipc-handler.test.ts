import { describe, it, expect } from 'vitest';
import { channelNames, ipcChannel } from '../../../shared/channel-names';
import type { Envelope } from '../../../shared/client';
import type { Dispatch } from '../../../main/dispatch';
import { createIpcHandler, registerAll, type IpcHandler } from '../../../main/electron/ipc-handler';
import type { SenderEventLike } from '../../../main/electron/sender';

const WINDOW_ID = 3;
const trusted: SenderEventLike = { senderFrame: { url: 'app://bundle/index.html', parent: null }, sender: { id: WINDOW_ID } };

function fakeDispatch() {
  const calls: { channel: unknown; input: unknown }[] = [];
  const dispatch: Dispatch = async (channel, input) => {
    calls.push({ channel, input });
    return { ok: true, value: { echoed: input } };
  };
  return { dispatch, calls };
}

describe('createIpcHandler', () => {
  it('passes a trusted call through to dispatch with its channel name and input untouched', async () => {
    const { dispatch, calls } = fakeDispatch();
    const input = { name: 'backup-1.json' };
    const result = await createIpcHandler(dispatch, () => WINDOW_ID, 'automaticBackupRestore')(trusted, input);
    expect(calls).toEqual([{ channel: 'automaticBackupRestore', input }]);
    expect(calls[0]?.input).toBe(input);
    expect(result).toEqual({ ok: true, value: { echoed: input } });
  });

  it('returns the dispatch envelope as-is, errors included', async () => {
    const failure: Envelope<unknown> = { ok: false, error: { code: 'invalid-input', message: 'bad', details: ['x'] } };
    const handler = createIpcHandler(async () => failure, () => WINDOW_ID, 'settingsSet');
    expect(await handler(trusted, { nope: 1 })).toBe(failure);
  });

  it.each<[string, SenderEventLike, number | null]>([
    ['no frame', { senderFrame: null, sender: { id: WINDOW_ID } }, WINDOW_ID],
    ['a sub-frame', { senderFrame: { url: 'app://bundle/index.html', parent: {} }, sender: { id: WINDOW_ID } }, WINDOW_ID],
    ['a foreign page', { senderFrame: { url: 'https://example.org/', parent: null }, sender: { id: WINDOW_ID } }, WINDOW_ID],
    ['another webContents', { ...trusted, sender: { id: 99 } }, WINDOW_ID],
    ['no window yet', trusted, null],
  ])('answers forbidden for %s without calling dispatch', async (_label, event, windowId) => {
    const { dispatch, calls } = fakeDispatch();
    const result = await createIpcHandler(dispatch, () => windowId, 'openExternal')(event, { url: 'https://example.org' });
    expect(calls).toEqual([]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('forbidden');
  });

  it('reads the window id at call time, so a recreated window is recognised', async () => {
    const { dispatch, calls } = fakeDispatch();
    let windowId: number | null = null;
    const handler = createIpcHandler(dispatch, () => windowId, 'appInfo');
    expect((await handler(trusted, undefined)).ok).toBe(false);
    windowId = WINDOW_ID;
    expect((await handler(trusted, undefined)).ok).toBe(true);
    expect(calls).toHaveLength(1);
  });

  it('turns a throwing dispatch into an internal error envelope', async () => {
    const handler = createIpcHandler(
      async () => {
        throw new Error('boom');
      },
      () => WINDOW_ID,
      'appInfo',
    );
    const result = await handler(trusted, undefined);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'internal' });
  });
});

describe('registerAll', () => {
  it('registers exactly the contract channels, once each, under tta:<name>', () => {
    const registered: string[] = [];
    registerAll({ handle: (channel) => registered.push(channel) }, fakeDispatch().dispatch, () => WINDOW_ID);
    expect(registered).toHaveLength(channelNames.length);
    expect(new Set(registered).size).toBe(registered.length);
    expect([...registered].sort()).toEqual(channelNames.map((name) => ipcChannel(name)).sort());
    for (const channel of registered) expect(channel).toMatch(/^tta:[A-Za-z]+$/);
  });

  it('wires each IPC channel to its own contract name and guards every one', async () => {
    const listeners = new Map<string, IpcHandler>();
    const { dispatch, calls } = fakeDispatch();
    registerAll({ handle: (channel, listener) => listeners.set(channel, listener) }, dispatch, () => WINDOW_ID);
    for (const name of channelNames) {
      const listener = listeners.get(ipcChannel(name));
      expect(listener).toBeTypeOf('function');
      await listener?.(trusted, { probe: name });
      const refused = await listener?.({ ...trusted, sender: { id: 0 } }, { probe: name });
      expect(refused?.ok).toBe(false);
    }
    expect(calls).toEqual(channelNames.map((name) => ({ channel: name, input: { probe: name } })));
  });
});
