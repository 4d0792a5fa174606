import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { atRestTransform } from '../../../main/services/crypto/at-rest-transform';
import { chunkedHeader, openChunked, sealChunked } from '../../../main/services/crypto/chunked-envelope';
import { EnvelopeError, KEY_KINDS } from '../../../main/services/crypto/envelope';

const key = randomBytes(32);
const header = chunkedHeader(KEY_KINDS.wrappedDataKey, Buffer.from('keyid123'));
const pieces = ['{"members":[', '{"name":"Ana Diaz"}', ',{"name":"Ben Lee"}', '],"completions":[]}'].map((s) => Buffer.from(s));
const plain = Buffer.concat(pieces);

/** The sealed file cut into its records: [header, piece records…, manifest record]. */
function records(sealed: Buffer[]): Buffer[] {
  // sealChunked returns header, one Buffer per cached piece record, then the manifest's parts.
  const manifest = Buffer.concat(sealed.slice(1 + pieces.length));
  return [sealed[0]!, ...sealed.slice(1, 1 + pieces.length), manifest];
}

describe('the chunked at-rest envelope', () => {
  it('round-trips and reuses the sealed record of an unchanged piece, never of a changed one', () => {
    const cache = new WeakMap<Buffer, Buffer>();
    const first = sealChunked(pieces, key, header, cache);
    expect(openChunked(Buffer.concat(first), key, header)).toEqual(plain);
    const changed = Buffer.from(',{"name":"Ben Leigh"}');
    const second = sealChunked([pieces[0]!, pieces[1]!, changed, pieces[3]!], key, header, cache);
    expect(second[1]).toBe(first[1]);
    expect(second[3]).not.toBe(first[3]);
    expect(openChunked(Buffer.concat(second), key, header).toString()).toContain('Ben Leigh');
  });

  it('refuses a piece dropped, repeated, swapped, taken from another file, a file cut short, a changed byte and a wrong key', () => {
    const cache = new WeakMap<Buffer, Buffer>();
    const [head, a, b, c, d, manifest] = records(sealChunked(pieces, key, header, cache)) as [Buffer, Buffer, Buffer, Buffer, Buffer, Buffer];
    const other = records(sealChunked([Buffer.from('{"members":[{"name":"Zed"}],"completions":[]}')], key, header, new WeakMap()));
    const variants: [string, Buffer][] = [
      ['dropped', Buffer.concat([head, a, b, d, manifest])],
      ['repeated', Buffer.concat([head, a, b, b, c, d, manifest])],
      ['swapped', Buffer.concat([head, a, c, b, d, manifest])],
      ['foreign piece', Buffer.concat([head, a, other[1]!, c, d, manifest])],
      ['foreign manifest', Buffer.concat([head, a, b, c, d, other[2]!])],
      ['cut short', Buffer.concat([head, a, b, c, d])],
      ['trailing bytes', Buffer.concat([head, a, b, c, d, manifest, Buffer.from('x')])],
    ];
    for (const [name, bytes] of variants) expect(() => openChunked(bytes, key, header), name).toThrow(EnvelopeError);
    const whole = Buffer.concat([head, a, b, c, d, manifest]);
    for (let at = header.length; at < whole.length; at += 7) {
      const flipped = Buffer.from(whole);
      flipped.writeUInt8(flipped.readUInt8(at) ^ 0x01, at);
      expect(() => openChunked(flipped, key, header), `byte ${at}`).toThrow();
    }
    expect(() => openChunked(whole, randomBytes(32), header)).toThrow(EnvelopeError);
  });

  it('the transform tells another data key apart from a changed file, and passes plain files of earlier versions through', async () => {
    const mine = atRestTransform(randomBytes(32));
    const theirs = atRestTransform(randomBytes(32));
    const sealed = Buffer.concat(await mine.encode(pieces));
    // decode consumes its input (the plaintext is written over it): each call gets its own copy.
    expect(() => theirs.decode(Buffer.from(sealed))).toThrow(/another data key/);
    expect(await mine.decode(Buffer.from(sealed))).toEqual(plain);
    expect(await mine.decode(plain)).toEqual(plain);
  });
});
