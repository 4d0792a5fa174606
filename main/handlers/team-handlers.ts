import { randomUUID } from 'node:crypto';
import type { Catalogue } from '../../shared/catalogue/schema';
import type { teamChannels } from '../../shared/contract/team-channels';
import { localIsoDate } from '../../shared/team/dates';
import { createTrainingLookup, type TrainingLookup } from '../../shared/team/training-lookup';
import { RejectedError, type ApiServices } from '../api-services';
import { writeCompletionsCsv } from '../services/team-csv-writer';
import { importCompletions, ImportRejected } from '../services/team-import';
import * as writes from '../services/team-writes';
import type { HandlersFor } from './handler-types';

/** Turns a refusal from the team services into the envelope's "rejected" error; bugs pass through. */
async function userFacing<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ImportRejected) throw new RejectedError(error.message, error.details);
    if (error instanceof writes.TeamWriteError) throw new RejectedError(error.message);
    throw error;
  }
}

export function createTeamHandlers(services: ApiServices): HandlersFor<typeof teamChannels> {
  const { store } = services;
  const lookups = new WeakMap<Catalogue, TrainingLookup>();
  const trainings = (): TrainingLookup => {
    const cat = services.catalogue.current();
    let lookup = lookups.get(cat);
    if (!lookup) lookups.set(cat, (lookup = createTrainingLookup(cat)));
    return lookup;
  };
  // A restore replaces the whole data object; a new object means a new epoch, and screens reload.
  const epochs = new WeakMap<object, string>();
  const epoch = (): string => {
    const root = store.data();
    let e = epochs.get(root);
    if (!e) epochs.set(root, (e = randomUUID()));
    return e;
  };
  const deps: writes.TeamWriteDeps = {
    store,
    trainings,
    newId: (kind) => `${kind === 'member' ? 'm' : 'c'}-${randomUUID()}`,
    now: services.now,
  };

  return {
    async teamList({ knownEpoch }) {
      const current = epoch();
      if (knownEpoch === current) return { epoch: current, unchanged: true };
      const data = store.data();
      return { epoch: current, unchanged: false, members: data.members, completions: data.completions };
    },
    memberCreate: (fields) => userFacing(() => writes.createMember(deps, fields)),
    memberUpdate: ({ id, fields }) => userFacing(() => writes.updateMember(deps, id, fields)),
    memberDelete: ({ id }) => userFacing(() => writes.deleteMember(deps, id)),
    memberRestore: (input) => userFacing(() => writes.restoreMember(deps, input)),
    completionsRecord: ({ memberIds, draft }) => userFacing(() => writes.recordCompletions(deps, memberIds, draft)),
    completionUpdate: (input) => userFacing(() => writes.updateCompletion(deps, input)),
    completionsDelete: ({ ids }) => userFacing(() => writes.deleteCompletions(deps, ids)),
    completionsRestore: ({ completions }) => userFacing(() => writes.restoreCompletions(deps, completions)),
    completionsImport: (input) => userFacing(() => importCompletions(deps, input)),
    async completionsExport({ memberId }) {
      const data = store.data();
      const today = localIsoDate(services.now());
      const member = memberId === undefined ? undefined : data.members.find((m) => m.id === memberId);
      if (memberId !== undefined && !member) throw new RejectedError(`No team member has the id ${memberId}.`);
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
        throw new RejectedError(`The records could not be saved to ${path}: ${(error as Error).message}`);
      }
    },
  };
}
