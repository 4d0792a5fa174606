import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../main/services/store';
import type { Completion, Member } from '../../shared/model/team';
import { addMonths, dayNumber, isoFromDayNumber, localIsoDate } from '../../shared/util/dates';

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
      // Copies: saved records are frozen, and these constants are shared between tests.
      d.members.push({ ...dana }, { ...sam }, { ...alex });
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

/**
 * A believable task force for screenshots and accessibility checks: a dozen members
 * with a year and a half of catalogue and custom trainings, some certificates lapsing.
 * Deterministic (a fixed pseudo-random sequence) so screenshots are stable.
 */
export function seedDemoTeam(trainingIds: readonly { id: string; title: string; family: string; hours?: number }[]) {
  return async (dir: string) => {
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
    const people: [string, string, string[]][] = [
      ['Dana Reyes', 'Detective', ['law-enforcement']],
      ['Sam Lee', 'Assistant District Attorney', ['prosecutors']],
      ['Priya Natarajan', 'Forensic Interviewer', ['forensic-interviewers', 'cac-staff']],
      ['Marcus Webb', 'Sergeant', ['law-enforcement', 'task-force-leadership']],
      ['Elena Ortiz', 'Victim Advocate', ['victim-service-providers']],
      ['Tom Becker', 'Digital Forensic Examiner', ['forensic-examiners', 'law-enforcement']],
      ['Aisha Karim', 'Child Protective Services Investigator', ['child-protection']],
      ['Jordan Hale', 'Telecommunicator', ['telecommunicators']],
      ['Grace Kim', 'Task Force Commander', ['task-force-leadership']],
      ['Luis Romero', 'Detective', ['law-enforcement']],
      ['Nora Blake', 'Prosecutor', ['prosecutors']],
      ['Ray Chen', 'Analyst', ['law-enforcement']],
    ];
    const customTitles = ['Defensive Tactics Recertification', 'CPR and First Aid', 'State Legal Update', 'Trauma-Informed Interviewing Workshop'];
    const store = await openStore({ dir });
    await store.update((d) => {
      people.forEach(([name, role, audiences], i) => d.members.push({ id: `m-${i}`, name, role, agency: i % 3 === 0 ? 'Example County Sheriff' : i % 3 === 1 ? 'Example County DA' : 'Regional CAC', audiences, active: i !== 11 }));
      for (let n = 0; n < 140; n++) {
        const memberId = `m-${Math.floor(rand() * people.length)}`;
        const completedOn = daysFromToday(-Math.floor(rand() * 540) - 1);
        const valid = rand() < 0.45 ? pick([12, 24, 36]) : undefined;
        const base = { id: `c-${n}`, memberId, completedOn, createdAt: `${completedOn}T12:00:00.000Z`, ...(valid ? { validForMonths: valid } : {}) };
        if (rand() < 0.75) {
          const t = pick(trainingIds);
          d.completions.push({ ...base, trainingId: t.id, trainingTitle: t.title, trainingFamily: t.family, hours: t.hours ?? pick([2, 4, 8, 16, 24]) });
        } else {
          d.completions.push({ ...base, custom: { title: pick(customTitles), provider: 'State Academy' }, hours: pick([1.5, 2, 4, 8]) });
        }
      }
    });
  };
}
