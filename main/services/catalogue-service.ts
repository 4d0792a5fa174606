import { readFile, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import semver from 'semver';
import { catalogueSchema, checkCatalogueIntegrity, type Catalogue } from '../../shared/catalogue/schema';
import type { CatalogueSummary } from '../../shared/model/app-info';
import { describeIssues } from '../../shared/validation/zod-issues';
import { writeFileDurable } from './durable-file';
import { UserFacingError } from './user-facing-error';

export const IMPORTED_CATALOGUE_NAME = 'catalogue-imported.json';
/** A catalogue file larger than this is refused before parsing: the real one is well under 1 MB. */
export const MAX_CATALOGUE_BYTES = 64 * 1024 * 1024;

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
  if (!parsed.success) {
    return { ok: false, errors: describeIssues(parsed.error).map((line) => `${fileName}: ${withRecordId(raw, line)}`) };
  }
  const issues = checkCatalogueIntegrity(parsed.data);
  if (issues.length > 0) {
    return { ok: false, errors: issues.slice(0, 10).map((i) => `${fileName}: ${i.field} (record "${i.recordId}"): ${i.message}`) };
  }
  return { ok: true, catalogue: parsed.data };
}

/** "trainings[3].title: …" becomes "trainings[3] (record "x").title: …" when that record has an id. */
function withRecordId(raw: unknown, line: string): string {
  const m = /^(\w+)\[(\d+)\]/.exec(line);
  if (!m || typeof raw !== 'object' || raw === null) return line;
  const list = (raw as Record<string, unknown>)[m[1]!];
  const record = Array.isArray(list) ? list[Number(m[2])] : undefined;
  const id = record && typeof record === 'object' ? (record as Record<string, unknown>).id : undefined;
  return typeof id === 'string' ? line.replace(m[0], `${m[0]} (record "${id.slice(0, 80)}")`) : line;
}

export interface CatalogueImportOutcome {
  version: string;
  date: string;
  /** Ids the user's records point at that the new catalogue no longer has: shown as retired. */
  retiredIds: string[];
}

export interface CatalogueService {
  current(): Catalogue;
  summary(): CatalogueSummary;
  /** Validates the whole file first; only a valid, newer, real catalogue replaces the active one. */
  importFile(path: string, referencedTrainingIds: Iterable<string>): Promise<CatalogueImportOutcome>;
  /** Drops an imported catalogue and goes back to the one bundled with the app. */
  revertToBundled(): Promise<CatalogueSummary>;
}

/**
 * The bundled catalogue, or a newer one the user imported into the data folder.
 * A damaged imported file is ignored (the bundled one stays the fallback).
 */
export async function loadCatalogueService(options: { bundledPath: string; dir: string }): Promise<CatalogueService> {
  const bundledText = await readFile(options.bundledPath, 'utf8');
  const bundled = checkCatalogueText(bundledText, options.bundledPath);
  if (!bundled.ok) throw new Error(`The bundled catalogue is invalid: ${bundled.errors.join('; ')}`);
  const importedPath = join(options.dir, IMPORTED_CATALOGUE_NAME);

  let active: Catalogue = bundled.catalogue;
  let origin: CatalogueSummary['origin'] = 'bundled';
  const importedText = await readFile(importedPath, 'utf8').catch(() => null);
  if (importedText !== null) {
    const imported = checkCatalogueText(importedText, IMPORTED_CATALOGUE_NAME);
    // An app update may bundle a catalogue newer than the one imported earlier: the newest wins.
    if (imported.ok && semver.gt(imported.catalogue.meta.version, bundled.catalogue.meta.version)) {
      active = imported.catalogue;
      origin = 'imported';
    }
  }

  return {
    current: () => active,
    summary: () => ({ version: active.meta.version, date: active.meta.date, origin }),
    async importFile(path, referencedTrainingIds) {
      const name = basename(path);
      const size = (await stat(path).catch(() => null))?.size;
      if (size === undefined) throw new UserFacingError(`${name} could not be read.`);
      if (size > MAX_CATALOGUE_BYTES) throw new UserFacingError(`${name} is too large to be a catalogue (${Math.round(size / 1048576)} MB).`);
      const text = await readFile(path, 'utf8');
      const checked = checkCatalogueText(text, name);
      if (!checked.ok) throw new UserFacingError(`${name} is not a valid catalogue. Nothing was changed.`, checked.errors);
      const next = checked.catalogue;
      if (next.meta.synthetic) {
        throw new UserFacingError(`${name} is a synthetic test catalogue, not real data. Nothing was changed.`);
      }
      if (!semver.gt(next.meta.version, active.meta.version)) {
        throw new UserFacingError(
          `${name} holds catalogue ${next.meta.version}, which is not newer than the one you have (${active.meta.version}). Nothing was changed.`,
        );
      }
      // A crash mid-write leaves the previous catalogue intact.
      await writeFileDurable(importedPath, text);
      active = next;
      origin = 'imported';
      const known = new Set(next.trainings.map((t) => t.id));
      const retiredIds = [...new Set(referencedTrainingIds)].filter((id) => !known.has(id)).sort();
      return { version: next.meta.version, date: next.meta.date, retiredIds };
    },
    async revertToBundled() {
      await rm(importedPath, { force: true });
      active = bundled.catalogue;
      origin = 'bundled';
      return { version: active.meta.version, date: active.meta.date, origin };
    },
  };
}
