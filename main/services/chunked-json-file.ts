import type { UserData } from '../../shared/model/user-data';
import type { DurableFiles } from './durable-file';
import { hashChunks, rememberPieceHash, type Digest } from './trusted-file';
import type { UserDataSerializer } from './user-data-serializer';

/**
 * The data file's writer: pre-encoded chunks (unchanged blocks are reused, see the
 * serializer) go through the durable writer in one writev, and the hash of exactly
 * these bytes comes back for the trust record. One write at a time is the store's job.
 */
export class ChunkedJsonFile {
  constructor(
    private readonly file: string,
    private readonly serializer: UserDataSerializer,
    private readonly files: DurableFiles,
  ) {}

  /** The bytes this data serialises to, as written: for backups of the committed state. */
  chunks(data: UserData): Buffer[] {
    return this.serializer.chunks(data);
  }

  async write(data: UserData): Promise<Digest> {
    // Changed blocks are built and hashed one per turn of the event loop (a restore changes them all).
    const chunks = await this.serializer.prepare(data, rememberPieceHash);
    const digest = hashChunks(chunks);
    await this.files.write(this.file, chunks);
    return digest;
  }
}
