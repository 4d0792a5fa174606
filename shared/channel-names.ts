/**
 * The contract's channel names, without zod, so the sandboxed preload bundle stays
 * small. shared/api.ts fails to compile if this list and its channels drift apart.
 */
export const channelNames = [
  // The catalogue (shared/contract/catalogue-channels.ts)
  'catalogueGet',
  'catalogueImport',
  'catalogueImportConfirm',
  'publishersList',
  'publisherAdd',
  'publisherRemove',
  'catalogueRevert',
  'openExternal',
  // Settings and About (shared/contract/settings-channels.ts)
  'appInfo',
  'settingsGet',
  'settingsSet',
  // Automatic backups of the data file (shared/contract/automatic-backup-channels.ts)
  'automaticBackupsList',
  'automaticBackupRestore',
  // All user data as one file the user keeps (shared/contract/data-file-channels.ts)
  'dataFileExport',
  'dataFileRestore',
  'dataSaveRetry',
  'setAsideExport',
  // Team records (shared/contract/team-channels.ts)
  'teamList',
  'memberCreate',
  'memberUpdate',
  'memberDelete',
  'memberForget',
  'memberRestore',
  'completionsRecord',
  'completionUpdate',
  'completionsDelete',
  'completionsRestore',
  'completionsImport',
  'completionsExport',
  // Training plans (shared/contract/plan-channels.ts)
  'plansList',
  'planGet',
  'planCreate',
  'planSave',
  'planDuplicate',
  'planArchive',
  'planDelete',
  'planRestore',
  'planAddTraining',
  'planAddCustom',
  'planExport',
  // Requirement profiles and compliance (shared/contract/compliance-channels.ts)
  'profilesList',
  'profileSave',
  'profileDelete',
  'profileRestore',
  'complianceDigest',
  'complianceDailyReminder',
  'transcriptExport',
  'complianceReportExport',
  'remindersExport',
  // Trainers' curricula and agendas (shared/contract/curriculum-channels.ts)
  'curriculaList',
  'curriculumGet',
  'curriculumCreate',
  'curriculumSave',
  'curriculumAddModule',
  'curriculumDuplicate',
  'curriculumDelete',
  'curriculumRestore',
  'curriculumExport',
  // Deliveries and the delivery report (shared/contract/delivery-channels.ts)
  'deliveriesList',
  'deliveryCreate',
  'deliverySave',
  'deliveryDelete',
  'deliveryRestore',
  'deliveryRecordCompletions',
  'deliveryReport',
  'deliveryReportExport',
  // Sharing records between coordinators (shared/contract/sync-channels.ts)
  'syncStatus',
  'syncCoordinatorSet',
  'syncConnect',
  'syncDisconnect',
  'syncNow',
  'syncShareChanges',
  'syncReceiveChanges',
  'syncConflictsList',
  'syncConflictResolve',
  'syncSetAsideList',
  // Certificate files kept with completions (shared/contract/certificate-channels.ts)
  'certificateAttach',
  'certificateRemove',
  'certificatePutBack',
  'certificateOpen',
  'certificatesExport',
  // The key that opens the data folder: unlock at start, the passphrase in Settings (shared/contract/data-key-channels.ts)
  'unlockStatus',
  'unlockCreate',
  'unlockOpen',
  'dataProtectionGet',
  'passphraseChange',
] as const;

export type ChannelName = (typeof channelNames)[number];

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && (channelNames as readonly string[]).includes(name);
}

/** The IPC channel string used on the Electron transport. */
export function ipcChannel(name: ChannelName): string {
  return `tta:${name}`;
}
