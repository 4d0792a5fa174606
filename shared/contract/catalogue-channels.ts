import { z } from 'zod';
import type { Catalogue } from '../catalogue/schema';
import type { CatalogueSummary } from '../model/app-info';
import { channel } from './channel';

const none = z.undefined();

export type CatalogueImportResult = { imported: false } | { imported: true; version: string; date: string; retiredIds: string[] };

/** The training catalogue: the one in use, importing a newer one, and opening its links in the browser. */
export const catalogueChannels = {
  catalogueGet: channel<Catalogue>()(none),
  /** Asks for a catalogue file, validates all of it, and switches to it only if it is valid and newer. */
  catalogueImport: channel<CatalogueImportResult>()(none),
  catalogueRevert: channel<CatalogueSummary>()(none),
  /** Asks the main side to open an https link (a provider's page, a source) in the system browser. */
  openExternal: channel<{ opened: boolean }>()(z.object({ url: z.string().max(2048) }).strict()),
} as const;
