import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planSchema } from '../../../shared/model/plan';
import { addTrainingToPlan, duplicatePlan, moveItem } from '../../../shared/plans/plan-edits';
import { item, plan } from './plan-fixtures';

describe('plan edits', () => {
  it('moveItem moves exactly one element and keeps all others in order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 30 }), fc.nat(40), fc.integer({ min: -5, max: 40 }), (list, from, to) => {
        const out = moveItem(list, from, to);
        expect([...out].sort()).toEqual([...list].sort());
        if (from >= list.length) {
          expect(out).toEqual(list);
          return;
        }
        const target = Math.max(0, Math.min(list.length - 1, to));
        expect(out[target]).toBe(list[from]);
        const rest = list.filter((_, i) => i !== from);
        expect(out.filter((_, i) => i !== target)).toEqual(rest);
      }),
    );
  });

  it('addTrainingToPlan appends a new item with a title snapshot, or assigns to the existing item', () => {
    let n = 0;
    const id = () => `i-new-${++n}`;
    const first = addTrainingToPlan(plan([]), { id: 'cart', title: 'Child Abduction Response Team Training' }, ['m-ana'], id);
    expect(first.plan.items).toEqual([
      { id: 'i-new-1', trainingId: 'cart', trainingTitle: 'Child Abduction Response Team Training', assigneeIds: ['m-ana'], priority: 'medium', status: 'planned', notes: '' },
    ]);
    const second = addTrainingToPlan(first.plan, { id: 'cart', title: 'CART' }, ['m-ana', 'm-ben'], id);
    expect(second.itemId).toBe('i-new-1');
    expect(second.plan.items).toHaveLength(1);
    expect(second.plan.items[0]!.assigneeIds).toEqual(['m-ana', 'm-ben']);
    expect(planSchema.safeParse(second.plan).success).toBe(true);
  });

  it('duplicatePlan gives the copy and every item new ids, leaves the original untouched and is not archived', () => {
    const original = plan([item('i-1', 'cart', ['m-ana']), item('i-2', 'fi-children', [])], { archived: true });
    const snapshot = structuredClone(original);
    let n = 0;
    const copy = duplicatePlan(original, { plan: 'p-2', item: () => `i-copy-${++n}` }, '2026-07-01T00:00:00.000Z');
    expect(original).toEqual(snapshot);
    expect(copy).toMatchObject({ id: 'p-2', name: 'FY2026 Task Force Training Plan (copy)', archived: false, createdAt: '2026-07-01T00:00:00.000Z' });
    expect(copy.items.map((i) => i.id)).toEqual(['i-copy-1', 'i-copy-2']);
    copy.items[0]!.assigneeIds.push('m-ben');
    expect(original.items[0]!.assigneeIds).toEqual(['m-ana']);
  });

  it('the plan schema refuses an item naming both or neither kind of training, and a period that ends before it starts', () => {
    const both = plan([{ ...item('i-1', 'cart', []), custom: { title: 'x', provider: '' } }]);
    expect(planSchema.safeParse(both).success).toBe(false);
    const neither = plan([{ id: 'i-1', assigneeIds: [], priority: 'low', status: 'planned', notes: '' }]);
    expect(planSchema.safeParse(neither).success).toBe(false);
    const backwards = plan([], { period: { start: '2026-12-31', end: '2026-01-01' } });
    const result = planSchema.safeParse(backwards);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['period', 'end']);
  });
});
