import type { Requirement } from '../model/requirements';
import type { Completion } from '../model/team';
import type { TrainingFactsFor } from './catalogue-facts';
import { completionKey, requiredKey, type TableSpec } from './completion-table';
import type { PreparedRequirement } from './evaluate';

/** Turns filters into a test on one catalogue training; a retired one keeps its family (the completion's snapshot) but no topics or audiences. */
function hoursFilterTest(r: Extract<Requirement, { kind: 'hours' }>, facts: TrainingFactsFor): ((c: Completion) => boolean) | null {
  const fam = new Set(r.filter.families);
  const top = new Set(r.filter.topics);
  const aud = new Set(r.filter.audiences);
  if (fam.size === 0 && top.size === 0 && aud.size === 0) return null;
  return (c) => {
    // A training outside the catalogue has no family, topic or audience to match.
    if (c.trainingId === undefined) return false;
    const f = facts(c.trainingId);
    const family = f?.family ?? c.trainingFamily;
    return (
      (fam.size === 0 || (family !== undefined && fam.has(family))) &&
      (top.size === 0 || (f !== undefined && f.topics.some((t) => top.has(t)))) &&
      (aud.size === 0 || (f !== undefined && f.audiences.some((a) => aud.has(a))))
    );
  };
}

/** Every requirement of a recompute prepared together: training slots, hours bits and the table layout they need. */
export function prepareRequirements(requirements: readonly Requirement[], facts: TrainingFactsFor): { prepared: PreparedRequirement[]; spec: TableSpec } {
  const slots = new Map<string, number>();
  for (const r of requirements) if (r.kind !== 'hours') for (const t of r.trainings) if (!slots.has(requiredKey(t))) slots.set(requiredKey(t), slots.size);
  const tests: ((c: Completion) => boolean)[] = [];
  const unfilteredBits: number[] = [];
  const prepared = requirements.map((requirement): PreparedRequirement => {
    const flags = new Uint8Array(slots.size);
    if (requirement.kind !== 'hours') {
      for (const t of requirement.trainings) flags[slots.get(requiredKey(t))!] = 1;
      const slotList = Int32Array.from([...new Set(requirement.trainings.map((t) => slots.get(requiredKey(t))!))]);
      return { requirement, flags, slotList, bit: -1 };
    }
    const bit = tests.length;
    const test = hoursFilterTest(requirement, facts);
    tests.push(test ?? (() => true));
    if (!test) unfilteredBits.push(bit);
    return { requirement, flags, slotList: new Int32Array(0), bit };
  });
  const words = Math.max(1, Math.ceil(tests.length / 32));
  const setBit = (m: Uint32Array, b: number) => {
    m[b >>> 5]! |= 1 << (b & 31);
  };
  const customMask = new Uint32Array(words);
  for (const b of unfilteredBits) setBit(customMask, b);
  // A completion's class depends only on its training (and, once retired, its family snapshot): one per training and family.
  const classSlot: number[] = [];
  const classMask: Uint32Array[] = [];
  const memo = new Map<string, number>();
  const classOf = (c: Completion): number => {
    const id = c.trainingId;
    if (id !== undefined) {
      const known = memo.get(id);
      if (known !== undefined) return known;
    }
    const trainingKey = completionKey(c);
    const key = id === undefined || facts(id) ? trainingKey : `${id}\u0001${c.trainingFamily ?? ''}`;
    let cls = memo.get(key);
    if (cls === undefined) {
      let m = customMask;
      if (id !== undefined) {
        m = new Uint32Array(words);
        for (let b = 0; b < tests.length; b++) if (tests[b]!(c)) setBit(m, b);
      }
      cls = classSlot.length;
      classSlot.push(slots.get(trainingKey) ?? -1);
      classMask.push(m);
      memo.set(key, cls);
    }
    return cls;
  };
  return { prepared, spec: { slots, hoursCount: tests.length, classOf, classSlot, classMask } };
}
