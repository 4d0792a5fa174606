import { z } from 'zod';
import { profileDraftSchema, profileSchema, type Profile } from '../model/requirements';
import { recordIdSchema } from '../model/team';
import type { ComplianceStatus } from '../compliance/status';
import { channel } from './channel';

/** One due or overdue requirement of one person, for the digest, reminders and the Start/Team figures. */
export interface DigestItem {
  memberId: string;
  memberName: string;
  profileName: string;
  requirement: string;
  status: Extract<ComplianceStatus, 'overdue' | 'due-soon'>;
  /** Due by (due soon) or overdue since; null when no date is known. */
  date: string | null;
}

export interface ComplianceDigest {
  /** Today as the main side counts it. */
  today: string;
  warningDays: number;
  /** People with something overdue, and (apart from them) people with something due soon. */
  overduePeople: number;
  dueSoonPeople: number;
  items: DigestItem[];
}

/** Requirement profiles and what follows from them. */
export const complianceChannels = {
  /** Every profile, and today's date as the main side counts it (the screens use it, so every figure agrees). */
  profilesList: channel<{ profiles: Profile[]; today: string }>()(z.object({}).strict()),
  /** Creates (no id) or replaces a profile; ids of the profile and of new requirements are minted in main. */
  profileSave: channel<{ before: Profile | null; after: Profile }>()(z.object({ id: recordIdSchema.optional(), draft: profileDraftSchema }).strict()),
  profileDelete: channel<Profile>()(z.object({ id: recordIdSchema }).strict()),
  /** Puts back what profileDelete removed. */
  profileRestore: channel<Profile>()(z.object({ profile: profileSchema }).strict()),
  /** Who is overdue or due soon today, computed in main over the saved data. */
  complianceDigest: channel<ComplianceDigest>()(z.object({}).strict()),
} as const;
