import type { Catalogue } from '../catalogue/schema';
import type { AppliesTo } from '../model/requirements';

/** "everyone" or "roles Detective; audience Law enforcement; 2 named members", for the profile list. */
export function appliesToText(a: AppliesTo, catalogue: Pick<Catalogue, 'vocabularies'> | undefined): string {
  if (a.everyone) return 'every active member';
  const audience = (id: string) => catalogue?.vocabularies.audiences.find((t) => t.id === id)?.label ?? id;
  const parts = [
    a.roles.length > 0 ? `role ${a.roles.join(' or ')}` : '',
    a.agencies.length > 0 ? `agency ${a.agencies.join(' or ')}` : '',
    a.audiences.length > 0 ? `audience ${a.audiences.map(audience).join(' or ')}` : '',
    a.memberIds.length > 0 ? `${a.memberIds.length} named member${a.memberIds.length === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? `active members by ${parts.join('; ')}` : 'no one yet (choose roles, agencies, audiences or members)';
}
