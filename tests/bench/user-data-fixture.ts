import { CURRENT_SCHEMA_VERSION, type UserData } from '../../shared/model/user-data';
import type { Catalogue } from '../../shared/catalogue/schema';
import { mulberry32 } from '../support/prng';

/**
 * Deterministic SYNTHETIC team data for benchmarks: members and completions
 * spread over the given catalogue's trainings. Never shipped, never shown as real.
 */
export function syntheticUserData(options: { members: number; completions: number; catalogue: Catalogue; seed?: number }): UserData {
  const rand = mulberry32(options.seed ?? 1);
  const audiences = options.catalogue.vocabularies.audiences.map((t) => t.id);
  const trainings = options.catalogue.trainings;
  const members = Array.from({ length: options.members }, (_, i) => ({
    id: `m-syn-${i}`,
    name: `[SYNTHETIC] Member ${i}`,
    role: 'Investigator',
    agency: `[SYNTHETIC] Agency ${i % 40}`,
    audiences: [audiences[i % audiences.length]!],
    active: true,
  }));
  const completions = Array.from({ length: options.completions }, (_, i) => {
    const t = trainings[Math.floor(rand() * trainings.length)]!;
    const day = new Date(Date.UTC(2019, 0, 1) + Math.floor(rand() * 2500) * 86_400_000).toISOString().slice(0, 10);
    return {
      id: `c-syn-${i}`,
      memberId: members[Math.floor(rand() * members.length)]!.id,
      trainingId: t.id,
      trainingTitle: t.title,
      trainingFamily: t.family,
      completedOn: day,
      hours: 1 + Math.floor(rand() * 24),
      ...(rand() < 0.4 ? { validForMonths: 12 * (1 + Math.floor(rand() * 3)) } : {}),
      ...(rand() < 0.3 ? { certificateNumber: `CERT-${i}` } : {}),
      createdAt: `${day}T12:00:00.000Z`,
    };
  });
  return { schemaVersion: CURRENT_SCHEMA_VERSION, settings: { theme: 'system', expiryWarningDays: 90, importMappings: [], signInMappings: [], osNotifications: false }, members, completions, plans: [], profiles: [], curricula: [], deliveries: [] } as UserData;
}
