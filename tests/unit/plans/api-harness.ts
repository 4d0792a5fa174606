import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bootstrap } from '../../../main/bootstrap';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/api';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The real dispatcher and services over a temp data folder, with scripted dialog answers. */
export async function startApi(dataDir: string, now = () => new Date('2026-06-01T12:00:00')) {
  const answers = { open: [] as (string | null)[], save: [] as (string | null)[], suggestedNames: [] as string[] };
  const { dispatch, services } = await bootstrap({
    dataDir,
    bundledCataloguePath: join(ROOT, 'data', 'catalogue.json'),
    app: { name: 'TTA Navigator', version: '0.0.0-test', runtime: {}, license: 'MIT' },
    openExternal: async () => undefined,
    dialogs: {
      chooseOpenFile: async () => answers.open.shift() ?? null,
      chooseSaveFile: async ({ defaultName }) => {
        answers.suggestedNames.push(defaultName);
        return answers.save.shift() ?? null;
      },
    },
    now,
  });
  /** Calls a channel and returns its value, or throws with the envelope's error. */
  async function call<C extends ChannelName>(name: C, ...input: undefined extends ChannelInput<C> ? [ChannelInput<C>?] : [ChannelInput<C>]): Promise<ChannelOutput<C>> {
    const envelope = await dispatch(name, input[0]);
    if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), { code: envelope.error.code, details: envelope.error.details });
    return envelope.value as ChannelOutput<C>;
  }
  return { dispatch, services, answers, call };
}
