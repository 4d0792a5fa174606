import { describe, expect, it } from 'vitest';
import type { Member } from '../../../shared/model/team';
import { planImport } from '../../../shared/team/csv-import';
import { emptyMapping } from '../../../shared/team/csv-mapping';
import { parseCsvTable } from '../../../shared/team/csv-parse';
import { defaultImportOptions } from '../../../shared/team/import-options';
import { createMemberFinder } from '../../../shared/team/import-members';
import { formatRowError } from '../../../shared/team/import-plan';
import { importContext, member } from './helpers';

// Totara's completion import names people by username, mapped as the member's ID number;
// on single-sign-on sites usernames are e-mail addresses.
const team = [
  member('m-dana', 'Dana Reyes', { email: 'dana.reyes@example.gov', externalId: '54120' }),
  member('m-sam', 'Sam Lee', { email: 'sam.lee@example.gov' }),
];

/** Plans rows of "username,course,completed on", the username mapped as the ID number. */
function plan(usernames: string[], members: Member[] = team, createMissingMembers = false) {
  const rows = usernames.map((u, i) => `${u},Course ${i + 1},2026-02-20`).join('\n');
  const table = parseCsvTable(`username,courseshortname,completiondate\n${rows}\n`);
  const mapping = { ...emptyMapping(), memberExternalId: 0, trainingTitle: 1, completedOn: 2 };
  return planImport(table, mapping, importContext(members, { createMissingMembers }), defaultImportOptions);
}

describe('usernames that are e-mail addresses', () => {
  it('find the member with that e-mail address, in any case', () => {
    const p = plan(['dana.reyes@example.gov', 'SAM.LEE@Example.gov']);
    expect(p.errors.map(formatRowError)).toEqual([]);
    expect(p.completions.map((c) => c.memberId)).toEqual(['m-dana', 'm-sam']);
  });

  it('count as naming someone on the team when the import only looks', () => {
    const finder = createMemberFinder({
      ctx: importContext(team),
      mapping: { ...emptyMapping(), memberExternalId: 0 },
      plan: { looseNames: [], newMembers: [], notOnTeam: [] },
      leaveOut: false,
      fail: () => {},
      role: () => '',
      agency: () => '',
    });
    expect(['Sam.Lee@example.gov', 'nobody@example.gov'].map((id) => finder.isOnTeam({ email: '', externalId: id, name: '' }))).toEqual([true, false]);
  });

  it('a member whose ID number is the address wins over one whose e-mail is', () => {
    const members = [...team, member('m-jordan', 'Jordan Hale', { externalId: 'Sam.Lee@example.gov' })];
    // Sam's address is Jordan's ID number: Jordan's row. Dana's is no one's ID number: Dana's row.
    const p = plan(['sam.lee@example.gov', 'dana.reyes@example.gov'], members);
    expect(p.errors.map(formatRowError)).toEqual([]);
    expect(p.completions.map((c) => c.memberId)).toEqual(['m-jordan', 'm-dana']);
  });

  it('with "create members" ticked, create no one already on the team, and a new address once, with it as their e-mail', () => {
    const p = plan(['dana.reyes@example.gov', 'pat.doe@example.gov', 'Pat.Doe@example.gov', 'qroe'], team, true);
    expect(p.errors.map(formatRowError)).toEqual([]);
    expect(p.newMembers.map(({ id: _, ...m }) => m)).toEqual([
      // Named by the address, as a member known only by e-mail is; the coordinator can rename them.
      { name: 'pat.doe@example.gov', role: '', agency: '', email: 'pat.doe@example.gov', externalId: 'pat.doe@example.gov', audiences: [], active: true },
      // A username that is not an address stays the ID number and name only.
      { name: 'qroe', role: '', agency: '', externalId: 'qroe', audiences: [], active: true },
    ]);
    const [pat, quinn] = p.newMembers.map((m) => m.id);
    expect(p.completions.map((c) => c.memberId)).toEqual(['m-dana', pat, pat, quinn]);
  });
});
