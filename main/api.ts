import type { ChannelName, ChannelOutput, ParsedInput } from '../shared/api';
import type { ApiServices } from './api-services';
import { createAutomaticBackupHandlers } from './handlers/automatic-backup-handlers';
import { createCatalogueHandlers } from './handlers/catalogue-handlers';
import { createDataFileHandlers } from './handlers/data-file-handlers';
import { createPlanHandlers } from './handlers/plan-handlers';
import { createSettingsHandlers } from './handlers/settings-handlers';
import { createTeamHandlers } from './handlers/team-handlers';
import { createComplianceHandlers } from './handlers/compliance-handlers';
import { createCurriculumHandlers } from './handlers/curriculum-handlers';
import { createDeliveryHandlers } from './handlers/delivery-handlers';
import { createSyncHandlers } from './handlers/sync-handlers';
import { createDataKeyHandlers } from './handlers/data-key-handlers';

export type Handlers = { [C in ChannelName]: (input: ParsedInput<C>) => Promise<ChannelOutput<C>> };

/** One handler per channel of shared/api.ts: one handler file per contract file (shared/contract/<feature>-channels.ts). */
export function createApi(services: ApiServices): Handlers {
  return {
    ...createCatalogueHandlers(services),
    ...createSettingsHandlers(services),
    ...createAutomaticBackupHandlers(services),
    ...createDataFileHandlers(services),
    ...createTeamHandlers(services),
    ...createPlanHandlers(services),
    ...createComplianceHandlers(services),
    ...createCurriculumHandlers(services),
    ...createDeliveryHandlers(services),
    ...createSyncHandlers(services),
    ...createDataKeyHandlers(services),
  };
}
