import type { z } from 'zod';
import type { Channel } from '../../shared/contract/channel';

/** The handlers of one group of channels: inputs arrive already parsed by their schema. */
export type HandlersFor<G extends Record<string, Channel<z.ZodType, unknown>>> = {
  [K in keyof G]: (input: z.output<G[K]['input']>) => Promise<NonNullable<G[K]['output']>>;
};
