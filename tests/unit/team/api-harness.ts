import { fileURLToPath } from 'node:url';
import { bootstrap } from '../../../main/bootstrap';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/api';
import type { Envelope } from '../../../shared/client';

const CATALOGUE = fileURLToPath(new URL('../../../data/catalogue.json', import.meta.url));

/**
 * The real handlers behind the real dispatcher, over a store in `dir` and the bundled
 * catalogue: what the renderer reaches, minus the transport.
 */
export async function openApi(dir: string, options: { now?: () => Date; notify?: (title: string, body: string) => void } = {}) {
  const saveAnswers: (string | null)[] = [];
  /** Files the open dialog answers with, in turn (then: cancelled). */
  const openAnswers: (string | null)[] = [];
  const suggestedNames: string[] = [];
  const logs: string[] = [];
  const { dispatch, services } = await bootstrap({
    dataDir: dir,
    bundledCataloguePath: CATALOGUE,
    app: { name: 'TTA Navigator', version: '0.0.0-test', runtime: {}, license: 'MIT' },
    openExternal: async () => undefined,
    dialogs: {
      chooseOpenFile: async () => openAnswers.shift() ?? null,
      chooseSaveFile: async ({ defaultName }) => {
        suggestedNames.push(defaultName);
        return saveAnswers.shift() ?? null;
      },
    },
    now: options.now ?? (() => new Date('2026-06-01T12:00:00.000Z')),
    ...(options.notify ? { notify: options.notify } : {}),
    log: (m) => logs.push(m),
  });
  /** Calls a channel and returns its envelope (errors as data, as the renderer gets them). */
  const raw = <C extends ChannelName>(channel: C, input: ChannelInput<C>) => dispatch(channel, input) as Promise<Envelope<ChannelOutput<C>>>;
  /** Calls a channel and unwraps a success; a failure fails the test with its message. */
  const call = async <C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const envelope = await raw(channel, input);
    if (!envelope.ok) throw new Error(`${channel} failed: ${envelope.error.message} ${JSON.stringify(envelope.error.details ?? [])}`);
    return envelope.value;
  };
  return { raw, call, services, saveAnswers, openAnswers, suggestedNames, logs };
}
