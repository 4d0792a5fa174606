import { readFile, stat } from 'node:fs/promises';
import { CERTIFICATE_MAX_BYTES } from '../../shared/model/certificate';
import { sha256Hex } from './certificates/certificate-files';
import { createHeavyWork, type HeavyWork } from './heavy-work';
import { basename } from 'node:path';
import type { UserData } from '../../shared/model/user-data';
import { isEnvelope } from './crypto/envelope';
import { openWithPassphrase, sealWithPassphrase } from './crypto/passphrase-file';
import { writeFileDurable } from './durable-file';
import type { Store } from './store';
import { UserFacingError } from './user-facing-error';

/** Larger than any real data file (100,000 completions is about 30 MB); refused before reading. */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;

export interface RestoreOutcome {
  members: number;
  completions: number;
  plans: number;
}

/**
 * All user data as one file, encrypted under the passphrase the user chose (scrypt key,
 * AES-256-GCM: crypto/passphrase-file.ts). Inside is the data file's JSON, so restore decodes
 * it with the same checks. `logN` is for tests only (a lower scrypt cost).
 */
export async function exportUserData(data: UserData, path: string, passphrase: string, logN?: number, certificates: ReadonlyMap<string, Buffer> = new Map()): Promise<void> {
  await writeFileDurable(path, await sealWithPassphrase(await backupPayload(data, certificates), passphrase, logN));
}

const DATA_ENTRY = 'data.json';
const CERTIFICATE_ENTRY = /^certificates\/([0-9a-f]{64})$/;
const isZip = (b: Buffer): boolean => b.length >= 4 && b.readUInt32LE(0) === 0x04034b50;

/**
 * What the passphrase seals: the data file's JSON alone (as in earlier versions) when no record
 * has a certificate; otherwise a ZIP of data.json and certificates/<sha256> (stored, not compressed).
 */
async function backupPayload(data: UserData, certificates: ReadonlyMap<string, Buffer>): Promise<Buffer> {
  const json = Buffer.from(JSON.stringify(data));
  if (certificates.size === 0) return json;
  const entries: Record<string, [Uint8Array, { level: 0 }]> = { [DATA_ENTRY]: [json, { level: 0 }] };
  for (const [sha, bytes] of certificates) entries[`certificates/${sha}`] = [bytes, { level: 0 }];
  const { zipSync } = await import('./zip-engine');
  const zip = zipSync(entries);
  return Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
}

/** The data JSON and the certificates of a backup's payload; every certificate must match its name. */
async function splitPayload(plain: Buffer, name: string): Promise<{ json: Buffer; certificates: Map<string, Buffer> }> {
  const certificates = new Map<string, Buffer>();
  if (!isZip(plain)) return { json: plain, certificates };
  const { unzipSync } = await import('./zip-engine');
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(plain);
  } catch (error) {
    throw new UserFacingError(`${name} is damaged: its contents could not be unpacked (${(error as Error).message}).`);
  }
  const json = entries[DATA_ENTRY];
  if (!json) throw new UserFacingError(`${name} is damaged: it holds no data.json.`);
  for (const [entry, bytes] of Object.entries(entries)) {
    if (entry === DATA_ENTRY) continue;
    const sha = CERTIFICATE_ENTRY.exec(entry)?.[1];
    if (!sha) throw new UserFacingError(`${name} is damaged: it holds an unexpected file, ${entry}.`);
    if (bytes.length > CERTIFICATE_MAX_BYTES || sha256Hex(bytes) !== sha) throw new UserFacingError(`${name} is damaged: the certificate ${entry} does not match its name.`);
    certificates.set(sha, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  }
  // A copy of its own: the decode hands its buffer over to the worker thread.
  return { json: Buffer.from(json), certificates };
}

/**
 * Reads, opens and validates a backup file in full; throws UserFacingError naming what is wrong
 * and where. Changes nothing. Backups of earlier versions are plain JSON and open without a passphrase.
 * The parse and check of up to 100,000 records run on `heavy` (the worker thread in the app).
 */
export async function readBackupFile(path: string, passphrase?: string, heavy: HeavyWork = createHeavyWork(null)): Promise<UserData> {
  return (await readBackupWithCertificates(path, passphrase, heavy)).data;
}

/** readBackupFile, with the certificate files the backup holds (checked against their SHA-256 names). */
export async function readBackupWithCertificates(path: string, passphrase?: string, heavy: HeavyWork = createHeavyWork(null)): Promise<{ data: UserData; certificates: Map<string, Buffer> }> {
  const name = basename(path);
  const info = await stat(path).catch(() => null);
  if (!info || !info.isFile()) throw new UserFacingError(`${name} could not be read.`);
  if (info.size > MAX_BACKUP_BYTES) throw new UserFacingError(`${name} is too large to be a TTA Navigator backup (${Math.round(info.size / 1048576)} MB).`);
  const bytes = await readFile(path).catch(() => null);
  if (bytes === null) throw new UserFacingError(`${name} could not be read.`);
  let plain: Buffer;
  if (isEnvelope(bytes)) {
    if (!passphrase) throw new UserFacingError(`${name} is protected by a passphrase. Enter the passphrase it was saved with, then choose the file again.`);
    const opened = await openWithPassphrase(bytes, passphrase);
    if (!opened.ok) {
      throw new UserFacingError(
        opened.reason === 'wrong-passphrase'
          ? `The passphrase does not open ${name}. Check it (capital letters count) and try again.`
          : opened.reason === 'not-passphrase-file'
            ? `${name} is an encrypted file of the app's own data folder, not a backup saved with Back up data….`
            : `${name}: ${opened.message}`,
      );
    }
    plain = opened.plaintext;
  } else {
    plain = bytes;
  }
  const { json, certificates } = await splitPayload(plain, name);
  // Parse and check on the worker thread, so the window keeps answering.
  const decoded = await heavy.decode(json, name, { handOver: true });
  if (!decoded.ok) throw new UserFacingError(decoded.message);
  return { data: decoded.data, certificates };
}

/**
 * Restores all user data from a backup file: the whole file is opened and validated first,
 * then the store backs up the current data and replaces it. A bad file or a wrong passphrase changes nothing.
 */
export async function restoreUserData(store: Store, path: string, passphrase?: string, heavy?: HeavyWork, putCertificate?: (bytes: Buffer) => Promise<string>): Promise<RestoreOutcome> {
  const { data, certificates } = await readBackupWithCertificates(path, passphrase, heavy).catch((error: unknown) => {
    throw error instanceof UserFacingError ? new UserFacingError(`${error.message} Nothing was changed.`, error.details) : error;
  });
  // Certificates first, so no restored record names a file that is not there yet.
  if (putCertificate) for (const bytes of certificates.values()) await putCertificate(bytes);
  await store.replaceAll(data, `restore from ${basename(path)}`);
  return { members: data.members.length, completions: data.completions.length, plans: data.plans.length };
}
