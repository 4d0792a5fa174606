import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bootstrap, type BootstrapOptions } from '../../../main/bootstrap';
import { decodeUserData } from '../../../main/services/decode-user-data';
import { DATA_FILE_NAME } from '../../../main/services/store';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/api';
import type { Envelope } from '../../../shared/client';
import type { UserData } from '../../../shared/model/user-data';

const CATALOGUE = fileURLToPath(new URL('../../../data/catalogue.json', import.meta.url));

/**
 * The whole main side as the app starts it (bootstrap + dispatch) over a data folder,
 * with the store's fs and timing injectable: what the judged reproductions run through.
 */
export async function startApp(
  dir: string,
  options: { version?: string; store?: BootstrapOptions['store']; now?: () => Date; keyProvider?: BootstrapOptions['keyProvider']; heavyWorkScript?: string } = {},
) {
  const answers = { open: [] as (string | null)[], save: [] as (string | null)[] };
  const { dispatch, services } = await bootstrap({
    dataDir: dir,
    bundledCataloguePath: CATALOGUE,
    app: { name: 'TTA Navigator', version: options.version ?? '1.0.0', runtime: {}, license: 'MIT' },
    openExternal: async () => undefined,
    dialogs: {
      chooseOpenFile: async () => answers.open.shift() ?? null,
      chooseSaveFile: async () => answers.save.shift() ?? null,
    },
    now: options.now ?? (() => new Date('2026-06-01T12:00:00.000Z')),
    store: { readDelaysMs: [1, 2, 4], renameDelaysMs: [1, 2, 4], ...options.store },
    ...(options.heavyWorkScript ? { heavyWorkScript: options.heavyWorkScript } : {}),
    ...(options.keyProvider ? { keyProvider: options.keyProvider } : {}),
  });
  const raw = <C extends ChannelName>(channel: C, input: ChannelInput<C>) => dispatch(channel, input) as Promise<Envelope<ChannelOutput<C>>>;
  const call = async <C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const envelope = await raw(channel, input);
    if (!envelope.ok) throw new Error(`${channel} failed (${envelope.error.code}): ${envelope.error.message} ${JSON.stringify(envelope.error.details ?? [])}`);
    return envelope.value;
  };
  return { raw, call, services, answers };
}

/** The data file as the next start decodes it in full; fails the test if it would not open. */
export async function decodedOnDisk(dir: string): Promise<UserData> {
  const decoded = decodeUserData(await readFile(join(dir, DATA_FILE_NAME), 'utf8'), DATA_FILE_NAME);
  if (!decoded.ok) throw new Error(decoded.message);
  return decoded.data;
}

export const memberInput = (name: string) => ({ name, role: 'Detective', agency: 'County SO', audiences: ['law-enforcement'] });
