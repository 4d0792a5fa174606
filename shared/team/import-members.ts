import type { z } from 'zod';
import { memberFieldsSchema, memberSchema, type Member } from '../model/team';
import type { ColumnMapping, ImportField } from './csv-mapping';
import type { ImportContext, ImportPlan } from './import-plan';
import { cleanField } from './import-cells';
import { bareName, createMemberMatcher, hasTwoWords, normaliseText, swappedName } from './matching';

/** What find gives for someone not on the team when the coordinator chose to leave such rows out. */
export const LEFT_OUT = 'left out';

/** A problem with a row's field, as the row check reports it. */
export type FailField = (field: ImportField | 'Row', message: string) => void;

/** Member schema paths, named as the import calls them. */
const memberPathField: Record<string, ImportField> = {
  name: 'memberName',
  email: 'memberEmail',
  role: 'memberRole',
  agency: 'memberAgency',
  externalId: 'memberExternalId',
};

/**
 * Finds the team member a row names: by e-mail, then ID number, then name, or creates them
 * (once each) when the coordinator allowed it. Names matched only loosely are listed in
 * plan.looseNames, once each, for the coordinator to check.
 */
export function createMemberFinder(options: {
  ctx: Pick<ImportContext, 'members' | 'createMissingMembers' | 'newId'>;
  mapping: ColumnMapping;
  plan: Pick<ImportPlan, 'looseNames' | 'newMembers' | 'notOnTeam'>;
  /** "Leave out people who are not on the team": their rows are listed, not refused. */
  leaveOut: boolean;
  fail: FailField;
  /** A new member's role and agency, from the row's cells. */
  role: (cells: readonly string[]) => string;
  agency: (cells: readonly string[]) => string;
}) {
  const { ctx, mapping, plan, fail } = options;
  const members = createMemberMatcher(ctx.members);
  // The members this import makes, found by the same rules as the team's: "Kevin J. Abernathy" a row
  // after "Kevin Abernathy" is the same person, and so is "Bobby Tran" after Robert "Bobby" Tran.
  const pending = createMemberMatcher([]);
  /** Names already listed in plan.looseNames, and in plan.notOnTeam. */
  const looseSeen = new Set<string>();
  const leftOutSeen = new Set<string>();
  const nameField: ImportField = mapping.memberName !== null || mapping.memberFirstName === null ? 'memberName' : 'memberFirstName';

  function find(email: string, externalId: string, name: string, cells: readonly string[], rowNumber: number): Member | null | typeof LEFT_OUT {
    const shown = name || email || externalId;
    if (shown === '') {
      fail(mapping.memberName !== null ? 'memberName' : mapping.memberEmail !== null ? 'memberEmail' : mapping.memberExternalId !== null ? 'memberExternalId' : nameField, 'empty; every record must say whose it is');
      return null;
    }
    let ambiguous = 0;
    if (email !== '') {
      const found = members.byEmail(email);
      if (found.kind === 'found') return found.member;
      if (found.kind === 'ambiguous') ambiguous = found.count;
    }
    // An ID number that is an e-mail address (a Totara username on a single-sign-on site).
    const idEmail = isEmail(externalId) ? externalId.trim() : '';
    if (externalId !== '' && ambiguous === 0) {
      const found = members.byExternalId(externalId);
      if (found.kind === 'found') return found.member;
      if (found.kind === 'ambiguous') ambiguous = found.count;
      // No one has it as their ID number: it finds the member with that e-mail address.
      else if (idEmail !== '') {
        const byAddress = members.byEmail(idEmail);
        if (byAddress.kind === 'found') return byAddress.member;
        if (byAddress.kind === 'ambiguous') ambiguous = byAddress.count;
      }
    }
    if (name !== '' && ambiguous === 0) {
      // The name cell as written, when an address was read out of it: a member may be named so ("Lee @ HQ").
      const written = mapping.memberName === null ? name : cleanField(cells, mapping.memberName);
      const whole = written !== name ? members.byName(written) : null;
      const found = whole?.kind === 'found' ? whole : members.byName(name);
      if (found.kind === 'found') {
        if (found.loose && !looseSeen.has(name)) {
          looseSeen.add(name);
          plan.looseNames.push({ rowNumber, written: name.slice(0, 120), member: found.member.name });
        }
        return found.member;
      }
      if (found.kind === 'ambiguous') ambiguous = found.count;
    }
    if (ambiguous > 0) {
      fail(name !== '' ? nameField : email !== '' ? 'memberEmail' : 'memberExternalId', `"${shown}" matches ${ambiguous} team members; add a Member email or ID number column (or give them distinct ones) to say which`);
      return null;
    }
    const made = madeEarlier(email, externalId, idEmail, name, rowNumber);
    if (made) return made;
    if (!ctx.createMissingMembers && options.leaveOut) {
      const key = email !== '' ? email.toLowerCase() : externalId !== '' ? externalId.toLowerCase() : pendingKey(name);
      if (!leftOutSeen.has(key)) {
        leftOutSeen.add(key);
        plan.notOnTeam.push({ rowNumber, written: shown.slice(0, 120) });
      }
      return LEFT_OUT;
    }
    if (!ctx.createMissingMembers) {
      fail(
        name !== '' ? nameField : email !== '' ? 'memberEmail' : 'memberExternalId',
        `"${shown}" is not on your team. Add them on the Team screen first, or choose "Create members who are not on the team yet"`,
      );
      return null;
    }
    // A file that names people only by username or e-mail (Totara's completion import)
    // creates them under it; the coordinator can rename them on the Team screen.
    // A username that is an e-mail address is their e-mail too, so later files find them by it.
    const newEmail = email || idEmail;
    const created = memberSchema.safeParse({
      id: ctx.newId('member'),
      name: name !== '' ? displayName(personName(name)) : externalId || email,
      role: options.role(cells),
      agency: options.agency(cells),
      ...(newEmail !== '' ? { email: newEmail } : {}),
      ...(externalId !== '' ? { externalId } : {}),
      audiences: [],
      active: true,
    });
    if (!created.success) {
      reportIssues(created.error, fail);
      return null;
    }
    pending.add(created.data);
    plan.newMembers.push(created.data);
    return created.data;
  }

  /** A member this import made for an earlier row: by e-mail, ID number, then name (a loose match is listed, as for the team). */
  function madeEarlier(email: string, externalId: string, idEmail: string, name: string, rowNumber: number): Member | undefined {
    const byEmail = email !== '' ? pending.byEmail(email) : null;
    if (byEmail?.kind === 'found') return byEmail.member;
    const byId = externalId !== '' ? pending.byExternalId(externalId) : null;
    if (byId?.kind === 'found') return byId.member;
    const byIdEmail = idEmail !== '' ? pending.byEmail(idEmail) : null;
    if (byIdEmail?.kind === 'found') return byIdEmail.member;
    if (name === '') return undefined;
    const byName = pending.byName(name);
    if (byName.kind !== 'found') return undefined;
    if (byName.loose && !looseSeen.has(name)) {
      looseSeen.add(name);
      plan.looseNames.push({ rowNumber, written: name.slice(0, 120), member: byName.member.name });
    }
    return byName.member;
  }

  /** Whether a row's member cells name someone on the team, looking only: nothing is listed, reported or created. */
  const isOnTeam = (names: { email: string; externalId: string; name: string }): boolean =>
    members.isOnTeam(names) ||
    (isEmail(names.externalId) && members.byExternalId(names.externalId).kind === 'none' && members.byEmail(names.externalId).kind === 'found');

  return { find, isOnTeam };
}

/** One new member per person, however the rows write them: "Det. Dana Reyes", "Reyes, Dana", "Dana Reyes (Inactive)". */
function pendingKey(name: string): string {
  return normaliseText(displayName(personName(name)));
}

/** The name without a note or rank when a first and a last name are left; otherwise as written (a formula is kept whole, to be shown as text). */
function personName(name: string): string {
  const bare = bareName(name).trim();
  return hasTwoWords(bare) ? bare : name;
}

/** "Reyes, Dana" is stored as "Dana Reyes"; "Dana Reyes" and "Reyes, Jr." stay as written; "DANA REYES" and "REYES Dana" as "Dana Reyes". */
function displayName(name: string): string {
  const swapped = swappedName(name);
  if (swapped === null) return fromCapitals(surnameInCapitalsFirst(name) ?? name);
  return fromCapitals(/^(jr|sr|ii|iii|iv|phd|md|esq)\.?$/i.test(name.split(',')[1]!.trim()) ? name : swapped);
}

// A surname in capitals before the given names, as European and academy rosters write them ("REYES Dana", "VAN BUREN Ashley Marie").
const SURNAME_IN_CAPITALS_FIRST = /^((?:\p{Lu}[\p{Lu}'’-]+\s+)+)(\p{Lu}\p{Ll}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)$/u;

/** "REYES Dana" as "Dana REYES" (fromCapitals then writes the surname's case), or null for any other name. */
function surnameInCapitalsFirst(name: string): string | null {
  const parts = SURNAME_IN_CAPITALS_FIRST.exec(name.trim());
  if (parts === null) return null;
  return `${parts[2]} ${titleCased(parts[1]!.trim())}`;
}

// Roman numerals and suffixes that stay in capitals ("III"), as a roster writes them.
const KEPT_CAPITALS = /^(?:II|III|IV|VI|VII|VIII|PHD|MD)\.?$/;

/**
 * A name a roster typed all in capitals ("DANA M. REYES", "O'BRIEN-DIAZ") with each word's
 * first letter capital, after an apostrophe or a hyphen too; a name with any small letter as written.
 */
function fromCapitals(name: string): string {
  if (/\p{Ll}/u.test(name) || !/\p{Lu}{2}/u.test(name)) return name;
  return titleCased(name);
}

/** Each word with its first letter capital, after an apostrophe or a hyphen too; Roman numerals and suffixes kept. */
function titleCased(name: string): string {
  return name
    .split(' ')
    .map((word) => (KEPT_CAPITALS.test(word) ? word : word.toLowerCase().replace(/(^|['’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())))
    .join(' ');
}

/** Whether an ID number cell holds an e-mail address the member schema would take as one. */
function isEmail(id: string): boolean {
  return id.includes('@') && memberFieldsSchema.shape.email.safeParse(id.trim()).success;
}

function reportIssues(error: z.ZodError, fail: FailField): void {
  for (const issue of error.issues) fail(memberPathField[String(issue.path[0])] ?? 'Row', issue.message);
}
