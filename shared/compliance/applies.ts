import type { Member } from '../model/team';
import type { AppliesTo } from '../model/requirements';

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** A profile's audience test, prepared once: roles and agencies compare without regard to case or spacing. */
export function memberMatcher(appliesTo: AppliesTo): (m: Member) => boolean {
  const roles = new Set(appliesTo.roles.map(norm));
  const agencies = new Set(appliesTo.agencies.map(norm));
  const audiences = new Set(appliesTo.audiences);
  const ids = new Set(appliesTo.memberIds);
  return (m) =>
    m.active &&
    (appliesTo.everyone ||
      ids.has(m.id) ||
      (roles.size > 0 && roles.has(norm(m.role))) ||
      (agencies.size > 0 && agencies.has(norm(m.agency))) ||
      (audiences.size > 0 && m.audiences.some((a) => audiences.has(a))));
}
