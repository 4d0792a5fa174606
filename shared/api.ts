import type { z } from 'zod';
import type { ChannelName } from './channel-names';
import { automaticBackupChannels } from './contract/automatic-backup-channels';
import { catalogueChannels } from './contract/catalogue-channels';
import { dataFileChannels } from './contract/data-file-channels';
import { planChannels } from './contract/plan-channels';
import { settingsChannels } from './contract/settings-channels';
import { teamChannels } from './contract/team-channels';
import { complianceChannels } from './contract/compliance-channels';
import { curriculumChannels } from './contract/curriculum-channels';
import { deliveryChannels } from './contract/delivery-channels';
import { syncChannels } from './contract/sync-channels';
import { dataKeyChannels } from './contract/data-key-channels';

/**
 * The one API contract between the renderer and the main process. Each feature
 * declares its channels in shared/contract/<feature>-channels.ts; this file joins them.
 * main/api.ts gathers one handler file per contract file (main/handlers/<feature>-handlers.ts);
 * the preload and the e2e harness reach them through createClient in shared/client.ts.
 * The recipe for a new channel is in docs/architecture.md.
 */
export const channels = {
  ...catalogueChannels,
  ...settingsChannels,
  ...automaticBackupChannels,
  ...dataFileChannels,
  ...teamChannels,
  ...planChannels,
  ...complianceChannels,
  ...curriculumChannels,
  ...deliveryChannels,
  ...syncChannels,
  ...dataKeyChannels,
} as const;

export type Channels = typeof channels;
export type { ChannelName };
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>;
export type ParsedInput<C extends ChannelName> = z.output<Channels[C]['input']>;
export type ChannelOutput<C extends ChannelName> = NonNullable<Channels[C]['output']>;

// Compile-time proof that channel-names.ts lists exactly these channels.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const namesMatch: Same<keyof Channels, ChannelName> = true;
void namesMatch;
