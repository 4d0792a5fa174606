import type { ChannelInput, ChannelOutput } from './api';
import { channelNames, type ChannelName } from './channel-names';

/** What every transport carries back: errors travel as data so their code and details survive IPC. */
export type Envelope<T> =
  | { ok: true; value: T }
  | { ok: false; error: { code: ApiErrorCode; message: string; details?: string[]; latest?: unknown } };

/** 'not-saved': a change was refused because the data cannot be saved right now (the app-wide banner says why). */
/**
 * 'changed-meanwhile': an edit form's save was refused because the record changed after the
 * form was opened (another coordinator's change arrived); `latest` is the stored record.
 */
export type ApiErrorCode = 'invalid-input' | 'unknown-channel' | 'forbidden' | 'not-found' | 'rejected' | 'not-saved' | 'changed-meanwhile' | 'internal';

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details: string[] = [],
    /** The stored record, for 'changed-meanwhile'. */
    readonly latest?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type Invoke = (channel: ChannelName, input: unknown) => Promise<Envelope<unknown>>;

/**
 * What crosses Electron's contextBridge as window.tta: one named function per
 * channel that resolves to an envelope and never rejects for an app error.
 * contextBridge drops custom properties of thrown errors, so codes and details
 * travel as data and become an ApiError on the renderer side (createClient).
 */
export type Bridge = { [C in ChannelName]: (input?: unknown) => Promise<Envelope<ChannelOutput<C>>> };

export function createBridge(invoke: Invoke): Bridge {
  const bridge: Record<string, (input?: unknown) => Promise<Envelope<unknown>>> = {};
  for (const name of channelNames) bridge[name] = (input?: unknown) => invoke(name, input);
  return bridge as Bridge;
}

/** The renderer's typed client over the bridge. */
export function clientFromBridge(bridge: Bridge): Client {
  return createClient((name, input) => bridge[name](input) as Promise<Envelope<unknown>>);
}

type Args<C extends ChannelName> = undefined extends ChannelInput<C> ? [input?: ChannelInput<C>] : [input: ChannelInput<C>];

export type Client = { [C in ChannelName]: (...args: Args<C>) => Promise<ChannelOutput<C>> };

/** Builds the typed, throwing client over any transport. */
export function createClient(invoke: Invoke): Client {
  const client: Record<string, (input?: unknown) => Promise<unknown>> = {};
  for (const name of channelNames) {
    client[name] = async (input?: unknown) => {
      const envelope = await invoke(name, input);
      if (envelope.ok) return envelope.value;
      throw new ApiError(envelope.error.code, envelope.error.message, envelope.error.details, envelope.error.latest);
    };
  }
  return client as Client;
}
