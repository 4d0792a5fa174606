import { z } from 'zod';
import { settingsSchema } from './settings';
import { completionSchema, memberSchema } from './team';
import { planSchema } from './plan';

/** The schema version this build writes. Bump it and add a step in main/services/migrations.ts. */
export const CURRENT_SCHEMA_VERSION = 2;

/** The whole user-data file: settings, team members, their completions and training plans. */
export const userDataSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  settings: settingsSchema,
  members: z.array(memberSchema).default([]),
  completions: z.array(completionSchema).default([]),
  plans: z.array(planSchema).default([]),
});
export type UserData = z.infer<typeof userDataSchema>;

export function emptyUserData(): UserData {
  return userDataSchema.parse({ schemaVersion: CURRENT_SCHEMA_VERSION, settings: {} });
}
