// Its own module, free of zod: the catalogue index and the first screen need only this, and
// shared/model/training-ref.ts would bring zod and the catalogue schema into the first bundle.

/** A provider as every list, page and export names it: "National Criminal Justice Training Center (NCJTC)". */
export function providerDisplayName(provider: { name: string; acronym?: string | undefined }): string {
  return provider.acronym ? `${provider.name} (${provider.acronym})` : provider.name;
}
