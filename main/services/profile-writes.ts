import type { Catalogue } from '../../shared/catalogue/schema';
import { profileSchema, type Profile, type ProfileDraft, type RequiredTraining } from '../../shared/model/requirements';
import type { Store } from './store';
import { UserFacingError } from './user-facing-error';


export interface ProfileWriteDeps {
  store: Store;
  catalogue: () => Catalogue;
  newId: (kind: 'profile' | 'requirement') => string;
  now: () => Date;
}

/**
 * The catalogue's title is copied into each requirement on a catalogue training, so the profile
 * still reads well once a newer catalogue retires it. A retired training may stay (it was
 * saved before) but cannot be newly chosen.
 */
function checkedTraining(t: RequiredTraining, cat: Catalogue, before: Profile | undefined, where: string): RequiredTraining {
  if (t.kind === 'custom') return t;
  const live = cat.trainings.find((x) => x.id === t.trainingId);
  if (live) return { kind: 'catalogue', trainingId: live.id, title: live.title };
  const kept = before?.requirements.some((r) => r.kind !== 'hours' && r.trainings.some((o) => o.kind === 'catalogue' && o.trainingId === t.trainingId));
  if (kept) return t;
  throw new UserFacingError(`${where}: the training "${t.trainingId}" is not in the catalogue. Choose another, or name it as a training outside the catalogue.`);
}

export async function saveProfile(deps: ProfileWriteDeps, id: string | undefined, draft: ProfileDraft): Promise<{ before: Profile | null; after: Profile }> {
  const data = deps.store.data();
  const before = id === undefined ? undefined : data.profiles.find((p) => p.id === id);
  if (id !== undefined && !before) throw new UserFacingError(`No requirement profile has the id ${id}; it may have been deleted.`);
  const clash = data.profiles.find((p) => p.id !== id && p.name.toLowerCase() === draft.name.toLowerCase());
  if (clash) throw new UserFacingError(`A profile is already called “${clash.name}”; give this one another name.`);
  const known = new Set(data.members.map((m) => m.id));
  const stray = draft.appliesTo.memberIds.find((m) => !known.has(m));
  if (stray) throw new UserFacingError(`Applies to: no team member has the id ${stray}.`);
  const cat = deps.catalogue();
  const ownIds = new Set(before?.requirements.map((r) => r.id) ?? []);
  const requirements = draft.requirements.map((r, i) => {
    const where = `Requirement ${i + 1}`;
    // Ids are minted here; an id the form sends back is kept only if it is this profile's own.
    const rid = r.id !== undefined && ownIds.has(r.id) ? r.id : deps.newId('requirement');
    if (r.kind === 'hours') return { ...r, id: rid };
    return { ...r, id: rid, trainings: r.trainings.map((t) => checkedTraining(t, cat, before, where)) };
  });
  const after = profileSchema.parse({ ...draft, requirements, id: before?.id ?? deps.newId('profile'), updatedAt: deps.now().toISOString() });
  await deps.store.update((d) => {
    const i = d.profiles.findIndex((p) => p.id === after.id);
    if (i >= 0) d.profiles[i] = after;
    else d.profiles.push(after);
  });
  return { before: before ?? null, after };
}

export async function deleteProfile(deps: ProfileWriteDeps, id: string): Promise<Profile> {
  const profile = deps.store.data().profiles.find((p) => p.id === id);
  if (!profile) throw new UserFacingError(`No requirement profile has the id ${id}; it may have been deleted.`);
  await deps.store.update((d) => {
    d.profiles = d.profiles.filter((p) => p.id !== id);
  });
  return profile;
}

/** Undo of deleteProfile: refuses rather than overwrite a profile that took the id or the name since. */
export async function restoreProfile(deps: ProfileWriteDeps, profile: Profile): Promise<Profile> {
  const data = deps.store.data();
  if (data.profiles.some((p) => p.id === profile.id)) throw new UserFacingError(`“${profile.name}” is already there; nothing to restore.`);
  const clash = data.profiles.find((p) => p.name.toLowerCase() === profile.name.toLowerCase());
  if (clash) throw new UserFacingError(`A profile is now called “${clash.name}”, so this one cannot be restored under the same name.`);
  await deps.store.update((d) => {
    d.profiles.push(profile);
  });
  return profile;
}
