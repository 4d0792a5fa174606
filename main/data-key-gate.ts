import { channelNames, isChannelName, type ChannelName } from '../shared/channel-names';
import type { UnlockResult, UnlockStatus } from '../shared/model/data-key';
import type { Handlers } from './api';
import type { ApiServices } from './api-services';
import { bootstrap, type BootstrapOptions } from './bootstrap';
import { createDispatch, type Dispatch } from './dispatch';
import type { KeySource } from './services/crypto/key-source';
import { waitSecondsAfter } from './services/crypto/unlock-back-off';
import { passphraseWrapper, readKeyProtection, rewrapKeyFile, WrongPassphraseError, wrappedKeyProvider } from './services/crypto/wrapped-key-provider';
import { UserFacingError } from './services/user-facing-error';
import { supportContext } from './handlers/settings-handlers';
import { supportPath } from '../shared/support-path';

export interface StartedApp {
  /** The one door for both transports: answers at once, even while the data is locked. */
  dispatch: Dispatch;
  /** Settles when the data folder is open (at once with the OS key store or a key file). */
  opened: Promise<{ dispatch: Dispatch; services: ApiServices }>;
  /** The open app's services, or null while locked (quitting then has nothing to close). */
  services(): ApiServices | null;
}

const UNLOCK_CHANNELS = ['unlockStatus', 'unlockCreate', 'unlockOpen'] as const satisfies readonly ChannelName[];
type UnlockChannel = (typeof UNLOCK_CHANNELS)[number];
const isUnlockChannel = (channel: unknown): channel is UnlockChannel => (UNLOCK_CHANNELS as readonly unknown[]).includes(channel);

/**
 * Starts the main side with the data key from `source`. A provider (the OS key store, a key file)
 * opens the data folder now. A passphrase starts locked: the unlock channels are answered here,
 * every other call waits until the data is open and then goes to the real dispatch, so the
 * renderer's first requests (settings, catalogue) need no special path.
 *
 * Nothing is written to the data folder before the right passphrase is typed (or, on a first
 * start, before one is chosen): a wrong passphrase changes nothing, and the key file is never
 * replaced by a fresh key.
 */
export async function startWithKey(options: Omit<BootstrapOptions, 'keyProvider' | 'changePassphrase'>, source: KeySource, clock: () => number = Date.now): Promise<StartedApp> {
  if (source.kind === 'provider') {
    const app = await bootstrap({ ...options, keyProvider: source.provider });
    return { dispatch: app.dispatch, opened: Promise.resolve(app), services: () => app.services };
  }

  const { keyFile, logN } = source;
  let app: { dispatch: Dispatch; services: ApiServices } | null = null;
  let markOpened: (value: { dispatch: Dispatch; services: ApiServices }) => void = () => undefined;
  const opened = new Promise<{ dispatch: Dispatch; services: ApiServices }>((resolve) => (markOpened = resolve));
  let failures = 0;
  let retryAt = 0;
  // One attempt at a time: two quick clicks must not race to create or open the key.
  let queue: Promise<unknown> = Promise.resolve();
  const waitLeft = (): number => Math.max(0, Math.ceil((retryAt - clock()) / 1000));

  const changePassphrase = async (current: string, next: string): Promise<void> => {
    try {
      await rewrapKeyFile(keyFile, passphraseWrapper(current), passphraseWrapper(next, logN));
    } catch (error) {
      if (error instanceof WrongPassphraseError) throw new UserFacingError('The current passphrase is not right. Nothing was changed.');
      throw error;
    }
  };

  const openWith = async (passphrase: string, create: boolean): Promise<UnlockResult> => {
    if (app) throw new UserFacingError('Your data is already open.');
    const found = await readKeyProtection(keyFile);
    if (create && found !== 'none') throw new UserFacingError('A passphrase is already set for this data folder. Type it to open your data.');
    if (!create && found === 'none') throw new UserFacingError('No passphrase has been set for this data folder yet.');
    const provider = wrappedKeyProvider(keyFile, passphraseWrapper(passphrase, logN));
    if (!create) {
      const wait = waitLeft();
      if (wait > 0) return { opened: false, message: `Too many wrong passphrases. Wait ${wait} seconds, then try again.`, retryInSeconds: wait };
      try {
        // Unwrapped here, before anything else opens the folder; the provider keeps the key for bootstrap.
        await provider.dataKey();
      } catch (error) {
        if (!(error instanceof WrongPassphraseError)) throw error;
        failures += 1;
        retryAt = clock() + waitSecondsAfter(failures) * 1000;
        const left = waitLeft();
        return { opened: false, message: left > 0 ? `${error.message} After ${failures} wrong tries, wait ${left} seconds before the next one.` : error.message, retryInSeconds: left };
      }
    }
    // A first start creates the key inside bootstrap, after its check that no encrypted file is waiting for a lost key.
    app = await bootstrap({ ...options, keyProvider: provider, changePassphrase });
    failures = 0;
    markOpened(app);
    return { opened: true };
  };
  const serialised = (passphrase: string, create: boolean): Promise<UnlockResult> => {
    const attempt = queue.then(() => openWith(passphrase, create));
    queue = attempt.catch(() => undefined);
    return attempt;
  };

  const unlock: Pick<Handlers, UnlockChannel> = {
    async unlockStatus(): Promise<UnlockStatus> {
      if (app) return { state: 'open' };
      const found = await readKeyProtection(keyFile);
      const dataFolder = supportPath(options.dataDir, supportContext());
      if (found === 'none') return { state: 'new-passphrase', dataFolder };
      if (found === 'os-key-store') throw new UserFacingError('Your data is locked with the system keyring, not a passphrase. Start TTA Navigator again.');
      return { state: 'locked', retryInSeconds: waitLeft(), dataFolder };
    },
    unlockCreate: ({ passphrase }) => serialised(passphrase, true),
    unlockOpen: ({ passphrase }) => serialised(passphrase, false),
  };
  // Only the unlock channels run while locked; the others never reach this table (they wait below).
  const waiting = Object.fromEntries(channelNames.map((name) => [name, () => Promise.reject(new Error(`${name} ran while the data was locked`))]));
  const locked = createDispatch({ ...waiting, ...unlock } as Handlers, options.log);

  const dispatch: Dispatch = async (channel, input) => {
    if (app) return app.dispatch(channel, input);
    // An unknown channel is refused now by the same dispatch, not held.
    if (isUnlockChannel(channel) || !isChannelName(channel)) return locked(channel, input);
    return (await opened).dispatch(channel, input);
  };
  return { dispatch, opened, services: () => app?.services ?? null };
}
