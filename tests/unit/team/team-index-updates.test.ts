import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Completion, Member } from '../../../shared/model/team';
import { buildTeamIndex, updateTeamIndex, type CompletionChange } from '../../../shared/team/team-index';
import { completion, custom, member, sampleLookup } from './helpers';

const today = '2026-06-01';

type Op =
  | { kind: 'add'; member: number; training: number; day: number; months: number }
  | { kind: 'edit'; pick: number; member: number; day: number }
  | { kind: 'remove'; pick: number }
  | { kind: 'addMember' }
  | { kind: 'renameMember'; member: number }
  | { kind: 'removeMember'; member: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), member: fc.nat(), training: fc.nat({ max: 5 }), day: fc.integer({ min: 1, max: 28 }), months: fc.integer({ min: 0, max: 30 }) }),
  fc.record({ kind: fc.constant('edit' as const), pick: fc.nat(), member: fc.nat(), day: fc.integer({ min: 1, max: 28 }) }),
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
  fc.constant({ kind: 'addMember' as const }),
  fc.record({ kind: fc.constant('renameMember' as const), member: fc.nat() }),
  fc.record({ kind: fc.constant('removeMember' as const), member: fc.nat() }),
);

const trainings = (i: number, id: string, memberId: string, completedOn: string, months: number): Completion => {
  const extra = { completedOn, ...(months > 0 ? { validForMonths: months } : {}) };
  // Few distinct trainings, so renewals (superseded rows) happen often.
  if (i === 0) return completion(id, memberId, extra);
  if (i === 1) return completion(id, memberId, { ...extra, trainingId: 'amber-cart', trainingTitle: 'CART', trainingFamily: 'amber' });
  if (i === 2) return completion(id, memberId, { ...extra, trainingId: 'gone', trainingTitle: 'Retired', trainingFamily: 'ovw' });
  return custom(id, memberId, `Local ${i}`, extra);
};

describe('updating the team index after a change', () => {
  it('always equals a full rebuild of the same data', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 40 }), (ops) => {
        let members: Member[] = [member('m-0', 'A'), member('m-1', 'B')];
        let completions: Completion[] = [completion('c-seed', 'm-0', { completedOn: '2025-01-01', validForMonths: 12 })];
        let index = buildTeamIndex(members, completions, sampleLookup, today);
        let n = 0;
        for (const op of ops) {
          let change: CompletionChange = { upserted: [], removedIds: [] };
          const pickMember = (i: number) => members[i % members.length];
          if (op.kind === 'add' && members.length > 0) {
            const c = trainings(op.training, `c-${++n}`, pickMember(op.member)!.id, `2025-0${(op.day % 9) + 1}-${String(op.day).padStart(2, '0')}`, op.months);
            completions = [...completions, c];
            change = { upserted: [c], removedIds: [] };
          } else if (op.kind === 'edit' && completions.length > 0 && members.length > 0) {
            const old = completions[op.pick % completions.length]!;
            const c = { ...old, memberId: pickMember(op.member)!.id, completedOn: `2024-12-${String(op.day).padStart(2, '0')}` };
            completions = completions.map((x) => (x.id === c.id ? c : x));
            change = { upserted: [c], removedIds: [] };
          } else if (op.kind === 'remove' && completions.length > 0) {
            const id = completions[op.pick % completions.length]!.id;
            completions = completions.filter((x) => x.id !== id);
            change = { upserted: [], removedIds: [id] };
          } else if (op.kind === 'addMember') {
            members = [...members, member(`m-${members.length + n++ + 10}`, `New ${n}`)];
          } else if (op.kind === 'renameMember' && members.length > 0) {
            const target = pickMember(op.member)!;
            members = members.map((m) => (m === target ? { ...m, name: `${m.name}!`, active: !m.active } : m));
          } else if (op.kind === 'removeMember' && members.length > 0) {
            const target = pickMember(op.member)!;
            members = members.filter((m) => m !== target);
            const gone = completions.filter((c) => c.memberId === target.id).map((c) => c.id);
            completions = completions.filter((c) => c.memberId !== target.id);
            change = { upserted: [], removedIds: gone };
          }
          index = updateTeamIndex(index, members, change);
          expect(index).toEqual(buildTeamIndex(members, completions, sampleLookup, today));
        }
      }),
      { numRuns: 300 },
    );
  });
});
