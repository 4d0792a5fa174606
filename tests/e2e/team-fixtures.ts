import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../main/services/store';
import type { Completion, Member } from '../../shared/model/team';
import { addMonths, dayNumber, isoFromDayNumber, localIsoDate } from '../../shared/team/dates';

/** Files under tests/fixtures/csv, for setInputFiles. */
export const csvFixture = (name: string) => fileURLToPath(new URL(`../fixtures/csv/${name}`, import.meta.url));

/** The renderer judges status against the browser's today, so seeds are relative to it. */
export const today = () => localIsoDate(new Date());
export const daysFromToday = (days: number) => isoFromDayNumber(dayNumber(today()) + days);

export const dana: Member = { id: 'm-dana', name: 'Dana Reyes', role: 'Detective', agency: 'Example County Sheriff', email: 'dana@example.gov', audiences: ['law-enforcement'], active: true };
export const sam: Member = { id: 'm-sam', name: 'Sam Lee', role: 'Prosecutor', agency: 'Example County DA', audiences: ['prosecutors'], active: true };
export const alex: Member = { id: 'm-alex', name: 'Alex Kim', role: 'Analyst', agency: 'State Police', audiences: [], active: false };

/** A completion whose certificate expires `daysLeft` days from today (12 months validity). */
export function expiringIn(id: string, memberId: string, title: string, daysLeft: number): Completion {
  const expires = daysFromToday(daysLeft);
  return { id, memberId, custom: { title, provider: 'State Academy' }, completedOn: addMonths(expires, -12), hours: 4, validForMonths: 12, createdAt: '2026-01-01T00:00:00.000Z' };
}

/** A small team with records in every status, one renewal, and a training the catalogue has dropped. */
export function seedTeam(extra: (data: { members: Member[]; completions: Completion[] }) => void = () => undefined) {
  return async (dir: string) => {
    const store = await openStore({ dir });
    await store.update((d) => {
      d.members.push(dana, sam, alex);
      d.completions.push(
        expiringIn('c-expired', 'm-dana', 'Firearms Requalification', -10),
        expiringIn('c-soon', 'm-dana', 'CPR and First Aid', 12),
        expiringIn('c-45', 'm-sam', 'Ethics for Prosecutors', 45),
        expiringIn('c-80', 'm-sam', 'Trial Advocacy Refresher', 80),
        expiringIn('c-valid', 'm-sam', 'Courtroom Technology', 200),
        // Renewed: the older record expired, the newer one is valid.
        expiringIn('c-renew-old', 'm-dana', 'Defensive Tactics', -300),
        expiringIn('c-renew-new', 'm-dana', 'Defensive Tactics', 65),
        // The inactive member's lapsing certificate stays off the renewal lists.
        expiringIn('c-inactive', 'm-alex', 'Evidence Handling', 5),
        {
          id: 'c-retired',
          memberId: 'm-sam',
          trainingId: 'retired-child-interviewing-course',
          trainingTitle: 'Advanced Child Interviewing (2019 edition)',
          trainingFamily: 'cac',
          completedOn: '2019-04-02',
          hours: 16,
          createdAt: '2019-04-03T00:00:00.000Z',
        },
      );
      extra(d);
    });
  };
}

export const fileBytes = (path: string) => readFile(path, 'utf8');
