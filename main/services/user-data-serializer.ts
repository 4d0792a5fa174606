import type { UserData } from '../../shared/model/user-data';

/**
 * Serialises user data for saving without re-stringifying every record on every
 * save: with 100,000 completions a full JSON.stringify costs more than the disk
 * write itself. Two caches:
 * - each member and completion keeps its JSON text under a symbol (JSON.stringify
 *   skips symbol keys; a WeakMap of 100,000 entries slowed every garbage collection);
 * - records are joined in blocks of BLOCK, and a block whose records are the same
 *   objects as last time reuses its joined text, so adding one completion re-joins
 *   one block, not 100,000 records.
 * The store's writers replace records rather than edit them, and cached records
 * are frozen so an in-place edit fails loudly instead of saving stale text.
 */
export interface UserDataSerializer {
  /** The file's bytes as chunks, written with one writev: unchanged blocks are already UTF-8. */
  chunks(data: UserData): Buffer[];
  serialize(data: UserData): string;
  /** Fills the caches in small slices so the first save after opening is fast too. */
  warm(data: UserData): Promise<void>;
  /**
   * Before a save: builds every block that changed (a restore or an import changes most of
   * them), one block per turn of the event loop, handing each block's bytes to onBlock
   * (the writer hashes it). chunks() then only joins finished blocks.
   */
  prepare(data: UserData, onBlock?: (bytes: Buffer) => void): Promise<void>;
}

/** Records per cached block; tests pass a small one to cross many block boundaries. */
const BLOCK = 1024;
const SAVED_TEXT = Symbol('savedText');
type Cached = { [SAVED_TEXT]?: string };

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function recordText(record: object): string {
  let s = (record as Cached)[SAVED_TEXT];
  if (s === undefined) {
    s = JSON.stringify(record);
    if (!Object.isFrozen(record)) {
      Object.defineProperty(record, SAVED_TEXT, { value: s, enumerable: false });
      deepFreeze(record);
    }
  }
  return s;
}

interface Block {
  records: object[];
  bytes: Buffer;
}

const COMMA = Buffer.from(',');
const OPEN = Buffer.from('[');
const CLOSE = Buffer.from(']');

/** One array as UTF-8 chunks, reusing unchanged blocks from the previous save. */
class ListWriter {
  private blocks: Block[] = [];

  constructor(private readonly blockSize: number) {}

  /** Builds the blocks of `records`, reusing unchanged ones; yields after each block it had to build. */
  *build(records: readonly object[], onBlock?: (bytes: Buffer) => void): Generator<void, void> {
    const blocks: Block[] = [];
    for (let start = 0, b = 0; start < records.length; start += this.blockSize, b++) {
      const end = Math.min(records.length, start + this.blockSize);
      const previous = this.blocks[b];
      if (previous && previous.records.length === end - start && sameRecords(previous.records, records, start)) {
        blocks.push(previous);
        continue;
      }
      const slice = records.slice(start, end);
      const block = { records: slice, bytes: Buffer.from(slice.map(recordText).join(',')) };
      blocks.push(block);
      onBlock?.(block.bytes);
      // Later blocks compare against the new list; the previous one is kept until then.
      this.blocks = [...blocks, ...this.blocks.slice(b + 1)];
      yield;
    }
    this.blocks = blocks;
  }

  chunks(records: readonly object[]): Buffer[] {
    const steps = this.build(records);
    while (!steps.next().done);
    const blocks = this.blocks;
    const out: Buffer[] = [OPEN];
    blocks.forEach((b, i) => {
      if (i > 0) out.push(COMMA);
      out.push(b.bytes);
    });
    out.push(CLOSE);
    return out;
  }
}

function sameRecords(cached: readonly object[], records: readonly object[], start: number): boolean {
  for (let i = 0; i < cached.length; i++) if (cached[i] !== records[start + i]) return false;
  return true;
}

export function createUserDataSerializer(options: { blockSize?: number } = {}): UserDataSerializer {
  const members = new ListWriter(options.blockSize ?? BLOCK);
  const completions = new ListWriter(options.blockSize ?? BLOCK);
  const chunks = (data: UserData): Buffer[] => {
    const { members: m, completions: c, ...rest } = data;
    // Small parts (settings, plans, any future field) go through JSON.stringify as usual.
    const head = JSON.stringify(rest);
    return [
      Buffer.from(`${head.slice(0, -1)}${head.length > 2 ? ',' : ''}"members":`),
      ...members.chunks(m),
      Buffer.from(',"completions":'),
      ...completions.chunks(c),
      Buffer.from('}'),
    ];
  };
  return {
    chunks,
    async prepare(data, onBlock) {
      for (const steps of [members.build(data.members, onBlock), completions.build(data.completions, onBlock)]) {
        while (!steps.next().done) await new Promise((resolve) => setImmediate(resolve));
      }
    },
    serialize: (data) => Buffer.concat(chunks(data)).toString('utf8'),
    async warm(data) {
      const records: object[] = [...data.members, ...data.completions];
      for (let i = 0; i < records.length; i += 2000) {
        for (const r of records.slice(i, i + 2000)) recordText(r);
        await new Promise((resolve) => setImmediate(resolve));
      }
      members.chunks(data.members);
      completions.chunks(data.completions);
    },
  };
}
