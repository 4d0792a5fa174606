import { describe, expect, it } from 'vitest';
import { completion, item, member, plan, viewOf } from './plan-fixtures';

const ana = member('m-ana', 'Ana Diaz', ['law-enforcement']);
const ben = member('m-ben', 'Ben Lee', ['forensic-interviewers']);
const cy = member('m-cy', 'Cy Park', ['prosecutors']);
const retiredMember = member('m-old', 'Old Timer', ['prosecutors'], { active: false });

describe('gap matrix', () => {
  it('has a row per assignee, then active members of the audience focus, and a column per counted item', () => {
    const p = plan(
      [item('i-1', 'fi-children', ['m-ana'], { targetDate: '2026-02-01' }), item('i-2', 'cart', ['m-ben']), item('i-3', 'fi-advanced', ['m-ana'], { status: 'cancelled' })],
      { audienceFocus: ['prosecutors'] },
    );
    const v = viewOf(p, [ana, ben, cy, retiredMember], [completion('m-cy', 'cart', '2026-05-01')], '2026-06-01');
    expect(v.matrix.memberIds).toEqual(['m-ana', 'm-ben', 'm-cy']);
    expect(v.matrix.itemIds).toEqual(['i-1', 'i-2']);
    expect(v.matrix.cells).toEqual([
      [{ assigned: true, state: 'overdue' }, { assigned: false, state: 'needed' }],
      [{ assigned: false, state: 'needed' }, { assigned: true, state: 'planned' }],
      [{ assigned: false, state: 'needed' }, { assigned: false, state: 'done' }],
    ]);
  });

  it('changes when a completion is recorded', () => {
    const p = plan([item('i-1', 'fi-children', ['m-ana', 'm-ben'])]);
    const before = viewOf(p, [ana, ben], [], '2026-06-01');
    const after = viewOf(p, [ana, ben], [completion('m-ben', 'fi-children', '2026-06-01')], '2026-06-01');
    expect(before.matrix.cells.map((row) => row[0]!.state)).toEqual(['planned', 'planned']);
    expect(after.matrix.cells.map((row) => row[0]!.state)).toEqual(['planned', 'done']);
  });
});

describe('suggestions', () => {
  it('offers trainings for the member’s audiences that they have not taken and are not assigned, skipping historical ones', () => {
    const p = plan([item('i-1', 'fi-children', ['m-ana'])]);
    const v = viewOf(p, [ana], [completion('m-ana', 'cart', '2019-01-01')], '2026-06-01');
    // law-enforcement: fi-children (assigned), cart (taken), webinar (historical) -> nothing left.
    expect(v.suggestions).toEqual([{ memberId: 'm-ana', trainings: [] }]);

    const v2 = viewOf(plan([item('i-1', 'cart', ['m-ben'])], { audienceFocus: ['law-enforcement'] }), [ana, ben], [], '2026-06-01');
    const forAna = v2.suggestions.find((s) => s.memberId === 'm-ana')!.trainings;
    expect(forAna.map((t) => t.trainingId)).toEqual(['cart', 'fi-children']);
    expect(forAna[0]).toMatchObject({ existingItemId: 'i-1', matchedAudiences: ['law-enforcement'], providerName: 'AMBER Alert Training and Technical Assistance Program (AATTAP)' });
    const forBen = v2.suggestions.find((s) => s.memberId === 'm-ben')!.trainings;
    // fi-children serves the focus audience too, so it ranks above fi-advanced.
    expect(forBen.map((t) => t.trainingId)).toEqual(['fi-children', 'fi-advanced']);
  });

  it('ranks trainings for the plan’s audience focus first', () => {
    const both = member('m-both', 'Bo Th', ['law-enforcement', 'prosecutors']);
    const p = plan([item('i-1', 'fi-advanced', ['m-both'])], { audienceFocus: ['prosecutors'] });
    const v = viewOf(p, [both], [], '2026-06-01');
    expect(v.suggestions[0]!.trainings.map((t) => t.trainingId)).toEqual(['cart', 'fi-children']);
  });
});
