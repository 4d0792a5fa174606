import type { UserData } from '../../shared/model/user-data';
import { deepFreeze } from './deep-freeze';

/**
 * Serialises user data for saving without re-stringifying every record on every
 * save: with 100,000 completions a full JSON.stringify costs more than the disk
 * write itself. Records are written in blocks of BLOCK, each kept as UTF-8 bytes
 * (outside the JavaScript heap), and a block whose records are the same objects as
 * last time reuses its bytes, so adding one completion re-writes one block, not
 * 100,000 records. A changed block is one JSON.stringify of its records: a text kept
 * per record (100,000 strings that all outlive their first garbage collection) made
 * every collection during an import or a restore copy tens of megabytes, the main
 * process's longest pauses.
 * The store's writers replace records rather than edit them, and written records
 * are frozen so an in-place edit fails loudly instead of saving stale bytes.
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
   * (the writer hashes it), and returns the file's chunks as chunks() would: the blocks it
   * just compared are joined as they are, not compared with the records a second time.
   */
  prepare(data: UserData, onBlock?: (bytes: Buffer) => void): Promise<Buffer[]>;
}

/** Records per cached block; tests pass a small one to cross many block boundaries. */
const BLOCK = 1024;
/** The records' JSON joined by commas (the array's text without its brackets), as UTF-8. */
function blockBytes(records: readonly object[]): Buffer {
  for (const record of records) deepFreeze(record);
  const bytes = Buffer.from(JSON.stringify(records));
  return bytes.subarray(1, bytes.length - 1);
}

/** A block's bytes with `added` records after it: the same bytes blockBytes would give for the whole. */
function appendedBytes(bytes: Buffer, added: readonly object[]): Buffer {
  return Buffer.concat([bytes, COMMA, blockBytes(added)]);
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
  /** The list the blocks were last built from. */
  private builtFrom: readonly object[] | null = null;

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
      // Records added at the end of the last block (one completion recorded): its old bytes,
      // a comma and the new records' text, instead of re-encoding the whole block.
      const grown = previous && previous.records.length > 0 && previous.records.length < slice.length && sameRecords(previous.records, records, start);
      const block = { records: slice, bytes: grown ? appendedBytes(previous.bytes, slice.slice(previous.records.length)) : blockBytes(slice) };
      blocks.push(block);
      onBlock?.(block.bytes);
      // Later blocks compare against the new list; the previous one is kept until then.
      this.blocks = [...blocks, ...this.blocks.slice(b + 1)];
      yield;
    }
    this.blocks = blocks;
    this.builtFrom = records;
  }

  chunks(records: readonly object[]): Buffer[] {
    const steps = this.build(records);
    while (!steps.next().done);
    return this.joined(records);
  }

  /**
   * The array's bytes from the blocks last built, when they were built from `records` (and the
   * caller has not changed it since); otherwise (another build ran in between) built again.
   */
  joined(records: readonly object[]): Buffer[] {
    if (this.builtFrom !== records) return this.chunks(records);
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
  /** The file around the two lists' chunks. */
  const file = (data: UserData, memberChunks: Buffer[], completionChunks: Buffer[]): Buffer[] => {
    const { members: _m, completions: _c, ...rest } = data;
    // Small parts (settings, plans, any future field) go through JSON.stringify as usual.
    const head = JSON.stringify(rest);
    return [Buffer.from(`${head.slice(0, -1)}${head.length > 2 ? ',' : ''}"members":`), ...memberChunks, Buffer.from(',"completions":'), ...completionChunks, Buffer.from('}')];
  };
  const chunks = (data: UserData): Buffer[] => file(data, members.chunks(data.members), completions.chunks(data.completions));
  return {
    chunks,
    async prepare(data, onBlock) {
      for (const steps of [members.build(data.members, onBlock), completions.build(data.completions, onBlock)]) {
        while (!steps.next().done) await new Promise((resolve) => setImmediate(resolve));
      }
      return file(data, members.joined(data.members), completions.joined(data.completions));
    },
    serialize: (data) => Buffer.concat(chunks(data)).toString('utf8'),
    async warm(data) {
      for (const steps of [members.build(data.members), completions.build(data.completions)]) {
        while (!steps.next().done) await new Promise((resolve) => setImmediate(resolve));
      }
    },
  };
}
