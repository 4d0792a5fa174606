import type { z } from 'zod';
import type { ChannelName } from './channel-names';
import { appChannels } from './contract/app-channels';
import { planChannels } from './contract/plan-channels';
import { dataChannels } from './contract/data-channels';
import { teamChannels } from './contract/team-channels';
import { complianceChannels } from './contract/compliance-channels';

/**
 * The one API contract between the renderer and the main process. Each feature
 * declares its channels in shared/contract/; this file joins them. main/api.ts
 * implements every one; the preload and the e2e harness reach them through
 * createClient in shared/client.ts.
 */
export const channels = {
  ...appChannels,
  ...planChannels,
  ...dataChannels,
  ...teamChannels,
  ...complianceChannels,
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
