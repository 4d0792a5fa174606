import * as z from 'zod';
import { lazySchema } from '../validation/lazy-schema';
import { savedMappingSchema } from '../team/saved-mappings';
import { savedSignInMappingSchema } from '../deliveries/sign-in-mapping';

export const themeSchema = lazySchema(() => z.enum(['system', 'light', 'dark']));
export type Theme = z.infer<typeof themeSchema>;

/** User preferences kept in the data file. Every field has a default so older files stay valid. */
export const settingsSchema = lazySchema(() => z.object({
  theme: themeSchema.default('system'),
  /** Days ahead that count as "expiring soon" on dashboards. */
  expiryWarningDays: z.number().int().min(1).max(365).default(90),
  /** Column mappings saved on the import screen, offered again when the same header row returns. */
  importMappings: z.array(savedMappingSchema).max(50, 'At most 50 saved mappings').default([]),
  /** Column mappings saved for sign-in sheets (Trainers → Deliveries), offered again for the same header row. */
  signInMappings: z.array(savedSignInMappingSchema).max(50, 'At most 50 saved mappings').default([]),
  /** Also show due requirements as system notifications (the in-app digest is always on). */
  osNotifications: z.boolean().default(false),
}));
export type Settings = z.infer<typeof settingsSchema>;

/** A partial update: only the keys the user changed. */
export const settingsPatchSchema = lazySchema(() => settingsSchema.partial().strict());
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/**
 * What settingsSchema.parse({}) gives, written out so that loading this module builds no schema
 * (tests/unit/validation/lazy-schema.test.ts holds the two equal).
 */
export const defaultSettings: Settings = { theme: 'system', expiryWarningDays: 90, importMappings: [], signInMappings: [], osNotifications: false };
