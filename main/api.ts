import type { ChannelName, ChannelOutput, ParsedInput } from '../shared/api';
import type { ApiServices } from './api-services';
import { createAppHandlers } from './handlers/app-handlers';

export type Handlers = { [C in ChannelName]: (input: ParsedInput<C>) => Promise<ChannelOutput<C>> };

/** One handler per channel of shared/api.ts, gathered from each feature's handler file. */
export function createApi(services: ApiServices): Handlers {
  return {
    ...createAppHandlers(services),
  };
}
