import { createHash, randomUUID } from 'node:crypto';
import { readFile, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import semverGt from 'semver/functions/gt.js';
import { catalogueChanges } from '../../shared/catalogue/catalogue-changes';
import { catalogueSchema, checkCatalogueIntegrity, type Catalogue } from '../../shared/catalogue/schema';
import type { CatalogueSummary } from '../../shared/model/app-info';
import type { CatalogueReview, PublisherInfo } from '../../shared/model/catalogue-review';
import { jsonErrorWhere } from '../../shared/validation/json-error-position';
import { describeIssues } from '../../shared/validation/zod-issues';
import { checkedBundledCatalogueHash } from './bundled-catalogue-trust';
import { writeFileDurable } from './durable-file';
import { asTrustedKey, loadPublisherKeys } from './catalogue-publishers';
import { parsePublicKey, SIGNATURE_SUFFIX, verifyCatalogueBytes, type TrustedKey } from './catalogue-signature';
import { PROJECT_KEY } from './project-key';
import { UserFacingError } from './user-facing-error';

export const IMPORTED_CATALOGUE_NAME = 'catalogue-imported.json';
export const IMPORTED_SIGNATURE_NAME = IMPORTED_CATALOGUE_NAME + SIGNATURE_SUFFIX;
/** A catalogue file larger than this is refused before parsing: the real one is well under 1 MB. */
export const MAX_CATALOGUE_BYTES = 64 * 1024 * 1024;

export type CatalogueCheck = { ok: true; catalogue: Catalogue } | { ok: false; errors: string[] };

/** Validates a whole catalogue text: JSON, schema, then references. Errors name file, record and field. */
export function checkCatalogueText(text: string, fileName: string): CatalogueCheck {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`${fileName}: not valid JSON (${jsonErrorWhere(text, error)})`] };
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

/** The bundled catalogue: parsed only when its bytes are the ones the build checked, checked in full otherwise. */
function checkBundledCatalogue(bytes: Buffer, hash: string, fileName: string, checkedHash: string | undefined): CatalogueCheck {
  const text = bytes.toString('utf8');
  if (checkedHash !== undefined && hash === checkedHash) {
    return { ok: true, catalogue: JSON.parse(text) as Catalogue };
  }
  return checkCatalogueText(text, fileName);
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
  /**
   * While the bundled catalogue is in use, the sha-256 of its bytes: the key of the first screen
   * the build pre-rendered from it (shared/first-screen.ts); null while an imported one is.
   */
  firstScreenKey(): string | null;
  /**
   * Checks a file completely (signature by a trusted key, schema, references, newer) and returns
   * what switching to it would change. Nothing changes until confirmImport is called with its id.
   */
  reviewFile(path: string, referencedTrainingIds: Iterable<string>): Promise<CatalogueReview>;
  /** Switches to the catalogue of the last review. */
  confirmImport(reviewId: string, referencedTrainingIds: Iterable<string>): Promise<CatalogueImportOutcome>;
  /** Drops an imported catalogue and goes back to the one bundled with the app. */
  revertToBundled(): Promise<CatalogueSummary>;
  publishers(): PublisherInfo[];
  /** Trusts another publisher's public key (PEM text), under a name the user gives it. */
  addPublisher(name: string, publicKeyText: string, fileName: string): Promise<PublisherInfo[]>;
  removePublisher(fingerprint: string): Promise<PublisherInfo[]>;
}

/**
 * Whether an imported catalogue beats the bundled one. A bundled catalogue newer by date wins,
 * so an app update always brings its catalogue even after a (possibly forged) "999.0.0" import.
 */
export function importedWins(imported: Catalogue, bundled: Catalogue): boolean {
  if (imported.meta.date !== bundled.meta.date) return imported.meta.date > bundled.meta.date;
  return semverGt(imported.meta.version, bundled.meta.version);
}

interface Pending {
  reviewId: string;
  bytes: Buffer;
  signature: string;
  catalogue: Catalogue;
  basedOn: Catalogue;
}

/**
 * The bundled catalogue, or a newer signed one the user imported into the data folder. An
 * imported file is checked again at every start (signature and date); one that fails is
 * ignored and the bundled catalogue stays in use.
 */
export async function loadCatalogueService(options: {
  bundledPath: string;
  dir: string;
  /** The keys trusted without asking; the project's own by default. */
  projectKeys?: readonly TrustedKey[];
  /**
   * The sha-256 of bundled catalogue bytes the build has already checked in full (the build's own
   * by default): bytes with this hash are only parsed. Any other bytes are checked here.
   */
  checkedBundledHash?: string;
  log?: (message: string) => void;
}): Promise<CatalogueService> {
  const log = options.log ?? (() => undefined);
  const bundledBytes = await readFile(options.bundledPath);
  const bundledHash = createHash('sha256').update(bundledBytes).digest('hex');
  const bundled = checkBundledCatalogue(bundledBytes, bundledHash, options.bundledPath, options.checkedBundledHash ?? checkedBundledCatalogueHash);
  if (!bundled.ok) throw new Error(`The bundled catalogue is invalid: ${bundled.errors.join('; ')}`);
  const importedPath = join(options.dir, IMPORTED_CATALOGUE_NAME);
  const importedSignaturePath = join(options.dir, IMPORTED_SIGNATURE_NAME);
  const projectKeys = options.projectKeys ?? [PROJECT_KEY];
  const publisherKeys = await loadPublisherKeys(options.dir, log);
  const trusted = (): TrustedKey[] => [...projectKeys, ...publisherKeys.list().map(asTrustedKey)];

  let active: Catalogue = bundled.catalogue;
  let origin: CatalogueSummary['origin'] = 'bundled';
  const importedBytes = await readFile(importedPath).catch(() => null);
  if (importedBytes !== null) {
    const signature = await readFile(importedSignaturePath, 'utf8').catch(() => null);
    const verified = verifyCatalogueBytes(importedBytes, signature, trusted());
    const imported = checkCatalogueText(importedBytes.toString('utf8'), IMPORTED_CATALOGUE_NAME);
    if (!verified.ok) log(`The imported catalogue is not used: ${verified.reason}.`);
    else if (imported.ok && importedWins(imported.catalogue, bundled.catalogue)) {
      active = imported.catalogue;
      origin = 'imported';
    }
  }

  let pending: Pending | null = null;
  const publishers = (): PublisherInfo[] => [
    ...projectKeys.map((k) => ({ name: k.name, fingerprint: k.fingerprint, builtIn: true })),
    ...publisherKeys.list().map((p) => ({ name: p.name, fingerprint: p.fingerprint, builtIn: false, addedAt: p.addedAt })),
  ];

  return {
    current: () => active,
    summary: () => ({ version: active.meta.version, date: active.meta.date, origin }),
    firstScreenKey: () => (origin === 'bundled' ? bundledHash : null),
    async reviewFile(path, referencedTrainingIds) {
      pending = null;
      const name = basename(path);
      const size = (await stat(path).catch(() => null))?.size;
      if (size === undefined) throw new UserFacingError(`${name} could not be read.`);
      if (size > MAX_CATALOGUE_BYTES) throw new UserFacingError(`${name} is too large to be a catalogue (${Math.round(size / 1048576)} MB).`);
      const bytes = await readFile(path);
      const signature = await readFile(path + SIGNATURE_SUFFIX, 'utf8').catch(() => null);
      const verified = verifyCatalogueBytes(bytes, signature, trusted());
      if (!verified.ok) {
        const where =
          signature === null
            ? [`Catalogues are signed by their publisher; the signature must be beside the file as ${name}${SIGNATURE_SUFFIX}.`]
            : ['Only catalogues signed by the TTA Navigator project or a publisher you added under Trusted publishers are accepted.'];
        throw new UserFacingError(`${name} was refused: ${verified.reason}. Nothing was changed.`, where);
      }
      const checked = checkCatalogueText(bytes.toString('utf8'), name);
      if (!checked.ok) throw new UserFacingError(`${name} is not a valid catalogue. Nothing was changed.`, checked.errors);
      const next = checked.catalogue;
      if (next.meta.synthetic) {
        throw new UserFacingError(`${name} is a synthetic test catalogue, not real data. Nothing was changed.`);
      }
      if (!semverGt(next.meta.version, active.meta.version)) {
        throw new UserFacingError(
          `${name} holds catalogue ${next.meta.version}, which is not newer than the one you have (${active.meta.version}). Nothing was changed.`,
        );
      }
      if (!importedWins(next, bundled.catalogue)) {
        throw new UserFacingError(
          `${name} (catalogue ${next.meta.version} of ${next.meta.date}) is older than the catalogue bundled with this version of the app (${bundled.catalogue.meta.date}). Nothing was changed.`,
        );
      }
      const reviewId = randomUUID();
      pending = { reviewId, bytes, signature: signature ?? '', catalogue: next, basedOn: active };
      return {
        reviewId,
        fileName: name,
        version: next.meta.version,
        date: next.meta.date,
        signer: { name: verified.signer.name, fingerprint: verified.signer.fingerprint },
        changes: catalogueChanges(active, next, referencedTrainingIds),
      };
    },
    async confirmImport(reviewId, referencedTrainingIds) {
      const review = pending;
      if (!review || review.reviewId !== reviewId || review.basedOn !== active) {
        throw new UserFacingError('That catalogue review is no longer current. Choose the file again. Nothing was changed.');
      }
      pending = null;
      // Durable temp file + rename: a crash mid-write leaves the previous catalogue intact. The signature
      // goes first, so a crash between the two leaves a mismatch that is refused, not trusted.
      for (const [target, content] of [
        [importedSignaturePath, review.signature],
        [importedPath, review.bytes],
      ] as const) {
        await writeFileDurable(target, content);
      }
      active = review.catalogue;
      origin = 'imported';
      const known = new Set(active.trainings.map((t) => t.id));
      const retiredIds = [...new Set(referencedTrainingIds)].filter((id) => !known.has(id)).sort();
      return { version: active.meta.version, date: active.meta.date, retiredIds };
    },
    async revertToBundled() {
      pending = null;
      await rm(importedPath, { force: true });
      await rm(importedSignaturePath, { force: true });
      active = bundled.catalogue;
      origin = 'bundled';
      return { version: active.meta.version, date: active.meta.date, origin };
    },
    publishers,
    async addPublisher(name, publicKeyText, fileName) {
      const parsed = parsePublicKey(publicKeyText);
      if (!parsed.ok) throw new UserFacingError(`${fileName} was not added: ${parsed.reason}.`);
      if (projectKeys.some((k) => k.fingerprint === parsed.fingerprint)) {
        throw new UserFacingError(`${fileName} is the TTA Navigator project's own key, which is always trusted.`);
      }
      await publisherKeys.add({ name: name.trim(), fingerprint: parsed.fingerprint, publicKey: parsed.publicKey, addedAt: new Date().toISOString() });
      return publishers();
    },
    async removePublisher(fingerprint) {
      await publisherKeys.remove(fingerprint);
      pending = null;
      return publishers();
    },
  };
}
