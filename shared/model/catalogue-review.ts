import type { CatalogueChanges } from '../catalogue/catalogue-changes';

/** A publisher whose catalogue signatures the app accepts. */
export interface PublisherInfo {
  name: string;
  /** 32 hex digits; shown in groups of four for reading out over the phone. */
  fingerprint: string;
  /** The TTA Navigator project's own key, shipped with the app; it cannot be removed. */
  builtIn: boolean;
  addedAt?: string;
}

/** A checked catalogue file waiting for the user's go-ahead, with what it would change. */
export interface CatalogueReview {
  reviewId: string;
  fileName: string;
  version: string;
  date: string;
  signer: { name: string; fingerprint: string };
  changes: CatalogueChanges;
}
