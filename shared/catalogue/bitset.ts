/** Fixed-size bit sets over document positions: facet filters and counts become word-wise AND and popcount. */
export type Bitset = Uint32Array;

export const wordsFor = (size: number) => Math.ceil(size / 32);

export function emptyBitset(size: number): Bitset {
  return new Uint32Array(wordsFor(size));
}

export function fullBitset(size: number): Bitset {
  const b = new Uint32Array(wordsFor(size)).fill(0xffffffff);
  const extra = b.length * 32 - size;
  if (extra > 0) b[b.length - 1] = 0xffffffff >>> extra;
  return b;
}

export function setBit(b: Bitset, i: number): void {
  b[i >>> 5]! |= 1 << (i & 31);
}

export function hasBit(b: Bitset, i: number): boolean {
  return (b[i >>> 5]! & (1 << (i & 31))) !== 0;
}

/** target &= other, in place. */
export function andInto(target: Bitset, other: Bitset): void {
  for (let i = 0; i < target.length; i++) target[i]! &= other[i]!;
}

/** target |= other, in place. */
export function orInto(target: Bitset, other: Bitset): void {
  for (let i = 0; i < target.length; i++) target[i]! |= other[i]!;
}

function popcount32(v: number): number {
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function count(b: Bitset): number {
  let n = 0;
  for (let i = 0; i < b.length; i++) if (b[i] !== 0) n += popcount32(b[i]!);
  return n;
}

/** |a AND b| without allocating. */
export function countAnd(a: Bitset, b: Bitset): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) {
    const w = a[i]! & b[i]!;
    if (w !== 0) n += popcount32(w);
  }
  return n;
}

/** Positions of set bits, ascending. */
export function positions(b: Bitset, total: number): Int32Array {
  const out = new Int32Array(total);
  let k = 0;
  for (let w = 0; w < b.length; w++) {
    let word = b[w]!;
    while (word !== 0) {
      const low = word & -word;
      out[k++] = (w << 5) + (31 - Math.clz32(low));
      word ^= low;
    }
  }
  return out;
}
