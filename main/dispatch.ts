import { channels } from '../shared/api';
import { isChannelName } from '../shared/channel-names';
import type { Envelope } from '../shared/client';
import { describeIssues } from '../shared/validation/zod-issues';
import type { Handlers } from './api';
import { ChangedMeanwhileError } from './services/changed-meanwhile';
import { NotSavedError } from './services/store';
import { UserFacingError } from './services/user-facing-error';

export type Dispatch = (channel: unknown, input: unknown) => Promise<Envelope<unknown>>;

/**
 * The single door to the handlers, shared by both transports: Electron IPC and
 * the e2e harness. No handler runs before its channel is known and its input
 * has passed the channel's schema.
 */
export function createDispatch(handlers: Handlers, log: (message: string) => void = () => undefined): Dispatch {
  return async (channel, input) => {
    if (!isChannelName(channel)) {
      const label = typeof channel === 'string' ? channel.slice(0, 80) : typeof channel;
      return { ok: false, error: { code: 'unknown-channel', message: `Unknown channel ${label}` } };
    }
    const parsed = channels[channel].input.safeParse(input);
    if (!parsed.success) {
      return {
        ok: false,
        error: { code: 'invalid-input', message: `Invalid input for ${channel}`, details: describeIssues(parsed.error) },
      };
    }
    try {
      const handler = handlers[channel] as (i: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      // Before UserFacingError, which it is: the renderer shows these in the app-wide banner.
      if (error instanceof NotSavedError) return { ok: false, error: { code: 'not-saved', message: error.message } };
      if (error instanceof ChangedMeanwhileError) {
        return { ok: false, error: { code: 'changed-meanwhile', message: error.message, details: error.details, latest: error.latest } };
      }
      if (error instanceof UserFacingError) {
        return { ok: false, error: { code: 'rejected', message: error.message, ...(error.details.length > 0 ? { details: error.details } : {}) } };
      }
      log(`${channel} failed: ${(error as Error)?.stack ?? String(error)}`);
      return { ok: false, error: { code: 'internal', message: `Something went wrong in ${channel}: ${(error as Error)?.message ?? error}` } };
    }
  };
}
