import type { TrainingFacts } from '../../shared/team/training-lookup';
import type { PackedCompletions } from './packed-completions';
import type { ImportClock, ImportInput } from './team-import';

/*
 * Messages between the main process and the heavy-work worker (heavy-work-worker.ts).
 * Long lists travel as slices of SLICE records, each its own message: each message is
 * copied in one piece. Answers are pulled: the worker sends its next slice only when the
 * main side asks for it ('next') after a turn of its event loop, because Node hands every
 * message already queued on a port to the main thread in one go (all 100,000 records of a
 * restore at once, seconds of stall).
 */

export const SLICE = 1000;
/**
 * Records per packed slice (packed-completions.ts): as columns a slice copies and is rebuilt
 * in a few milliseconds even at this size, and fewer round trips end the transfer sooner.
 */
export const PACKED_SLICE = 10_000;

/** The lists of user data that can be long; anything else travels in one message. */
export type ListName = 'members' | 'completions' | 'plans' | 'profiles' | 'newMembers';

export type ToWorker =
  | { type: 'slice'; list: ListName; records: unknown[] }
  /** The main side took the last answer message and had a turn: send the next one. */
  | { type: 'next' }
  /** Decode a whole data file (a restore): parse, migrate and check every record. */
  | { type: 'decode'; bytes: Uint8Array; fileName: string }
  /** Check an import against the members and completions sent as slices before it. */
  | { type: 'prepareImport'; trainings: readonly TrainingFacts[]; input: ImportInput; clock: ImportClock };

export type FromWorker =
  | { type: 'slice'; list: ListName; records: unknown[] }
  /** A slice of an import's new records as columns (packed-completions.ts): the 'completions' list. */
  | { type: 'packed'; records: PackedCompletions }
  /** The rest of the result; lists were sent as slices before it. */
  | { type: 'done'; result: Record<string, unknown> }
  /** userFacing: a refusal to show as it is (with details); otherwise an unexpected failure. */
  | { type: 'error'; message: string; details?: string[]; userFacing: boolean };
