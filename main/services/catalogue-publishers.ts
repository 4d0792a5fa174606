import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as z from 'zod';
import { lazySchema } from '../../shared/validation/lazy-schema';
import { keyFingerprint, type TrustedKey } from './catalogue-signature';

export const PUBLISHERS_FILE_NAME = 'catalogue-publishers.json';

const publisherSchema = lazySchema(() =>
  z.object({
    name: z.string().trim().min(1).max(120),
    fingerprint: z.string().regex(/^[0-9a-f]{32}$/),
    publicKey: z.string().max(1000),
    addedAt: z.iso.datetime(),
  }),
);
export type Publisher = z.infer<typeof publisherSchema>;
const publishersFileSchema = lazySchema(() => z.object({ publishers: z.array(publisherSchema) }));

export interface PublisherKeys {
  list(): Publisher[];
  add(publisher: Publisher): Promise<Publisher[]>;
  remove(fingerprint: string): Promise<Publisher[]>;
}

/**
 * Catalogue publishers the user chose to trust (a state task force may publish its own
 * catalogue), kept in the data folder. A stored key whose fingerprint does not match its
 * key is dropped rather than trusted under a name it does not own.
 */
export async function loadPublisherKeys(dir: string, log: (message: string) => void = () => undefined): Promise<PublisherKeys> {
  const file = join(dir, PUBLISHERS_FILE_NAME);
  let publishers: Publisher[] = [];
  const text = await readFile(file, 'utf8').catch(() => null);
  if (text !== null) {
    try {
      const parsed = publishersFileSchema.parse(JSON.parse(text));
      publishers = parsed.publishers.filter((p) => {
        try {
          return keyFingerprint(p.publicKey) === p.fingerprint;
        } catch {
          return false;
        }
      });
    } catch {
      log(`${PUBLISHERS_FILE_NAME} could not be read; no publisher keys are trusted until you add them again.`);
    }
  }
  const save = async (next: Publisher[]): Promise<Publisher[]> => {
    const temp = `${file}.tmp`;
    await writeFile(temp, JSON.stringify({ publishers: next }, null, 2), { mode: 0o600 });
    await rename(temp, file);
    publishers = next;
    return next;
  };
  return {
    list: () => publishers,
    add: (publisher) => save([...publishers.filter((p) => p.fingerprint !== publisher.fingerprint), publisherSchema.parse(publisher)]),
    remove: (fingerprint) => save(publishers.filter((p) => p.fingerprint !== fingerprint)),
  };
}

export function asTrustedKey(publisher: Publisher): TrustedKey {
  return { name: publisher.name, fingerprint: publisher.fingerprint, publicKey: publisher.publicKey };
}
