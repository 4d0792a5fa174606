import { describe, expect, it } from 'vitest';
import { completion, item, member, plan, viewOf } from './plan-fixtures';

const ana = member('m-ana', 'Ana Diaz');
const ben = member('m-ben', 'Ben Lee');

describe('plan progress from completion records', () => {
  it('counts a completion inside the plan period as done, and shows its date', () => {
    const v = viewOf(plan([item('i-1', 'fi-children', ['m-ana', 'm-ben'])]), [ana, ben], [completion('m-ana', 'fi-children', '2026-03-02')], '2026-06-01');
    expect(v.items[0]!.assignments).toEqual([
      { memberId: 'm-ana', state: 'done', completedOn: '2026-03-02' },
      { memberId: 'm-ben', state: 'planned' },
    ]);
    expect(v.items[0]!.counts).toEqual({ done: 1, planned: 1, overdue: 0, total: 2 });
  });

  it('counts an earlier completion that is still valid today, but not one that expired', () => {
    const records = [
      completion('m-ana', 'fi-children', '2025-05-01', { validForMonths: 24 }),
      completion('m-ben', 'fi-children', '2024-01-01', { validForMonths: 12 }),
    ];
    const v = viewOf(plan([item('i-1', 'fi-children', ['m-ana', 'm-ben'])]), [ana, ben], records, '2026-06-01');
    expect(v.items[0]!.assignments.map((a) => a.state)).toEqual(['done', 'planned']);
  });

  it('treats a completion without expiry as still valid', () => {
    const v = viewOf(plan([item('i-1', 'cart', ['m-ana'])]), [ana], [completion('m-ana', 'cart', '2020-01-01')], '2026-06-01');
    expect(v.items[0]!.assignments[0]!.state).toBe('done');
  });

  it('marks an item overdue once its target date (or the plan end) has passed', () => {
    const p = plan([item('i-1', 'fi-children', ['m-ana'], { targetDate: '2026-03-31' }), item('i-2', 'cart', ['m-ana'])]);
    const before = viewOf(p, [ana], [], '2026-03-31');
    expect(before.items.map((i) => i.assignments[0]!.state)).toEqual(['planned', 'planned']);
    const after = viewOf(p, [ana], [], '2026-04-01');
    expect(after.items.map((i) => i.assignments[0]!.state)).toEqual(['overdue', 'planned']);
    expect(after.items[1]!.dueDate).toBe('2026-12-31');
  });

  it('does not count cancelled items and totals per member across items', () => {
    const p = plan([
      item('i-1', 'fi-children', ['m-ana', 'm-ben'], { targetDate: '2026-02-01' }),
      item('i-2', 'cart', ['m-ana']),
      item('i-3', 'fi-advanced', ['m-ana', 'm-ben'], { status: 'cancelled' }),
    ]);
    const v = viewOf(p, [ana, ben], [completion('m-ben', 'fi-children', '2026-01-15')], '2026-06-01');
    expect(v.totals).toEqual({ done: 1, planned: 1, overdue: 1, total: 3 });
    expect(v.members.map((m) => [m.name, m.counts])).toEqual([
      ['Ana Diaz', { done: 0, planned: 1, overdue: 1, total: 2 }],
      ['Ben Lee', { done: 1, planned: 0, overdue: 0, total: 1 }],
    ]);
    expect(v.items[2]!.counted).toBe(false);
    expect(v.items[2]!.counts.total).toBe(0);
  });

  it('matches a custom item to a custom completion by title, ignoring case and spacing', () => {
    const custom = { id: 'i-1', custom: { title: 'State  Human Trafficking Summit', provider: 'AG office' }, assigneeIds: ['m-ana'], priority: 'low' as const, status: 'planned' as const, notes: '' };
    const record = completion('m-ana', 'x', '2026-04-04', { trainingId: undefined, trainingTitle: undefined, custom: { title: 'state human trafficking summit', provider: '' } });
    const v = viewOf(plan([custom]), [ana], [record], '2026-06-01');
    expect(v.items[0]!.assignments[0]!.state).toBe('done');
    expect(v.items[0]!.custom).toBe(true);
  });

  it('keeps a training the catalogue dropped, under its snapshot title, marked retired', () => {
    const v = viewOf(plan([item('i-1', 'gone-course', ['m-ana'])]), [ana], [], '2026-06-01');
    expect(v.items[0]).toMatchObject({ title: 'Snapshot of gone-course', retired: true, providerName: '' });
  });
});
