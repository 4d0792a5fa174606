import { randomUUID } from 'node:crypto';

const prefixes = { member: 'm', completion: 'c', plan: 'p', item: 'i', profile: 'pr', requirement: 'rq', curriculum: 'cu', module: 'mo', delivery: 'd' } as const;
export type RecordKind = keyof typeof prefixes;

/** Every stored record's id is made here, on the main side ("m-…", "c-…", "p-…", "i-…", "pr-…", "rq-…", "cu-…", "mo-…", "d-…"); the renderer never invents one. */
export function newRecordId(kind: RecordKind): string {
  return `${prefixes[kind]}-${randomUUID()}`;
}
