import { describe, expect, it } from 'vitest';
import { memberFieldsOf, memberFieldsSchema, type Member } from '../../../shared/model/team';

// memberUpdate's input is strict: a stored member sent back whole (Deactivate, the Undo of an
// edit) was refused once members carried who changed them and when.
describe('memberFieldsOf', () => {
  const stored: Member = {
    id: 'm-dana',
    name: 'Dana Reyes',
    role: 'Investigator',
    agency: 'County Sheriff',
    audiences: ['law-enforcement'],
    active: true,
    updatedAt: '2026-12-01T10:00:00.000Z',
    updatedBy: 'Sam Coordinator',
  };

  it('gives what memberUpdate takes: every typed field, no id, no stamps', () => {
    const fields = memberFieldsOf(stored);
    expect(memberFieldsSchema.strict().safeParse(fields).success).toBe(true);
    expect(fields).toEqual({ name: 'Dana Reyes', role: 'Investigator', agency: 'County Sheriff', audiences: ['law-enforcement'], active: true });
  });

  it('is needed: the stored member without its id alone is refused', () => {
    const { id: _id, ...rest } = stored;
    expect(memberFieldsSchema.strict().safeParse(rest).success).toBe(false);
  });
});
