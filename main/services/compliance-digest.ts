import type { Catalogue } from '../../shared/catalogue/schema';
import { trainingFactsFor } from '../../shared/compliance/catalogue-facts';
import { requirementTitle } from '../../shared/compliance/labels';
import { complianceMatrix, peopleCounts, type ComplianceMatrix } from '../../shared/compliance/matrix';
import type { ComplianceDigest, DigestItem } from '../../shared/contract/compliance-channels';
import type { UserData } from '../../shared/model/user-data';

/** The matrix over the saved data on `today`: what the digest, reminders and reports all read. */
export function matrixOf(data: UserData, cat: Catalogue, today: string): ComplianceMatrix {
  return complianceMatrix({
    profiles: data.profiles,
    members: data.members,
    completions: data.completions,
    facts: trainingFactsFor(cat),
    today,
    warningDays: data.settings.expiryWarningDays,
  });
}

/** Everything overdue or due soon, most urgent first: overdue before due soon, then by date and name. */
export function digestOf(matrix: ComplianceMatrix, cat: Catalogue, warningDays: number): ComplianceDigest {
  const facts = trainingFactsFor(cat);
  const titles = matrix.columns.map((c) => requirementTitle(c.requirement, facts));
  const items: DigestItem[] = [];
  for (const row of matrix.rows) {
    row.cells.forEach((cell, j) => {
      if (cell.status !== 'overdue' && cell.status !== 'due-soon') return;
      items.push({ memberId: row.member.id, memberName: row.member.name, profileName: matrix.columns[j]!.profileName, requirement: titles[j]!, status: cell.status, date: cell.date });
    });
  }
  items.sort((a, b) => (a.status !== b.status ? (a.status === 'overdue' ? -1 : 1) : (a.date ?? '') < (b.date ?? '') ? -1 : (a.date ?? '') > (b.date ?? '') ? 1 : a.memberName.localeCompare(b.memberName)));
  const people = peopleCounts(matrix);
  return { today: matrix.today, warningDays, overduePeople: people.overdue, dueSoonPeople: people.dueSoon, items };
}
