import type { syncChannels } from '../../shared/contract/sync-channels';
import type { ApiServices } from '../api-services';
import { UserFacingError } from '../services/user-facing-error';
import type { HandlersFor } from './handler-types';

const notYet = async (): Promise<never> => {
  throw new UserFacingError('Sharing is not set up yet.');
};

export function createSyncHandlers(_services: ApiServices): HandlersFor<typeof syncChannels> {
  return {
    syncStatus: notYet,
    syncCoordinatorSet: notYet,
    syncConnect: notYet,
    syncDisconnect: notYet,
    syncNow: notYet,
    syncShareChanges: notYet,
    syncReceiveChanges: notYet,
    syncConflictsList: notYet,
    syncConflictResolve: notYet,
    syncSetAsideList: notYet,
  };
}
