import type { UserData } from '../../shared/model/user-data';

/** Every catalogue training id the user's completions and plan items point at. */
export function referencedTrainingIds(data: UserData): Set<string> {
  const ids = new Set<string>();
  const add = (value: unknown) => {
    if (typeof value === 'string' && value !== '') ids.add(value);
  };
  for (const c of data.completions as { trainingId?: unknown }[]) add(c.trainingId);
  for (const p of data.plans as { items?: { trainingId?: unknown }[] }[]) for (const item of p.items ?? []) add(item.trainingId);
  return ids;
}
