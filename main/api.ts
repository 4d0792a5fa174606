import type { ChannelName, ChannelOutput, ParsedInput } from '../shared/api';
import type { ApiServices } from './api-services';
import { createAppHandlers } from './handlers/app-handlers';
import { createPlanHandlers } from './handlers/plan-handlers';
import { createDataHandlers } from './handlers/data-handlers';
import { createTeamHandlers } from './handlers/team-handlers';
import { createComplianceHandlers } from './handlers/compliance-handlers';

export type Handlers = { [C in ChannelName]: (input: ParsedInput<C>) => Promise<ChannelOutput<C>> };

/** One handler per channel of shared/api.ts, gathered from each feature's handler file. */
export function createApi(services: ApiServices): Handlers {
  return {
    ...createAppHandlers(services),
    ...createPlanHandlers(services),
    ...createDataHandlers(services),
    ...createTeamHandlers(services),
    ...createComplianceHandlers(services),
  };
}
