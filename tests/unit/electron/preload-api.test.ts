import { describe, it, expect } from 'vitest';
import { channelNames } from '../../../shared/channel-names';
import { ApiError, clientFromBridge } from '../../../shared/client';
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
      expect(await api[name]?.({ probe: name })).toEqual({ ok: true, value: 'done' });
    }
    expect(calls).toEqual(channelNames.map((name) => ({ channel: `tta:${name}`, input: { probe: name } })));
  });

  it('carries errors as data, so code and details survive contextBridge', async () => {
    const envelope = { ok: false, error: { code: 'rejected', message: 'no', details: ['file.json: trainings[2].title: Required'] } };
    const api = buildPreloadApi(fakeInvoke(envelope).invoke);
    await expect(api.appInfo()).resolves.toEqual(envelope);
    // The renderer's client turns the envelope back into an ApiError with everything intact.
    const client = clientFromBridge(api);
    await expect(client.appInfo()).rejects.toBeInstanceOf(ApiError);
    await expect(client.appInfo()).rejects.toMatchObject({ code: 'rejected', message: 'no', details: envelope.error.details });
  });
});
