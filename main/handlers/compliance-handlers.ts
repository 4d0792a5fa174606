import type { complianceChannels } from '../../shared/contract/compliance-channels';
import { localIsoDate } from '../../shared/util/dates';
import type { ApiServices } from '../api-services';
import { digestOf, matrixOf } from '../services/compliance-digest';
import * as writes from '../services/profile-writes';
import { newRecordId } from '../services/record-ids';
import type { HandlersFor } from './handler-types';

export function createComplianceHandlers(services: ApiServices): HandlersFor<typeof complianceChannels> {
  const { store } = services;
  const deps: writes.ProfileWriteDeps = {
    store,
    catalogue: () => services.catalogue.current(),
    newId: newRecordId,
    now: services.now,
  };
  const today = () => localIsoDate(services.now());
  return {
    async profilesList() {
      return { profiles: store.data().profiles, today: today() };
    },
    profileSave: ({ id, draft }) => writes.saveProfile(deps, id, draft),
    profileDelete: ({ id }) => writes.deleteProfile(deps, id),
    profileRestore: ({ profile }) => writes.restoreProfile(deps, profile),
    async complianceDigest() {
      const data = store.data();
      const cat = services.catalogue.current();
      return digestOf(matrixOf(data, cat, today()), cat, data.settings.expiryWarningDays);
    },
  };
}
