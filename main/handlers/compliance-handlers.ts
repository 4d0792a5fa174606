import { randomUUID } from 'node:crypto';
import type { complianceChannels } from '../../shared/contract/compliance-channels';
import { localIsoDate } from '../../shared/team/dates';
import { RejectedError, type ApiServices } from '../api-services';
import { digestOf, matrixOf } from '../services/compliance-digest';
import * as writes from '../services/profile-writes';
import type { HandlersFor } from './handler-types';

async function userFacing<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof writes.ProfileWriteError) throw new RejectedError(error.message);
    throw error;
  }
}

export function createComplianceHandlers(services: ApiServices): HandlersFor<typeof complianceChannels> {
  const { store } = services;
  const deps: writes.ProfileWriteDeps = {
    store,
    catalogue: () => services.catalogue.current(),
    newId: (kind) => `${kind === 'profile' ? 'pr' : 'rq'}-${randomUUID()}`,
    now: services.now,
  };
  const today = () => localIsoDate(services.now());
  return {
    async profilesList() {
      return { profiles: store.data().profiles, today: today() };
    },
    profileSave: ({ id, draft }) => userFacing(() => writes.saveProfile(deps, id, draft)),
    profileDelete: ({ id }) => userFacing(() => writes.deleteProfile(deps, id)),
    profileRestore: ({ profile }) => userFacing(() => writes.restoreProfile(deps, profile)),
    async complianceDigest() {
      const data = store.data();
      const cat = services.catalogue.current();
      return digestOf(matrixOf(data, cat, today()), cat, data.settings.expiryWarningDays);
    },
  };
}
