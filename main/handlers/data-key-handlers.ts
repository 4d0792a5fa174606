import type { dataKeyChannels } from '../../shared/contract/data-key-channels';
import type { ApiServices } from '../api-services';
import { UserFacingError } from '../services/user-facing-error';
import type { HandlersFor } from './handler-types';

/**
 * Once the data is open. Before that, where a passphrase protects the key, main/data-key-gate.ts
 * answers the unlock channels itself and holds every other call.
 */
export function createDataKeyHandlers(services: ApiServices): HandlersFor<typeof dataKeyChannels> {
  const alreadyOpen = async (): Promise<never> => {
    throw new UserFacingError('Your data is already open.');
  };
  return {
    unlockStatus: async () => ({ state: 'open' }),
    unlockCreate: alreadyOpen,
    unlockOpen: alreadyOpen,
    dataProtectionGet: async () => services.dataKey.protection,
    async passphraseChange({ current, next }) {
      const change = services.dataKey.changePassphrase;
      if (!change) throw new UserFacingError(`Your data is protected by ${services.dataKey.protection.description}, not by a passphrase, so there is none to change.`);
      if (current === next) throw new UserFacingError('The new passphrase is the same as the current one.');
      await change(current, next);
      return services.dataKey.protection;
    },
  };
}
