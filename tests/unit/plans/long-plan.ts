import type { Plan } from '../../../shared/model/plan';
import type { Member } from '../../../shared/model/team';
import { item, member, plan } from './plan-fixtures';

const trainings = ['fi-children', 'fi-advanced', 'cart'];

/** A plan with `count` items over two members: long enough to span several PDF pages. */
export function longPlan(count: number): { plan: Plan; members: Member[] } {
  const members = [member('m-ana', 'Ana Diaz'), member('m-ben', 'Ben Lee', ['forensic-interviewers'])];
  const items = Array.from({ length: count }, (_, i) => {
    const month = String((i % 12) + 1).padStart(2, '0');
    return i % 4 === 3
      ? { id: `i-${i}`, custom: { title: `Regional case review ${i + 1}`, provider: 'State task force', hours: 4 }, assigneeIds: ['m-ben'], targetDate: `2026-${month}-15`, priority: 'low' as const, status: 'requested' as const, notes: '' }
      : item(`i-${i}`, trainings[i % 4]!, ['m-ana', 'm-ben'], { targetDate: `2026-${month}-10`, priority: 'high' });
  });
  return { plan: plan(items), members };
}
