import * as z from 'zod';
import { lazySchema } from '../validation/lazy-schema';
import { defaultSettings, settingsSchema } from './settings';
import { completionSchema, memberSchema } from './team';
import { planSchema } from './plan';
import { profileSchema } from './requirements';
import { curriculumSchema } from './curriculum';
import { deliverySchema } from './delivery';

/** The schema version this build writes. Bump it and add a step in main/services/migrations.ts. */
export const CURRENT_SCHEMA_VERSION = 5;

/** The whole user-data file: settings, team members, their completions, training plans, requirement profiles, curricula and deliveries. */
export const userDataSchema = lazySchema(() => z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  settings: settingsSchema,
  members: z.array(memberSchema).default([]),
  completions: z.array(completionSchema).default([]),
  plans: z.array(planSchema).default([]),
  profiles: z.array(profileSchema).default([]),
  /** Trainers' curricula and their deliveries (schema 4). */
  curricula: z.array(curriculumSchema).default([]),
  deliveries: z.array(deliverySchema).default([]),
}));
export type UserData = z.infer<typeof userDataSchema>;

/**
 * What userDataSchema.parse gives for a file with no records, written out: the store starts
 * from it on every start, and building the whole file's schema for it was a start's largest
 * single zod cost (tests/unit/validation/lazy-schema.test.ts holds the two equal).
 */
export function emptyUserData(): UserData {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    settings: { ...defaultSettings, importMappings: [], signInMappings: [] },
    members: [],
    completions: [],
    plans: [],
    profiles: [],
    curricula: [],
    deliveries: [],
  };
}
