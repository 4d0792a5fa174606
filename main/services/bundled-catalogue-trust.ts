// Replaced by the build (scripts/main-bundle-options.ts) with the sha-256 of data/catalogue.json,
// which the build has checked in full; not defined when running from sources (tests, tsx).
declare const TTA_BUNDLED_CATALOGUE_SHA256: string | undefined;

/** The hash of the bundled catalogue the build checked, or undefined when nothing was checked. */
export const checkedBundledCatalogueHash: string | undefined =
  typeof TTA_BUNDLED_CATALOGUE_SHA256 === 'string' ? TTA_BUNDLED_CATALOGUE_SHA256 : undefined;
