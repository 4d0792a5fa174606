import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { AbstractIterator, AbstractLevelDOWN } from 'abstract-leveldown';
import leveldown from 'leveldown';

/*
 * Encryption at rest for the local replica: the LevelDB store under PouchDB sees only
 * sealed values. Every value (document bodies, revision trees, checkpoints) is one
 * AES-256-GCM box under the store's data key; keys (document ids such as "member:m-…",
 * sequence numbers) stay plain so LevelDB can sort them — they carry no personal data.
 * PouchDB is unaware: replication, revisions and conflicts work on plaintext above this layer.
 */

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

type Inner = ReturnType<typeof leveldown>;
type Callback<T = void> = (error: Error | null | undefined, value?: T) => void;

export class SealedValueError extends Error {}

function sealValue(key: Buffer, value: unknown): Buffer {
  const plain = Buffer.isBuffer(value) ? value : Buffer.from(String(value), 'utf8');
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, body, cipher.getAuthTag()]);
}

function openValue(key: Buffer, sealed: Buffer): Buffer {
  if (sealed.length < 1 + IV_BYTES + TAG_BYTES || sealed[0] !== VERSION) throw new SealedValueError('a replica value is not sealed with this app’s format');
  const iv = sealed.subarray(1, 1 + IV_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(sealed.subarray(1 + IV_BYTES, sealed.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw new SealedValueError('the replica was sealed with another data key, or its files were changed');
  }
}

const asWanted = (plain: Buffer, asBuffer: unknown) => (asBuffer === false ? plain.toString('utf8') : plain);

class SealedIterator extends AbstractIterator {
  constructor(
    db: SealedDown,
    private readonly inner: ReturnType<Inner['iterator']>,
    private readonly key: Buffer,
    private readonly valueAsBuffer: unknown,
  ) {
    super(db);
  }
  protected override _next(callback: (error?: Error | null, key?: unknown, value?: unknown) => void): void {
    this.inner.next((error, k, v) => {
      if (error) return callback(error);
      if (k === undefined && v === undefined) return callback();
      try {
        callback(null, k, v === undefined ? v : asWanted(openValue(this.key, v as Buffer), this.valueAsBuffer));
      } catch (e) {
        callback(e as Error);
      }
    });
  }
  protected override _seek(target: unknown): void {
    this.inner.seek(target);
  }
  protected override _end(callback: Callback): void {
    this.inner.end((e) => callback(e));
  }
}

class SealedDown extends AbstractLevelDOWN {
  private readonly inner: Inner;
  constructor(
    location: string,
    private readonly key: Buffer,
  ) {
    super({ bufferKeys: true, snapshots: true, permanence: true, seek: true, clear: true });
    this.inner = leveldown(location);
  }
  protected override _open(options: Record<string, unknown>, callback: Callback): void {
    this.inner.open(options, (e) => callback(e));
  }
  protected override _close(callback: Callback): void {
    this.inner.close((e) => callback(e));
  }
  protected override _get(key: unknown, options: { asBuffer?: boolean }, callback: Callback<unknown>): void {
    this.inner.get(key, { ...options, asBuffer: true }, (error, value) => {
      if (error) return callback(error);
      try {
        callback(null, asWanted(openValue(this.key, value as Buffer), options.asBuffer));
      } catch (e) {
        callback(e as Error);
      }
    });
  }
  protected override _put(key: unknown, value: unknown, options: Record<string, unknown>, callback: Callback): void {
    this.inner.put(key, sealValue(this.key, value), options, (e) => callback(e));
  }
  protected override _del(key: unknown, options: Record<string, unknown>, callback: Callback): void {
    this.inner.del(key, options, (e) => callback(e));
  }
  protected override _batch(ops: { type: 'put' | 'del'; key: unknown; value?: unknown }[], options: Record<string, unknown>, callback: Callback): void {
    const sealed = ops.map((op) => (op.type === 'put' ? { ...op, value: sealValue(this.key, op.value) } : op));
    this.inner.batch(sealed, options, (e) => callback(e));
  }
  protected override _iterator(options: Record<string, unknown>): AbstractIterator {
    return new SealedIterator(this, this.inner.iterator({ ...options, valueAsBuffer: true }), this.key, options.valueAsBuffer);
  }
}

/**
 * A leveldown-compatible factory for PouchDB's `db` option whose values are sealed under
 * `key`. PouchDB keys its open databases by the factory's function name, so each key gets
 * a factory of its own name.
 */
export function sealedLeveldown(key: Buffer): ((location: string) => AbstractLevelDOWN) & { destroy: (location: string, cb: (e?: Error | null) => void) => void } {
  if (key.length !== 32) throw new Error('AES-256 needs a 32-byte key');
  const name = `sealed_${randomBytes(6).toString('hex')}`;
  const factory = { [name]: (location: string) => new SealedDown(location, key) }[name]!;
  return Object.assign(factory, { destroy: (location: string, cb: (e?: Error | null) => void) => leveldown.destroy(location, cb) });
}
