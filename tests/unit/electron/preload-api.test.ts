import { describe, it, expect } from 'vitest';
import { channelNames } from '../../../shared/channel-names';
import { ApiError } from '../../../shared/client';
import { buildPreloadApi } from '../../../main/electron/preload-api';

function fakeInvoke(reply: unknown = { ok: true, value: 'done' }) {
  const calls: { channel: string; input: unknown }[] = [];
  const invoke = async (channel: string, input: unknown) => {
    calls.push({ channel, input });
    return reply;
  };
  return { invoke, calls };
}

describe('buildPreloadApi', () => {
  it("exposes exactly the contract's functions and no other key", () => {
    const api = buildPreloadApi(fakeInvoke().invoke);
    expect(Object.keys(api).sort()).toEqual([...channelNames].sort());
    expect(Object.getOwnPropertySymbols(api)).toEqual([]);
  });

  it('is a plain object of plain functions that contextBridge can copy', () => {
    const api = buildPreloadApi(fakeInvoke().invoke) as unknown as Record<string, unknown>;
    expect(Object.getPrototypeOf(api)).toBe(Object.prototype);
    for (const [name, value] of Object.entries(api)) {
      expect(value, name).toBeTypeOf('function');
      const descriptor = Object.getOwnPropertyDescriptor(api, name);
      expect(descriptor?.get).toBeUndefined();
    }
  });

  it('leaks no IPC object: nothing named like ipcRenderer, invoke, send or on', () => {
    const api = buildPreloadApi(fakeInvoke().invoke) as unknown as Record<string, unknown>;
    for (const key of ['ipcRenderer', 'invoke', 'send', 'on', 'sendSync', 'postMessage']) expect(api[key]).toBeUndefined();
  });

  it('routes each function to tta:<name> with its input', async () => {
    const { invoke, calls } = fakeInvoke();
    const api = buildPreloadApi(invoke) as unknown as Record<string, (input?: unknown) => Promise<unknown>>;
    for (const name of channelNames) {
      expect(await api[name]?.({ probe: name })).toBe('done');
    }
    expect(calls).toEqual(channelNames.map((name) => ({ channel: `tta:${name}`, input: { probe: name } })));
  });

  it('turns an error envelope into a rejected ApiError', async () => {
    const api = buildPreloadApi(fakeInvoke({ ok: false, error: { code: 'forbidden', message: 'no' } }).invoke);
    await expect(api.appInfo()).rejects.toBeInstanceOf(ApiError);
    await expect(api.appInfo()).rejects.toMatchObject({ code: 'forbidden', message: 'no' });
  });
});
