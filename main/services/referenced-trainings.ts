import type { UserData } from '../../shared/model/user-data';

/** Every catalogue training id the user's completions and plan items point at. */
export function referencedTrainingIds(data: UserData): Set<string> {
  const ids = new Set<string>();
  for (const c of data.completions) if (c.trainingId) ids.add(c.trainingId);
  for (const p of data.plans) for (const item of p.items) if (item.trainingId) ids.add(item.trainingId);
  return ids;
}
