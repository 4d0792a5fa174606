import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { catalogueSchema, checkCatalogueIntegrity, type Catalogue } from '../../shared/catalogue/schema';
import type { CatalogueSummary } from '../../shared/model/app-info';
import { describeIssues } from '../../shared/validation/zod-issues';

export const IMPORTED_CATALOGUE_NAME = 'catalogue-imported.json';

export type CatalogueCheck = { ok: true; catalogue: Catalogue } | { ok: false; errors: string[] };

/** Validates a whole catalogue text: JSON, schema, then references. Errors name file, record and field. */
export function checkCatalogueText(text: string, fileName: string): CatalogueCheck {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`${fileName}: not valid JSON (${(error as Error).message})`] };
  }
  const parsed = catalogueSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: describeIssues(parsed.error).map((line) => `${fileName}: ${line}`) };
  const issues = checkCatalogueIntegrity(parsed.data);
  if (issues.length > 0) {
    return { ok: false, errors: issues.slice(0, 10).map((i) => `${fileName}: ${i.field} (record ${i.recordId}): ${i.message}`) };
  }
  return { ok: true, catalogue: parsed.data };
}

export interface CatalogueService {
  current(): Catalogue;
  summary(): CatalogueSummary;
}

/**
 * The bundled catalogue, or a newer one the user imported into the data folder.
 * A damaged imported file is ignored (the bundled one stays the fallback).
 */
export async function loadCatalogueService(options: { bundledPath: string; dir: string }): Promise<CatalogueService> {
  const bundledText = await readFile(options.bundledPath, 'utf8');
  const bundled = checkCatalogueText(bundledText, options.bundledPath);
  if (!bundled.ok) throw new Error(`The bundled catalogue is invalid: ${bundled.errors.join('; ')}`);

  let active: Catalogue = bundled.catalogue;
  let origin: CatalogueSummary['origin'] = 'bundled';
  const importedText = await readFile(join(options.dir, IMPORTED_CATALOGUE_NAME), 'utf8').catch(() => null);
  if (importedText !== null) {
    const imported = checkCatalogueText(importedText, IMPORTED_CATALOGUE_NAME);
    if (imported.ok) {
      active = imported.catalogue;
      origin = 'imported';
    }
  }
  return {
    current: () => active,
    summary: () => ({ version: active.meta.version, date: active.meta.date, origin }),
  };
}
