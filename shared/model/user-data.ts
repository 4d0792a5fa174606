import * as z from 'zod';
import { settingsSchema } from './settings';
import { completionSchema, memberSchema } from './team';
import { planSchema } from './plan';
import { profileSchema } from './requirements';
import { curriculumSchema } from './curriculum';
import { deliverySchema } from './delivery';

/** The schema version this build writes. Bump it and add a step in main/services/migrations.ts. */
export const CURRENT_SCHEMA_VERSION = 5;

/** The whole user-data file: settings, team members, their completions, training plans, requirement profiles, curricula and deliveries. */
export const userDataSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  settings: settingsSchema,
  members: z.array(memberSchema).default([]),
  completions: z.array(completionSchema).default([]),
  plans: z.array(planSchema).default([]),
  profiles: z.array(profileSchema).default([]),
  /** Trainers' curricula and their deliveries (schema 4). */
  curricula: z.array(curriculumSchema).default([]),
  deliveries: z.array(deliverySchema).default([]),
});
export type UserData = z.infer<typeof userDataSchema>;

export function emptyUserData(): UserData {
  return userDataSchema.parse({ schemaVersion: CURRENT_SCHEMA_VERSION, settings: {} });
}
