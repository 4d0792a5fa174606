import * as z from 'zod';
import { lazySchema } from '../validation/lazy-schema';
import type { Catalogue } from '../catalogue/schema';
import type { CatalogueSummary } from '../model/app-info';
import type { CatalogueReview, PublisherInfo } from '../model/catalogue-review';
import { channel } from './channel';

const none = lazySchema(() => z.undefined());

/** review is null when the user cancelled the file dialog. */
export type CatalogueImportResult = { review: CatalogueReview | null };
export type CatalogueSwitchResult = { version: string; date: string; retiredIds: string[] };

/** The training catalogue: the one in use, importing a newer one, and opening its links in the browser. */
export const catalogueChannels = {
  catalogueGet: channel<Catalogue>()(() => none),
  /** Asks for a catalogue file and checks all of it (signature, schema, newer); returns what it would change. */
  catalogueImport: channel<CatalogueImportResult>()(() => none),
  /** Switches to the catalogue of the review the user agreed to. */
  catalogueImportConfirm: channel<CatalogueSwitchResult>()(() => z.object({ reviewId: z.uuid() }).strict()),
  publishersList: channel<PublisherInfo[]>()(() => none),
  /** Asks for a publisher's public key file and trusts it under the given name; added is false when cancelled. */
  publisherAdd: channel<{ added: boolean; publishers: PublisherInfo[] }>()(() => z.object({ name: z.string().trim().min(1).max(120) }).strict()),
  publisherRemove: channel<PublisherInfo[]>()(() => z.object({ fingerprint: z.string().regex(/^[0-9a-f]{32}$/) }).strict()),
  catalogueRevert: channel<CatalogueSummary>()(() => none),
  /** Asks the main side to open an https link (a provider's page, a source) in the system browser. */
  openExternal: channel<{ opened: boolean }>()(() => z.object({ url: z.string().max(2048) }).strict()),
} as const;
