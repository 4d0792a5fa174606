import type { Catalogue } from '../../shared/catalogue/schema';
import type { teamChannels } from '../../shared/contract/team-channels';
import { localIsoDate } from '../../shared/util/dates';
import { createTrainingLookup, type TrainingLookup } from '../../shared/team/training-lookup';
import type { ApiServices } from '../api-services';
import { writeCompletionsCsv } from '../services/team-csv-writer';
import { newRecordId } from '../services/record-ids';
import { importCompletions } from '../services/team-import';
import { UserFacingError } from '../services/user-facing-error';
import * as writes from '../services/team-writes';
import { forgetMember } from '../services/forget-member';
import { sweepCertificates } from '../services/certificates/certificate-sweep';
import type { HandlersFor } from './handler-types';

export function createTeamHandlers(services: ApiServices): HandlersFor<typeof teamChannels> {
  const { store } = services;
  const lookups = new WeakMap<Catalogue, TrainingLookup>();
  const trainings = (): TrainingLookup => {
    const cat = services.catalogue.current();
    let lookup = lookups.get(cat);
    if (!lookup) lookups.set(cat, (lookup = createTrainingLookup(cat)));
    return lookup;
  };
  // A restore (or a reload of the file) starts a new epoch, and screens reload everything.
  const epoch = (): string => store.epoch();
  const deps: writes.TeamWriteDeps = {
    store,
    trainings,
    newId: newRecordId,
    now: services.now,
  };

  return {
    async teamList({ knownEpoch }) {
      const current = epoch();
      if (knownEpoch === current) return { epoch: current, unchanged: true };
      const data = store.data();
      return { epoch: current, unchanged: false, members: data.members, completions: data.completions };
    },
    memberCreate: (fields) => writes.createMember(deps, fields),
    memberUpdate: ({ id, fields, expectedUpdatedAt }) => writes.updateMember(deps, id, fields, expectedUpdatedAt),
    memberDelete: ({ id }) => writes.deleteMember(deps, id),
    async memberForget({ id }) {
      const result = await forgetMember(store, services.dataFiles, id);
      // Delete permanently has no Undo: their certificates go now (those another record shares stay).
      await sweepCertificates(store, services.dataFiles);
      return result;
    },
    memberRestore: (input) => writes.restoreMember(deps, input),
    completionsRecord: ({ memberIds, draft }) => writes.recordCompletions(deps, memberIds, draft),
    completionUpdate: (input) => writes.updateCompletion(deps, input),
    completionsDelete: ({ ids }) => writes.deleteCompletions(deps, ids),
    completionsRestore: ({ completions }) => writes.restoreCompletions(deps, completions),
    completionsImport: (input) => importCompletions(deps, input, services.heavy.prepareImport),
    async completionsExport({ memberId }) {
      const data = store.data();
      const today = localIsoDate(services.now());
      const member = memberId === undefined ? undefined : data.members.find((m) => m.id === memberId);
      if (memberId !== undefined && !member) throw new UserFacingError(`No team member has the id ${memberId}.`);
      const path = await services.dialogs.chooseSaveFile({
        title: member ? `Export ${member.name}’s training records` : 'Export training records',
        // Never the member's name: file names end up in recent-file lists and mail attachments.
        defaultName: `training-records-${today}.csv`,
        filters: [{ name: 'CSV (comma-separated values)', extensions: ['csv'] }],
      });
      if (path === null) return { path: null, rows: 0 };
      const families = new Map(services.catalogue.current().families.map((f) => [f.id, f.code]));
      try {
        const { rows } = await writeCompletionsCsv(path, {
          members: data.members,
          completions: data.completions,
          trainings: trainings(),
          familyLabel: (id) => families.get(id) ?? id,
          today,
          ...(memberId !== undefined ? { memberId } : {}),
        });
        return { path, rows };
      } catch (error) {
        throw new UserFacingError(`The records could not be saved to ${path}: ${(error as Error).message}`);
      }
    },
  };
}
