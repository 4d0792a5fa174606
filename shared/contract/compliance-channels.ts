import * as z from 'zod';
import { lazySchema } from '../validation/lazy-schema';
import { profileDraftSchema, profileSchema, type Profile } from '../model/requirements';
import { recordIdSchema } from '../model/team';
import type { ExportResult } from './plan-channels';
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

export const complianceReportFormatSchema = lazySchema(() => z.enum(['pdf', 'csv']));
export const remindersFormatSchema = lazySchema(() => z.enum(['ics', 'csv']));

/** What the start-up and daily reminder did: the digest, and whether main also raised a system notification. */
export interface DailyReminder extends ComplianceDigest {
  notified: boolean;
}

/** Requirement profiles and what follows from them. */
export const complianceChannels = {
  /** Every profile, and today's date as the main side counts it (the screens use it, so every figure agrees). */
  profilesList: channel<{ profiles: Profile[]; today: string }>()(() => z.object({}).strict()),
  /** Creates (no id) or replaces a profile; ids of the profile and of new requirements are minted in main. */
  profileSave: channel<{ before: Profile | null; after: Profile }>()(() => z.object({ id: recordIdSchema.optional(), draft: profileDraftSchema }).strict()),
  profileDelete: channel<Profile>()(() => z.object({ id: recordIdSchema }).strict()),
  /** Puts back what profileDelete removed. */
  profileRestore: channel<Profile>()(() => z.object({ profile: profileSchema }).strict()),
  /** Who is overdue or due soon today, computed in main over the saved data. */
  complianceDigest: channel<ComplianceDigest>()(() => z.object({}).strict()),
  /** The digest at start and once a day; with system notifications on in Settings, main shows one (at most once a day). */
  complianceDailyReminder: channel<DailyReminder>()(() => z.object({}).strict()),
  /** A training transcript PDF of one member or of several (one PDF); asks where to save. */
  transcriptExport: channel<ExportResult>()(() => 
    z.object({ memberIds: z.array(recordIdSchema).min(1, 'Choose at least one member').max(5000, 'At most 5,000 members in one transcript file') }).strict(),
  ),
  /** The compliance report (profiles in words and the matrix) as PDF, or the matrix as CSV. */
  complianceReportExport: channel<ExportResult>()(() => z.object({ format: complianceReportFormatSchema }).strict()),
  /** What is overdue or due soon, as calendar events (.ics) or a mail-merge CSV. */
  remindersExport: channel<ExportResult>()(() => z.object({ format: remindersFormatSchema }).strict()),
} as const;
