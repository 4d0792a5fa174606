import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect } from './support/harness';
import { expectNoViolations } from './support/axe';
import { useSharedApp } from './support/shared-app';
import { openStore } from '../../main/services/store';
import type { Completion, Member } from '../../shared/model/team';

/*
 * One test per file in tests/fixtures/imports: chosen on the import screen as a
 * coordinator would, with only the choices the mapping screen offers, then the
 * saved records checked (member, training, date, expiry, hours).
 */

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/imports/${name}`, import.meta.url));

const team: Member[] = [
  { id: 'm-dana', name: 'Dana Reyes', role: 'Detective', agency: 'Example County Sheriff', email: 'dana.reyes@example.gov', externalId: 'dreyes', audiences: [], active: true },
  { id: 'm-sam', name: 'Sam Lee', role: 'Prosecutor', agency: 'Example County DA', email: 'sam.lee@example.gov', externalId: 'slee', audiences: [], active: true },
  { id: 'm-jordan', name: 'Jordan Hale', role: 'Officer', agency: 'Example City PD', email: 'jordan.hale@example.gov', externalId: '54120', audiences: [], active: true },
];

const seed = async (dir: string) => {
  const store = await openStore({ dir });
  await store.update((d) => {
    for (const m of team) d.members.push({ ...m });
  });
};

const brief = (c: Completion) => [c.memberId, c.trainingId ?? c.custom?.title, c.completedOn, c.expiresOn ?? null, c.hours ?? null];

interface Case {
  file: string;
  /** What the coordinator does on the mapping screen before importing. */
  choose?: (page: Page) => Promise<void>;
  records: ReturnType<typeof brief>[];
  /** Text the preview shows before importing. */
  preview?: string[];
  /** Text the banner shows once imported. */
  done?: string[];
}

const cases: Case[] = [
  {
    file: 'completion-child_abduction_response_team_cart_training.csv',
    preview: ['Recognised as: Moodle course completion report', '1 not completed (skipped)'],
    records: [
      ['m-dana', 'aattap-cart-training', '2026-03-07', null, null],
      ['m-jordan', 'aattap-cart-training', '2026-03-13', null, null],
    ],
  },
  {
    file: 'customcert-report-courtroom-testimony.csv',
    preview: ['Recognised as: Moodle Custom certificate report'],
    choose: async (page) => {
      await page.getByLabel('Title of the training for all rows').fill('Courtroom Testimony');
    },
    records: [
      ['m-dana', 'Courtroom Testimony', '2026-03-07', null, null],
      ['m-sam', 'Courtroom Testimony', '2026-02-12', null, null],
    ],
  },
  {
    file: 'customcert-report-courtroom-testimony.json',
    preview: ['records in a JSON file', 'Recognised as: Moodle Custom certificate report'],
    choose: async (page) => {
      await page.getByLabel('Title of the training for all rows').fill('Courtroom Testimony');
    },
    records: [
      ['m-dana', 'Courtroom Testimony', '2026-03-07', null, null],
      ['m-sam', 'Courtroom Testimony', '2026-02-12', null, null],
    ],
  },
  {
    file: 'customcert-report-moodle-3.json',
    preview: ['rows in a JSON file with no field names'],
    choose: async (page) => {
      await page.getByRole('combobox', { name: 'Member name' }).selectOption({ label: 'Column 1' });
      await page.getByRole('combobox', { name: 'Member email' }).selectOption({ label: 'Column 2' });
      await page.getByRole('combobox', { name: 'Completed on' }).selectOption({ label: 'Column 3' });
      await page.getByRole('combobox', { name: 'Certificate number' }).selectOption({ label: 'Column 4' });
      await page.getByRole('checkbox', { name: 'All rows are this training' }).check();
      await page.getByLabel('Title of the training for all rows').fill('Courtroom Testimony');
    },
    records: [
      ['m-dana', 'Courtroom Testimony', '2026-03-07', null, null],
      ['m-sam', 'Courtroom Testimony', '2026-02-12', null, null],
    ],
  },
  {
    file: 'CT101_Courtroom Testimony.txt',
    preview: ['tab-separated'],
    choose: async (page) => {
      await expect(page.getByLabel('Title of the training for all rows')).toHaveValue('CT101 Courtroom Testimony');
      await page.getByLabel('Title of the training for all rows').fill('Courtroom Testimony');
    },
    records: [
      ['m-dana', 'Courtroom Testimony', '2026-03-07', null, null],
      ['m-sam', 'Courtroom Testimony', '2026-02-12', null, null],
    ],
  },
  {
    file: 'Courtroom Testimony-Certificate of Completion.txt',
    preview: ['tab-separated'],
    choose: async (page) => {
      await expect(page.getByRole('combobox', { name: 'Completed on' })).toHaveValue('3');
      // The file name's course, without the certificate's own name after it.
      await expect(page.getByLabel('Title of the training for all rows')).toHaveValue('Courtroom Testimony');
    },
    records: [
      ['m-dana', 'Courtroom Testimony', '2026-03-07', null, null],
      ['m-jordan', 'Courtroom Testimony', '2026-02-12', null, null],
    ],
  },
  {
    file: 'customcert-informe-testimonio-judicial.csv',
    choose: async (page) => {
      await page.getByRole('checkbox', { name: 'All rows are this training' }).check();
      await page.getByLabel('Title of the training for all rows').fill('Testimonio judicial');
    },
    records: [
      ['m-dana', 'Testimonio judicial', '2026-03-07', null, null],
      ['m-sam', 'Testimonio judicial', '2026-02-12', null, null],
    ],
  },
  {
    file: 'certificate-issues-digital-evidence.csv',
    preview: ['Recognised as: Moodle Certificate manager'],
    choose: async (page) => {
      await page.getByLabel('Title of the training for all rows').fill('Digital Evidence Basics');
    },
    records: [
      ['m-dana', 'Digital Evidence Basics', '2026-03-07', '2028-03-07', null],
      ['m-jordan', 'Digital Evidence Basics', '2024-02-01', '2026-02-01', null],
      ['m-sam', 'Digital Evidence Basics', '2026-01-20', null, null],
    ],
  },
  {
    file: 'course-completions-report.csv',
    preview: ['Recognised as: Moodle report builder', '1 not completed (skipped)'],
    records: [
      ['m-dana', 'aattap-cart-training', '2026-03-06', null, null],
      ['m-jordan', 'search-peer-to-peer-investigations', '2026-02-02', null, null],
    ],
  },
  {
    file: 'report-coursecompletion-data.csv',
    preview: ['1 not completed (skipped)'],
    records: [
      ['m-dana', 'Courtroom Testimony', '2026-03-07', null, null],
      ['m-jordan', 'aattap-cart-training', '2026-02-12', null, null],
    ],
  },
  {
    file: 'course-completions-report.html',
    preview: ['a table in a web page', 'Recognised as: Moodle report builder', '1 not completed (skipped)'],
    records: [
      ['m-dana', 'aattap-cart-training', '2026-03-06', null, null],
      ['m-jordan', 'search-peer-to-peer-investigations', '2026-02-02', null, null],
    ],
  },
  {
    file: 'course-completions-report.json',
    preview: ['records in a JSON file', 'Recognised as: Moodle report builder', '1 not completed (skipped)'],
    records: [
      ['m-dana', 'aattap-cart-training', '2026-03-06', null, null],
      ['m-jordan', 'search-peer-to-peer-investigations', '2026-02-02', null, null],
    ],
  },
  {
    file: 'web-export-training-records.xls',
    preview: ['a table in a web page', 'Windows-1252', 'The page has 2 tables; the largest is read.'],
    choose: async (page) => {
      await page.getByRole('checkbox', { name: 'Create members who are not on the team yet' }).check();
    },
    records: [
      ['m-dana', 'Search & Seizure Update', '2026-03-13', null, 4],
      ['m-new', 'Search & Seizure Update', '2026-03-13', null, 4],
      ['m-sam', 'Interviewing – the “Whole Child” Approach', '2026-04-02', null, 6],
    ],
  },
  {
    file: 'totara-course-completions.csv',
    preview: ['Recognised as: Totara completion import (course)'],
    choose: async (page) => {
      await page.getByLabel('Hours for all 2 rows of “Search Warrants 101”').fill('3');
      await page.getByRole('button', { name: 'Use for all rows' }).first().click();
      await expect(page.getByLabel(/Hours for all 2 rows of “Search Warrants 101”/)).toHaveCount(0);
    },
    records: [
      ['m-dana', 'Search Warrants 101', '2026-01-15', null, 3],
      ['m-sam', 'Search Warrants 101', '2026-01-16', null, 3],
      ['m-dana', 'search-peer-to-peer-investigations', '2026-02-20', null, null],
    ],
  },
  {
    file: 'totara-certification-yy-mm-dd.csv',
    preview: ['Recognised as: Totara completion import (certification)'],
    choose: async (page) => {
      // 26-03-18 reads as 26 March 2018 just as well: the screen asks before anything is saved.
      await expect(page.getByText('No date in the file tells whether “26-03-18” is day first or a two-digit year first. Choose one.')).toBeVisible();
      await page.getByLabel('Date order').selectOption('ymd');
    },
    records: [
      // duedate is the deadline to certify by, not an expiry: not read.
      ['m-dana', 'aattap-cart-training', '2026-03-18', null, null],
      ['m-sam', 'Courtroom Testimony', '2026-02-12', null, null],
    ],
  },
  {
    file: 'tta-navigator-records.csv',
    preview: ['Recognised as: TTA Navigator records export'],
    records: [
      ['m-dana', 'aattap-cart-training', '2025-10-01', null, 16],
      ['m-sam', 'Courtroom Testimony Basics', '2025-11-12', null, 4],
    ],
  },
  {
    file: 'excel-windows-1252.csv',
    preview: ['Windows-1252'],
    choose: async (page) => {
      await page.getByRole('checkbox', { name: 'Create members who are not on the team yet' }).check();
    },
    records: [
      ['m-new', 'Interviewing – the “Whole Child” Approach', '2026-03-14', null, 6],
      ['m-dana', 'Interviewing – the “Whole Child” Approach', '2026-03-04', null, 6],
    ],
  },
  {
    file: 'excel-unicode-text.txt',
    preview: ['UTF-16 (little-endian'],
    records: [
      ['m-dana', 'search-peer-to-peer-investigations', '2026-02-20', null, 8],
      ['m-jordan', 'search-peer-to-peer-investigations', '2026-02-03', null, 8],
    ],
  },
  {
    file: 'european-day-first.csv',
    records: [
      ['m-dana', 'Evidence Handling Refresher', '2026-03-07', null, 1.5],
      ['m-sam', 'Evidence Handling Refresher', '2026-03-14', null, 1.5],
    ],
  },
  {
    file: 'post-roster.csv',
    records: [
      ['m-jordan', 'Defensive Tactics Update', '2026-01-22', null, 4],
      ['m-dana', 'Defensive Tactics Update', '2026-01-22', null, 4],
    ],
  },
  {
    file: 'excel-german-semicolons.csv',
    preview: ['Windows-1252', 'semicolon'],
    records: [
      ['m-dana', 'ncmec-addressing-child-sex-trafficking', '2026-03-07', null, 7.5],
      ['m-sam', 'search-peer-to-peer-investigations', '2026-02-12', '2028-02-12', 16],
      ['m-jordan', 'Vernehmung von Kindern – Grundkurs', '2025-11-03', null, 3.5],
    ],
  },
  {
    file: 'completion-ct101-en_us.csv',
    preview: ['Recognised as: Moodle course completion report', '1 not completed (skipped)'],
    choose: async (page) => {
      await page.getByLabel('Title of the training for all rows').fill('Courtroom Testimony');
    },
    records: [
      ['m-dana', 'Courtroom Testimony', '2026-03-07', null, null],
      ['m-jordan', 'Courtroom Testimony', '2026-02-04', null, null],
    ],
  },
  {
    file: 'hand-made-with-upcoming.csv',
    preview: ['Not read: another table starts at row 8 (UPCOMING / REGISTERED (not yet attended)), with 3 rows under it.'],
    records: [
      ['m-dana', 'aattap-cart-training', '2026-03-07', null, 16],
      ['m-sam', 'search-peer-to-peer-investigations', '2026-02-12', null, 16],
      ['m-jordan', 'Courtroom Testimony', '2026-01-15', null, 4],
    ],
  },
  {
    file: 'post-roster-printed-pages.csv',
    preview: ['Not read: 7 lines of the printed pages’ headings and footers (rows 11, 12, 13, 14, 15, …).', '1 not completed (skipped)'],
    records: [
      ['m-jordan', 'aattap-cart-training', '2026-03-18', null, 16],
      ['m-dana', 'aattap-cart-training', '2026-03-18', null, 16],
    ],
  },
  {
    file: 'hand-kept-log-status-added.csv',
    preview: ['2 not completed (skipped)'],
    choose: async (page) => {
      // The old rows' blank status is a value of its own, ticked as completed under a Status column.
      await expect(page.getByRole('checkbox', { name: '(blank, on rows with a completion date)' })).toBeChecked();
      await expect(page.getByRole('checkbox', { name: 'No Show' })).not.toBeChecked();
    },
    records: [
      ['m-dana', 'search-peer-to-peer-investigations', '2023-09-14', null, 16],
      ['m-sam', 'Courtroom Testimony', '2024-01-05', null, 4],
      ['m-dana', 'aattap-cart-training', '2024-10-22', null, 32],
    ],
  },
  {
    file: 'sign-off-matrix.csv',
    records: [
      ['m-dana', 'aattap-cart-training', '2026-04-09', null, null],
      ['m-dana', 'search-peer-to-peer-investigations', '2026-01-21', null, null],
      ['m-sam', 'search-peer-to-peer-investigations', '2026-01-21', null, null],
      ['m-sam', 'Courtroom Testimony', '2025-11-18', null, null],
      ['m-jordan', 'aattap-cart-training', '2026-04-09', null, null],
    ],
  },
  {
    file: 'roster-grade-codes.csv',
    preview: ['2 not completed (skipped)'],
    records: [
      ['m-jordan', 'aattap-cart-training', '2026-03-18', null, 16],
      ['m-jordan', 'Courtroom Testimony', '2026-02-12', null, 4],
    ],
  },
  {
    file: 'report-with-title-and-total.csv',
    preview: ['skipped above it: row 1 “Annual Training Completion Report”', '1 total, summary or note line at the end (skipped)'],
    records: [
      ['m-dana', 'Ethics in Investigations', '2026-01-09', null, 2],
      ['m-sam', 'Ethics in Investigations', '2026-01-09', null, 2],
    ],
  },
  {
    file: 'hand-made-expires-completed.csv',
    preview: ['1 not completed (skipped)'],
    records: [
      ['m-dana', 'Firearms Qualification', '2026-03-02', '2027-03-02', null],
      ['m-jordan', 'Firearms Qualification', '2026-03-16', '2027-03-16', null],
    ],
  },
  {
    file: 'lms-status-expiration-date.csv',
    preview: ['2 not completed (skipped)'],
    records: [
      ['m-dana', 'Mandated Reporter Training', '2026-01-12', '2028-01-12', null],
      ['m-jordan', 'Mandated Reporter Training', '2026-01-20', '2028-01-20', null],
    ],
  },
  {
    file: 'hand-made-with-headings.csv',
    preview: ['Matched by first and last name (check they are the same people): “Reyes, Dana M.” (row 3) as Dana Reyes.', '2 heading lines between the rows (skipped)', 'Skipped as headings (a line with one cell filled is not a record): row 2 (Quarter 1); row 6 (Quarter 2)', '1 total, summary or note line at the end (skipped)'],
    records: [
      ['m-dana', 'Search Warrant Writing', '2026-01-09', null, 4],
      ['m-jordan', 'Search Warrant Writing', '2026-01-09', null, 4],
      ['m-sam', 'Interview Room Recording', '2026-04-14', null, 1.5],
    ],
  },
  {
    file: 'hand-made-pasted-together.csv',
    preview: ['2 more header lines (skipped)', 'row 2, notes on the columns', 'row 5, the header again', '1 not completed (skipped)'],
    records: [
      ['m-dana', 'Search Warrant Writing', '2026-01-09', null, 4],
      ['m-sam', 'Interview Room Recording', '2026-04-14', null, 1.5],
    ],
  },
  {
    file: 'hand-made-training-matrix.csv',
    preview: ['2 not completed (skipped)', 'In the catalogue: Peer-to-Peer Investigations', 'Outside the catalogue: Courtroom Testimony', '1 total, summary or note line at the end (skipped)'],
    records: [
      ['m-dana', 'search-peer-to-peer-investigations', '2025-03-14', null, null],
      ['m-dana', 'aattap-cart-training', '2025-11-03', null, null],
      ['m-dana', 'Courtroom Testimony', '2026-02-12', null, null],
      ['m-sam', 'Interview Room Recording', '2026-04-14', null, null],
      ['m-jordan', 'search-peer-to-peer-investigations', '2025-09-22', null, null],
      ['m-jordan', 'aattap-cart-training', '2026-03-13', null, null],
    ],
  },
  {
    file: 'hand-made-course-pairs.csv',
    choose: async (page) => {
      await expect(page.getByRole('checkbox', { name: 'Each row has several courses, in pairs of columns' })).toBeChecked();
      await expect(page.locator('#course-pairs-hint')).toContainText('“Course 3” (column 9) with “Date 3” (column 10)');
    },
    preview: ['6 records ready to import'],
    records: [
      ['m-dana', 'aattap-cart-training', '2026-03-17', null, 32],
      ['m-dana', 'search-peer-to-peer-investigations', '2026-02-12', null, 24],
      ['m-dana', 'Courtroom Testimony', '2026-01-15', null, 8],
      ['m-sam', 'Interview Room Recording', '2026-04-14', null, null],
      ['m-jordan', 'search-peer-to-peer-investigations', '2025-09-22', null, 24],
      ['m-jordan', 'aattap-cart-training', '2026-03-13', null, 32],
    ],
  },
  {
    file: 'hand-made-course-with-date.csv',
    choose: async (page) => {
      await expect(page.getByRole('combobox', { name: 'Completed on' })).toHaveValue('3');
      await expect(page.getByRole('combobox', { name: 'Completed on' }).locator('option:checked')).toHaveText(/Date \(from “Training”\)/);
    },
    preview: ['3 records ready to import'],
    records: [
      ['m-dana', 'aattap-cart-training', '2026-03-07', null, 24],
      ['m-sam', 'Courtroom Testimony', '2026-02-12', null, 4],
      ['m-jordan', 'search-peer-to-peer-investigations', '2026-03-13', null, 24],
    ],
  },
  {
    file: 'CART-0426_Attendances_20260410-1530.txt',
    preview: ['1 not completed (skipped)'],
    choose: async (page) => {
      // The class's four session columns read as one attendance: those present or late at all four took it.
      await expect(page.getByRole('combobox', { name: 'Completed on' }).locator('option:checked')).toHaveText(/Last session attended/);
      await expect(page.getByRole('checkbox', { name: '4 of 4' })).toBeChecked();
      await expect(page.getByRole('checkbox', { name: '3 of 4' })).not.toBeChecked();
    },
    records: [
      ['m-dana', 'aattap-cart-training', '2026-04-09', null, null],
      ['m-sam', 'aattap-cart-training', '2026-04-09', null, null],
    ],
  },
  {
    file: 'hand-made-year-blocks.csv',
    preview: ['more header lines (skipped)'],
    records: [
      ['m-dana', 'aattap-cart-training', '2024-04-18', null, null],
      ['m-sam', 'Courtroom Testimony', '2024-09-26', null, null],
      ['m-jordan', 'search-peer-to-peer-investigations', '2025-02-11', null, 24],
      ['m-dana', 'aattap-cart-training', '2026-03-13', '2028-03-13', 32],
      ['m-sam', 'Courtroom Testimony', '2026-05-19', null, 4],
    ],
  },
  {
    file: 'hand-made-column-per-year.csv',
    preview: ['1 not completed (skipped)'],
    choose: async (page) => {
      await expect(page.getByRole('checkbox', { name: 'Each row has several courses, in pairs of columns' })).toBeChecked();
    },
    records: [
      ['m-dana', 'Courtroom Testimony', '2023-02-08', null, null],
      ['m-dana', 'Courtroom Testimony', '2024-02-13', null, null],
      ['m-dana', 'Courtroom Testimony', '2026-02-10', null, null],
      ['m-sam', 'aattap-cart-training', '2025-10-07', null, null],
    ],
  },
  {
    file: 'team-training-matrix.xlsx',
    preview: ['In the catalogue: Child Abduction Response Team (CART) Training', '2 not completed (skipped)'],
    records: [
      ['m-dana', 'search-peer-to-peer-investigations', '2025-03-04', null, null],
      ['m-dana', 'aattap-cart-training', '2025-11-03', '2027-11-03', null],
      ['m-sam', 'Courtroom Testimony', '2026-02-12', null, null],
      ['m-jordan', 'search-peer-to-peer-investigations', '2025-09-02', null, null],
      ['m-jordan', 'aattap-cart-training', '2026-03-13', '2028-03-13', null],
    ],
  },
  {
    file: 'matrix-course-over-columns.csv',
    preview: ['In the catalogue: Peer-to-Peer Investigations', '1 not completed (skipped)'],
    records: [
      ['m-dana', 'search-peer-to-peer-investigations', '2025-03-14', '2027-03-14', null],
      ['m-dana', 'aattap-cart-training', '2025-11-03', '2027-11-03', null],
      ['m-sam', 'aattap-cart-training', '2026-04-14', null, null],
      ['m-jordan', 'search-peer-to-peer-investigations', '2025-09-22', '2027-09-22', null],
    ],
  },
  {
    file: 'matrix-person-over-columns.csv',
    preview: ['1 not completed (skipped)', '1 total, summary or note line at the end (skipped)'],
    records: [
      ['m-dana', 'search-peer-to-peer-investigations', '2025-03-14', null, null],
      ['m-jordan', 'search-peer-to-peer-investigations', '2025-09-22', null, null],
      ['m-dana', 'aattap-cart-training', '2025-11-03', null, null],
      ['m-jordan', 'aattap-cart-training', '2026-03-13', null, null],
      ['m-dana', 'Courtroom Testimony', '2026-02-12', null, null],
      ['m-sam', 'Courtroom Testimony', '2026-02-12', null, null],
      ['m-sam', 'Interview Room Recording', '2026-04-14', null, null],
    ],
  },
  {
    file: 'teams-attendance-report.csv',
    preview: ['Recognised as: Microsoft Teams meeting attendance report', '2 not completed (skipped)', 'Not read: another table starts at row 18'],
    records: [
      ['m-dana', 'Courtroom Testimony', '2026-03-18', null, null],
      ['m-sam', 'Courtroom Testimony', '2026-03-18', null, null],
      ['m-jordan', 'Courtroom Testimony', '2026-03-18', null, null],
    ],
  },
  {
    file: 'meetingAttendanceList.csv',
    preview: ['Recognised as: Microsoft Teams attendance list (joined and left)'],
    choose: async (page) => {
      await page.getByRole('checkbox', { name: 'All rows are this training' }).check();
      await page.getByLabel('Title of the training for all rows').fill('Courtroom Testimony');
      await page.getByRole('checkbox', { name: 'Leave out people who are not on the team' }).check();
      await expect(page.getByTestId('not-on-team')).toHaveText('Left out as not on the team: Pat Quinn (row 2).');
    },
    records: [
      ['m-dana', 'Courtroom Testimony', '2026-03-18', null, null],
      ['m-sam', 'Courtroom Testimony', '2026-03-18', null, null],
      ['m-jordan', 'Courtroom Testimony', '2026-03-18', null, null],
    ],
  },
  {
    file: 'zoom-webinar-attendee-report.csv',
    preview: ['Recognised as: Zoom webinar attendee report', '1 not completed (skipped)'],
    records: [
      ['m-dana', 'Courtroom Testimony', '2026-03-18', null, null],
      ['m-sam', 'Courtroom Testimony', '2026-03-18', null, null],
    ],
  },
  {
    file: 'collaborate-attendance-report.csv',
    preview: ['Recognised as: Blackboard Collaborate attendance report', '2 not completed (skipped)'],
    records: [
      ['m-dana', 'Courtroom Testimony', '2026-03-18', null, null],
      ['m-sam', 'Courtroom Testimony', '2026-03-18', null, null],
      ['m-jordan', 'aattap-cart-training', '2026-04-14', null, null],
    ],
  },
  {
    file: 'hand-made-merged-cells.xlsx',
    preview: ['read from the worksheet “Sessions”'],
    records: [
      ['m-dana', 'aattap-cart-training', '2026-03-07', null, 16],
      ['m-jordan', 'aattap-cart-training', '2026-03-07', null, 16],
      ['m-sam', 'Courtroom Testimony', '2026-02-12', null, 4],
    ],
  },
  {
    file: 'hand-made-coloured-rows.xlsx',
    preview: ['4 not completed (skipped)'],
    records: [
      ['m-dana', 'aattap-cart-training', '2026-03-13', null, 32],
      ['m-sam', 'aattap-cart-training', '2026-03-13', null, 32],
      ['m-jordan', 'ncmec-cstar', '2026-05-19', null, 8],
      ['m-dana', 'ncmec-icstar', '2026-06-02', null, 1.5],
    ],
  },
  {
    file: 'crystal-reports-inservice-roster.csv',
    // No header line: the labels repeated on every row name the columns, and the first row is a record.
    records: [
      ['m-jordan', 'search-peer-to-peer-investigations', '2025-11-06', null, 32],
      ['m-dana', 'search-peer-to-peer-investigations', '2025-11-06', null, 32],
      ['m-jordan', 'aattap-cart-training', '2026-03-18', null, 24],
    ],
    preview: ['1 not completed (skipped)'],
  },
  {
    file: 'totara-seminar-signups.csv',
    // A row per attendee per session day: one record per class, on its last day.
    preview: ['3 more days of a class (one record per class)', 'Dana Reyes, Peer-to-Peer Investigations, Apr 14, 2026 – Apr 16, 2026', '4 not completed (skipped)'],
    choose: async (page) => {
      const oneClass = page.getByRole('checkbox', { name: /^The same course a few days apart is one class/ });
      await expect(oneClass).toBeChecked();
      // Unticked, every day is a record of its own.
      await oneClass.uncheck();
      await expect(page.getByRole('button', { name: 'Import 5 records' })).toBeVisible();
      await oneClass.check();
      await expect(page.getByRole('button', { name: 'Import 2 records' })).toBeVisible();
    },
    done: ['3 rows were further days of a class recorded once.'],
    records: [
      ['m-dana', 'search-peer-to-peer-investigations', '2026-04-16', null, null],
      ['m-jordan', 'aattap-cart-training', '2026-04-03', null, null],
    ],
  },
  {
    file: 'sharepoint-class-attendees.csv',
    choose: async (page) => {
      // Each class's attendees in one cell: a record for each, guessed from the cells.
      await expect(page.getByRole('checkbox', { name: 'Each name cell lists several people' })).toBeChecked();
    },
    records: [
      ['m-dana', 'aattap-cart-training', '2026-03-18', null, 16],
      ['m-jordan', 'aattap-cart-training', '2026-03-18', null, 16],
      ['m-sam', 'Courtroom Testimony', '2026-02-12', null, 4],
    ],
  },
  {
    file: 'hand-made-merged-cells.csv',
    choose: async (page) => {
      const repeat = page.getByRole('checkbox', { name: 'An empty cell means the same as the row above' });
      await expect(repeat).toBeChecked();
      // The two readings of an empty date exclude each other.
      await page.getByRole('checkbox', { name: /^Rows without a completion date/ }).check();
      await expect(repeat).not.toBeChecked();
      // Jordan Hale's row, with no date of its own, is then someone who has not finished.
      await expect(page.getByRole('button', { name: 'Import 2 records' })).toBeVisible();
      await repeat.check();
      await expect(page.getByRole('checkbox', { name: /^Rows without a completion date/ })).not.toBeChecked();
    },
    records: [
      ['m-dana', 'aattap-cart-training', '2026-03-18', null, 16],
      ['m-jordan', 'aattap-cart-training', '2026-03-18', null, 16],
      ['m-sam', 'Courtroom Testimony', '2026-02-12', null, 4],
    ],
  },
  {
    file: 'cart-class-roster.csv',
    preview: ['Row 2 above the table says “April 6 - 9, 2026” (Apr 9, 2026)'],
    choose: async (page) => {
      await expect(page.getByRole('checkbox', { name: 'All rows were completed on one day' })).toBeChecked();
      await expect(page.getByLabel('Day completed')).toHaveValue('2026-04-09');
    },
    records: [
      ['m-dana', 'aattap-cart-training', '2026-04-09', null, 32],
      ['m-sam', 'aattap-cart-training', '2026-04-09', null, 32],
      ['m-jordan', 'aattap-cart-training', '2026-04-09', null, 24],
    ],
  },
  {
    file: 'officer-training-history.csv',
    preview: ['Row 2 above the table names Jordan Hale (“HALE, JORDAN”)'],
    choose: async (page) => {
      await expect(page.getByRole('checkbox', { name: 'All rows are one person’s' })).toBeChecked();
      await expect(page.getByLabel('Team member')).toHaveValue('m-jordan');
    },
    records: [
      ['m-jordan', 'aattap-cart-training', '2026-03-18', null, 16],
      ['m-jordan', 'Courtroom Testimony', '2026-02-12', null, 4],
    ],
  },
  {
    file: 'report-grouped-by-employee.csv',
    preview: ['1 not completed (skipped)'],
    choose: async (page) => {
      await expect(page.getByRole('checkbox', { name: 'Each person’s name is a heading over their rows' })).toBeChecked();
    },
    records: [
      ['m-dana', 'aattap-cart-training', '2026-03-18', null, 16],
      ['m-dana', 'Courtroom Testimony', '2026-02-12', null, 4],
      ['m-sam', 'Courtroom Testimony', '2026-02-13', null, 4],
    ],
  },
  {
    file: 'report-grouped-by-course.csv',
    choose: async (page) => {
      await expect(page.getByRole('checkbox', { name: 'Each course’s name is a heading over its rows' })).toBeChecked();
      await expect(page.getByRole('checkbox', { name: 'All rows are this training' })).not.toBeChecked();
    },
    records: [
      ['m-dana', 'aattap-cart-training', '2026-03-18', null, 16],
      ['m-jordan', 'aattap-cart-training', '2026-03-18', null, 16],
      ['m-sam', 'Courtroom Testimony', '2026-02-13', null, 4],
      ['m-dana', 'Courtroom Testimony', '2026-02-12', null, 4],
    ],
  },
  {
    file: 'sign-in-sheet 2026-03-12.csv',
    preview: ['The file name says “2026-03-12”', 'Row 2 above the table names “Courtroom Testimony”'],
    choose: async (page) => {
      await expect(page.getByLabel('Title of the training for all rows')).toHaveValue('Courtroom Testimony');
    },
    // Jordan Hale signed in with a name only: a record all the same.
    records: [
      ['m-dana', 'Courtroom Testimony', '2026-03-12', null, null],
      ['m-sam', 'Courtroom Testimony', '2026-03-12', null, null],
      ['m-jordan', 'Courtroom Testimony', '2026-03-12', null, null],
    ],
  },
  ...['team-training-log.xlsx', 'team-training-log-97.xls', 'team-training-log.ods', 'team-training-log-2003.xml'].map(
    (file): Case => ({
      file,
      preview: ['read from the worksheet “Training log”', 'skipped above it: row 1 “Training log, Example County ICAC Task Force”'],
      records: [
        ['m-dana', 'aattap-cart-training', '2026-03-07', null, 16],
        ['m-sam', 'Courtroom Testimony', '2026-02-12', '2028-02-12', 4],
        ['m-jordan', 'aattap-cart-training', '2025-11-03', null, 16],
      ],
    }),
  ),
];

/*
 * The cases share one app per half (its data put back before each), so the two CI workers
 * take a half each: a new app and page per case cost more than the import itself.
 */
const halves = [cases.slice(0, Math.ceil(cases.length / 2)), cases.slice(Math.ceil(cases.length / 2))];
for (const [half, inHalf] of halves.entries()) {
  test.describe(`formats, part ${half + 1}`, () => {
    const shared = useSharedApp({ prepare: seed, freshDataEachTest: true });
    for (const c of inHalf) {
      test(`imports ${c.file} through the import screen`, async () => {
        test.setTimeout(120_000);
        const { app, page, visit } = shared();
        await visit('/team/import');
        await page.getByLabel('File to import').setInputFiles(fixture(c.file));
        for (const text of c.preview ?? []) await expect(page.getByText(text, { exact: false }).first()).toBeVisible();
        await c.choose?.(page);
        await expect(page.getByTestId('import-errors')).toHaveCount(0);
        const button = page.getByRole('button', { name: `Import ${c.records.length} records` });
        await expect(button).toBeEnabled();
        await button.click();
        const banner = page.getByRole('status').filter({ hasText: `Imported ${c.records.length} records from ${c.file}` });
        await expect(banner).toBeVisible();
        for (const text of c.done ?? []) await expect(banner).toContainText(text);
        const newIds = new Set(app.services.store.data().members.filter((m) => !team.some((t) => t.id === m.id)).map((m) => m.id));
        const saved = app.services.store.data().completions.map(brief).map((r) => (newIds.has(r[0] as string) ? ['m-new', ...r.slice(1)] : r));
        expect(saved).toEqual(c.records);
        // No control character but tab (and line breaks in notes) reached a stored field.
        const stored = JSON.stringify({ members: app.services.store.data().members, completions: app.services.store.data().completions.map(({ notes: _n, ...rest }) => rest) });
        expect(stored).not.toMatch(/\\u00[01][0-9a-f]/);
      });
    }
  });
}

test('a workbook is read on a Web Worker, and a damaged one is refused with the reason', async ({ app, page }) => {
  test.setTimeout(120_000);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await app.start({ path: '/team/import', prepare: seed });
  await page.getByLabel('File to import').setInputFiles(fixture('team-training-log.xlsx'));
  await expect(page.getByText('read from the worksheet “Training log”')).toBeVisible();
  expect(workers.filter((url) => /workbook-worker-[\w-]+\.js$/.test(url))).toHaveLength(1);
  const whole = readFileSync(fixture('team-training-log.xlsx'));
  await page.getByLabel('File to import').setInputFiles({ name: 'damaged.xlsx', mimeType: 'application/octet-stream', buffer: whole.subarray(0, 600) });
  await expect(page.getByRole('alert')).toContainText(/damaged\.xlsx could not be read: it looks like a spreadsheet workbook but could not be opened \(.+\); save it again from Excel, or as CSV/);
  expect(workers.filter((url) => /workbook-worker-[\w-]+\.js$/.test(url))).toHaveLength(2);
});

/* The screens' other checks share one app too, their data put back before each. */
test.describe('the import screen', () => {
  const shared = useSharedApp({ prepare: seed, freshDataEachTest: true });

  test('a sheet whose merged course and date leave rows with only a name: refused with what to tick, then imported once ticked', async () => {
    const { app, page, visit } = shared();
    test.setTimeout(120_000);
    await visit('/team/import');
    const buffer = Buffer.from(['Course,Date,Name', 'Courtroom Testimony,2/12/2026,Dana Reyes', ',,Sam Lee', 'Child Abduction Response Team (CART) Training,3/18/2026,Jordan Hale', ''].join('\r\n'));
    await page.getByLabel('File to import').setInputFiles({ name: 'sessions.csv', mimeType: 'text/csv', buffer });
    const errors = page.getByTestId('import-errors');
    await expect(errors).toContainText('Row 3, Training title (column "Course"): empty');
    await expect(page.getByTestId('repeat-above-offer')).toBeVisible();
    await page.getByRole('checkbox', { name: 'An empty cell means the same as the row above' }).check();
    await expect(errors).toHaveCount(0);
    await page.getByRole('button', { name: 'Import 3 records' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Imported 3 records from sessions.csv' })).toBeVisible();
    expect(app.services.store.data().completions.map(brief)).toEqual([
      ['m-dana', 'Courtroom Testimony', '2026-02-12', null, null],
      ['m-sam', 'Courtroom Testimony', '2026-02-12', null, null],
      ['m-jordan', 'aattap-cart-training', '2026-03-18', null, null],
    ]);
  });

  test('a title line taken for the header: the header row chosen on the file step, the columns then chosen, and the commit reads the same rows', async () => {
    const { app, page, visit } = shared();
    test.setTimeout(120_000);
    await visit('/team/import');
    const buffer = Buffer.from(['Képzési nyilvántartás 2026,Frissítve 1.3.2026,Egység ICAC', 'Név,Tanfolyam,Nap,Órák', 'Dana Reyes,Courtroom Testimony,12.2.2026,4', 'Sam Lee,Child Abduction Response Team (CART) Training,19.3.2026,32', ''].join('\r\n'));
    await page.getByLabel('File to import').setInputFiles({ name: 'kepzesek.csv', mimeType: 'text/csv', buffer });
    const headerRow = page.getByRole('combobox', { name: 'Header row' });
    await expect(headerRow.locator('option:checked')).toHaveText('Found in the file: row 1');
    await headerRow.selectOption({ label: 'Row 2: Név · Tanfolyam · Nap · Órák' });
    await expect(page.getByTestId('skipped-above')).toHaveText('The header is row 2; skipped above it: row 1 “Képzési nyilvántartás 2026 · Frissítve 1.3.2026 · Egység ICAC”.');
    await page.getByRole('combobox', { name: 'Member name' }).selectOption({ label: 'Column 1: Név' });
    await page.getByRole('combobox', { name: 'Training title' }).selectOption({ label: 'Column 2: Tanfolyam' });
    await page.getByRole('checkbox', { name: 'All rows are this training' }).uncheck();
    await page.getByRole('checkbox', { name: 'All rows were completed on one day' }).uncheck();
    await page.getByRole('combobox', { name: 'Completed on' }).selectOption({ label: 'Column 3: Nap' });
    await page.getByRole('combobox', { name: 'Hours' }).selectOption({ label: 'Column 4: Órák' });
    await expect(page.getByTestId('import-errors')).toHaveCount(0);
    await page.getByRole('button', { name: 'Import 2 records' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Imported 2 records from kepzesek.csv' })).toBeVisible();
    expect(app.services.store.data().completions.map(brief)).toEqual([
      ['m-dana', 'Courtroom Testimony', '2026-02-12', null, 4],
      ['m-sam', 'aattap-cart-training', '2026-03-19', null, 32],
    ]);
  });

  test('a roster with no date anywhere: refused until the day is chosen for all rows, which replaces a date column', async () => {
    const { app, page, visit } = shared();
    test.setTimeout(120_000);
    await visit('/team/import');
    const buffer = Buffer.from(['Course: Courtroom Testimony,,', 'Last Name,First Name,Hours', 'Reyes,Dana,4', 'Lee,Sam,4', ''].join('\r\n'));
    await page.getByLabel('File to import').setInputFiles({ name: 'roster.csv', mimeType: 'text/csv', buffer });
    await expect(page.getByText('Choose the column with the completion date (Completed on), or tick “All rows were completed on one day”')).toBeVisible();
    const oneDay = page.getByRole('checkbox', { name: 'All rows were completed on one day' });
    await oneDay.check();
    await expect(page.getByText('“All rows were completed on one day” is ticked: choose the day.')).toBeVisible();
    await page.getByLabel('Day completed').fill('2026-02-12');
    await expect(page.getByRole('button', { name: 'Import 2 records' })).toBeEnabled();
    // A date column chosen again is a second answer to the same question.
    await page.getByRole('combobox', { name: 'Completed on' }).selectOption({ label: 'Column 3: Hours' });
    await expect(page.getByText('“Hours” is chosen as the completion date, and “All rows were completed on one day” is ticked; choose one.')).toBeVisible();
    await page.getByRole('combobox', { name: 'Completed on' }).selectOption({ label: 'Not in the file' });
    await page.getByRole('button', { name: 'Import 2 records' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Imported 2 records from roster.csv' })).toBeVisible();
    expect(app.services.store.data().completions.map(brief)).toEqual([
      ['m-dana', 'Courtroom Testimony', '2026-02-12', null, 4],
      ['m-sam', 'Courtroom Testimony', '2026-02-12', null, 4],
    ]);
  });

  test('a log with the classes people are booked on among those attended: refused until rows dated after today are left out, then listed and counted', async () => {
    const { app, page, visit } = shared();
    test.setTimeout(120_000);
    await visit('/team/import');
    // Two years on from the computer's today, so the row stays in the future whenever this runs.
    const booked = `${new Date().getFullYear() + 2}-01-25`;
    const buffer = Buffer.from(['Name,Course,Date,Hours', 'Dana Reyes,Courtroom Testimony,2026-02-12,4', `Sam Lee,Courtroom Testimony,${booked},4`, 'Jordan Hale,Courtroom Testimony,2026-03-07,4', ''].join('\r\n'));
    await page.getByLabel('File to import').setInputFiles({ name: 'log with bookings.csv', mimeType: 'text/csv', buffer });
    await expect(page.getByText(`"${booked}" is after today: a training not taken yet is no completion; fix the date, or tick “Leave out rows dated after today”`)).toBeVisible();
    await expect(page.getByRole('button', { name: /^Import/ })).toBeDisabled();
    await page.getByRole('checkbox', { name: 'Leave out rows dated after today' }).check();
    await expect(page.getByTestId('after-today')).toHaveText(`Left out as not taken yet (dated after today): row 3 (${booked}).`);
    await page.getByRole('button', { name: 'Import 2 records' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Imported 2 records from log with bookings.csv. Left out as not taken yet (dated after today): 1 row.' })).toBeVisible();
    expect(app.services.store.data().completions.map(brief)).toEqual([
      ['m-dana', 'Courtroom Testimony', '2026-02-12', null, 4],
      ['m-jordan', 'Courtroom Testimony', '2026-03-07', null, 4],
    ]);
  });

  test('one officer’s training history that names no one: refused until the person is chosen for all rows, which replaces a member column', async () => {
    const { app, page, visit } = shared();
    test.setTimeout(120_000);
    await visit('/team/import');
    const buffer = Buffer.from(['Course Title,Course Date,Hours,Instructor', 'Courtroom Testimony,2/13/2026,4,Pat Quinn', 'Child Abduction Response Team (CART) Training,3/18/2026,16,Lee Ortiz', ''].join('\r\n'));
    await page.getByLabel('File to import').setInputFiles({ name: 'history.csv', mimeType: 'text/csv', buffer });
    const problems = page.getByText('history.csv cannot be imported yet:');
    const onePerson = page.getByRole('checkbox', { name: 'All rows are one person’s' });
    await expect(page.getByText('or tick “All rows are one person’s”, “Each person’s name is a heading over their rows” or “Each person has their own column”: the file has none that looks like one.')).toBeVisible();
    await onePerson.check();
    await expect(page.getByText('“All rows are one person’s” is ticked: choose the person.')).toBeVisible();
    await page.getByLabel('Team member').selectOption({ label: 'Sam Lee (Example County DA)' });
    await expect(problems).toHaveCount(0);
    // A member column chosen again is a second answer to the same question.
    await page.getByRole('combobox', { name: 'Member name' }).selectOption({ label: 'Column 4: Instructor' });
    await expect(page.getByText('“Instructor” is chosen to name the member, and “All rows are one person’s” is ticked; choose one.')).toBeVisible();
    await page.getByRole('combobox', { name: 'Member name' }).selectOption({ label: 'Not in the file' });
    await page.getByRole('button', { name: 'Import 2 records' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Imported 2 records from history.csv' })).toBeVisible();
    expect(app.services.store.data().completions.map(brief)).toEqual([
      ['m-sam', 'Courtroom Testimony', '2026-02-13', null, 4],
      ['m-sam', 'aattap-cart-training', '2026-03-18', null, 16],
    ]);
  });

  test("a sheet with each person's name merged down beside their courses imports with nothing chosen", async () => {
    const { app, page, visit } = shared();
    test.setTimeout(120_000);
    await visit('/team/import');
    const buffer = Buffer.from(['Name,Course,Date,Hours', 'Dana Reyes,Courtroom Testimony,2/12/2026,4', ',Child Abduction Response Team (CART) Training,3/18/2026,16', 'Sam Lee,Courtroom Testimony,2/13/2026,4', ''].join('\r\n'));
    await page.getByLabel('File to import').setInputFiles({ name: 'by-person.csv', mimeType: 'text/csv', buffer });
    await expect(page.getByRole('checkbox', { name: 'An empty cell means the same as the row above' })).toBeChecked();
    await page.getByRole('button', { name: 'Import 3 records' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Imported 3 records from by-person.csv' })).toBeVisible();
    expect(app.services.store.data().completions.map(brief)).toEqual([
      ['m-dana', 'Courtroom Testimony', '2026-02-12', null, 4],
      ['m-dana', 'aattap-cart-training', '2026-03-18', null, 16],
      ['m-sam', 'Courtroom Testimony', '2026-02-13', null, 4],
    ]);
  });

  test('a JSON file that is broken is refused, saying where it breaks', async () => {
    const { page, visit } = shared();
    test.setTimeout(120_000);
    await visit('/team/import');
    const buffer = Buffer.from('[{"fullname": "Dana Reyes", "datereceived": "Saturday, 7 March 2026"\n');
    await page.getByLabel('File to import').setInputFiles({ name: 'certificates.json', mimeType: 'application/json', buffer });
    await expect(page.getByRole('alert')).toHaveText('certificates.json could not be read: the file is JSON, but it ends too early, at line 2, column 1');
    await expect(page.getByRole('heading', { name: '2. Check the columns' })).toHaveCount(0);
  });

  test('a workbook kept one sheet per year: the first sheet with records is read, and another can be chosen', async () => {
    const { app, page, visit } = shared();
    test.setTimeout(120_000);
    await visit('/team/import');
    await page.getByLabel('File to import').setInputFiles(fixture('team-training-log-by-year.xlsx'));
    await expect(page.getByTestId('import-encoding')).toHaveText('“2025”');
    await expect(page.getByRole('button', { name: 'Import 1 record' })).toBeEnabled();
    await page.getByLabel('Worksheet').selectOption('2026');
    await expect(page.getByTestId('import-encoding')).toHaveText('“2026”');
    await page.getByRole('button', { name: 'Import 2 records' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Imported 2 records from team-training-log-by-year.xlsx' })).toBeVisible();
    expect(app.services.store.data().completions.map(brief)).toEqual([
      ['m-sam', 'Courtroom Testimony', '2026-02-03', null, 4],
      ['m-jordan', 'Courtroom Testimony', '2026-02-03', null, 4],
    ]);
  });

  test('axe finds no violations on the preview of a hand-kept sheet (headings, a name matched by first and last name) and on the worksheet choice', async () => {
    const { page, visit } = shared();
    test.setTimeout(120_000);
    await visit('/team/import');
    await page.getByLabel('File to import').setInputFiles(fixture('hand-made-with-headings.csv'));
    await expect(page.getByTestId('loose-names')).toBeVisible();
    await expectNoViolations(page, 'import: headings and a loosely matched name');
    await page.getByLabel('File to import').setInputFiles(fixture('team-training-log-by-year.xlsx'));
    await expect(page.getByLabel('Worksheet')).toBeVisible();
    await expectNoViolations(page, 'import: worksheet choice');
  });

  test('a mapping saved under a name is used again when the same header row returns', async () => {
    const { app, page, visit } = shared();
    test.setTimeout(120_000);
    await visit('/team/import');
    await page.getByLabel('File to import').setInputFiles(fixture('post-roster.csv'));
    await page.getByRole('combobox', { name: 'Notes' }).selectOption({ label: 'Column 4: Agency' });
    await page.getByRole('combobox', { name: 'Member agency' }).selectOption({ label: 'Not in the file' });
    await page.getByLabel('Save this mapping as').fill('Academy roster');
    await page.getByRole('button', { name: 'Save mapping' }).click();
    await expect(page.getByText('Saved as “Academy roster”')).toBeVisible();
    expect(app.services.store.data().settings.importMappings.map((m) => m.name)).toEqual(['Academy roster']);

    await page.getByLabel('File to import').setInputFiles(fixture('post-roster.csv'));
    await expect(page.getByTestId('mapping-source')).toContainText('Using your saved mapping “Academy roster”');
    await expect(page.getByRole('combobox', { name: 'Notes' })).toHaveValue('3');
    await page.getByRole('button', { name: 'Import 2 records' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Imported 2 records' })).toBeVisible();
    expect(app.services.store.data().completions.map((c) => c.notes)).toEqual(['Example City PD', 'Example County Sheriff']);
  });

  test('an Excel CSV saved on a Mac is imported after choosing Mac Roman', async () => {
    const { app, page, visit } = shared();
    test.setTimeout(120_000);
    await visit('/team/import');
    await page.getByLabel('File to import').setInputFiles(fixture('excel-mac-roman.csv'));
    await page.getByRole('checkbox', { name: 'Create members who are not on the team yet' }).check();
    await expect(page.getByText('Members to add: JosŽ Nœ–ez')).toBeVisible();
    await page.getByLabel('Text encoding').selectOption('macintosh');
    await expect(page.getByTestId('import-encoding')).toHaveText('Mac Roman (Excel “CSV” on a Mac)');
    await expect(page.getByText('Members to add: José Núñez')).toBeVisible();
    await page.getByRole('button', { name: 'Import 2 records' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Imported 2 records from excel-mac-roman.csv' })).toBeVisible();
    expect(app.services.store.data().members.map((m) => m.name)).toContain('José Núñez');
    expect(app.services.store.data().completions.map((c) => c.custom?.title)).toEqual(['Interviewing – the “Whole Child” Approach', 'Interviewing – the “Whole Child” Approach']);
  });

  test('the encoding can be changed and the preview follows', async () => {
    const { page, visit } = shared();
    test.setTimeout(120_000);
    await visit('/team/import');
    await page.getByLabel('File to import').setInputFiles(fixture('excel-windows-1252.csv'));
    await page.getByRole('checkbox', { name: 'Create members who are not on the team yet' }).check();
    await expect(page.getByText('Members to add: José Núñez')).toBeVisible();
    await page.getByLabel('Text encoding').selectOption('utf-8');
    await expect(page.getByTestId('import-encoding')).toHaveText('UTF-8');
    await expect(page.getByText('Members to add: Jos� N��ez')).toBeVisible();
    await page.getByLabel('Text encoding').selectOption('');
    await expect(page.getByText('Members to add: José Núñez')).toBeVisible();
  });

  test("a web page's other table can be chosen, in the encoding chosen, and back", async () => {
    const { page, visit } = shared();
    test.setTimeout(120_000);
    await visit('/team/import');
    await page.getByLabel('File to import').setInputFiles(fixture('web-export-training-records.xls'));
    await page.getByRole('checkbox', { name: 'Create members who are not on the team yet' }).check();
    await expect(page.getByText('Members to add: José Núñez')).toBeVisible();
    await expect(page.getByLabel('Table')).toHaveValue('Sheet2');
    await page.getByLabel('Text encoding').selectOption('utf-8');
    await expect(page.getByText('Members to add: Jos� N��ez')).toBeVisible();
    await page.getByLabel('Table').selectOption({ label: 'Table 1' });
    await expect(page.getByText('1 row under a header of 1 column')).toBeVisible();
    await expect(page.getByTestId('import-encoding')).toHaveText('UTF-8');
    await page.getByLabel('Table').selectOption({ label: 'Table 2' });
    await expect(page.getByText('Members to add: Jos� N��ez')).toBeVisible();
  });

  test('a training matrix: a course column left out, another given its catalogue training, and no axe violations', async () => {
    const { app, page, visit } = shared();
    test.setTimeout(120_000);
    await visit('/team/import');
    await page.getByLabel('File to import').setInputFiles(fixture('hand-made-training-matrix.csv'));
    await expect(page.getByRole('checkbox', { name: 'Each course has its own column' })).toBeChecked();
    // The course columns name the trainings and hold the dates: no training or date column is asked for.
    await expect(page.locator('table.mapping tr').filter({ hasText: 'Completed on' })).not.toContainText('required');
    // The hire date is not a course.
    await expect(page.getByRole('checkbox', { name: 'Column 8: Hire Date' })).not.toBeChecked();
    await expectNoViolations(page, 'import: training matrix');
    await page.getByRole('checkbox', { name: 'Column 7: Interview Room Recording' }).uncheck();
    const courtroom = page.getByRole('row', { name: /Column 6: Courtroom Testimony/ });
    await courtroom.getByRole('button', { name: 'Choose from the catalogue' }).click();
    await page.getByLabel('Catalogue training for column 6').fill('CART New Member');
    await page.getByRole('option', { name: /CART New Member Online Course/ }).click();
    await expect(page.getByTestId('course-column-5-training')).toHaveText('In the catalogue: CART New Member Online Course');
    await page.getByRole('button', { name: 'Import 5 records' }).click();
    // Sam's "Scheduled 4/2027"; Dana's "N/A" is in the column left out.
    await expect(page.getByRole('status').filter({ hasText: 'Imported 5 records' })).toContainText('Skipped as not completed: 1.');
    expect(app.services.store.data().completions.map(brief)).toEqual([
      ['m-dana', 'search-peer-to-peer-investigations', '2025-03-14', null, null],
      ['m-dana', 'aattap-cart-training', '2025-11-03', null, null],
      ['m-dana', 'aattap-cart-new-member-online-course', '2026-02-12', null, null],
      ['m-jordan', 'search-peer-to-peer-investigations', '2025-09-22', null, null],
      ['m-jordan', 'aattap-cart-training', '2026-03-13', null, null],
    ]);
  });

  test('a matrix with a column per person: a header that finds no one is given its team member, and no axe violations', async () => {
    const { app, page, visit } = shared();
    test.setTimeout(120_000);
    await visit('/team/import');
    // Initials for headers: no one's name, as a surname alone ("Reyes") would be.
    const buffer = Buffer.from(['Training,DR,SL', 'Courtroom Testimony,2/12/2026,2/13/2026', 'Child Abduction Response Team (CART) Training,11/3/2025,', ''].join('\r\n'));
    await page.getByLabel('File to import').setInputFiles({ name: 'tracker.csv', mimeType: 'text/csv', buffer });
    await expect(page.getByRole('checkbox', { name: 'Each person has their own column' })).toBeChecked();
    // The dates are in the people's columns: no member or date column is asked for.
    await expect(page.locator('table.mapping tr').filter({ hasText: 'Completed on' }).first()).not.toContainText('required');
    await expect(page.getByTestId('person-column-1-member')).toContainText('“DR” is not on the team');
    await expect(page.getByTestId('import-errors')).toContainText('Row 1, Member name (column "DR"): "DR" is not on your team');
    await expectNoViolations(page, 'import: a column per person');
    await page.getByLabel('Team member in column 2').selectOption({ label: 'Dana Reyes (Example County Sheriff)' });
    await page.getByLabel('Team member in column 3').selectOption({ label: 'Sam Lee (Example County DA)' });
    await expect(page.getByTestId('person-column-1-member')).toHaveText('Dana Reyes');
    await page.getByRole('button', { name: 'Import 3 records' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Imported 3 records' })).toBeVisible();
    expect(app.services.store.data().completions.map(brief)).toEqual([
      ['m-dana', 'Courtroom Testimony', '2026-02-12', null, null],
      ['m-sam', 'Courtroom Testimony', '2026-02-13', null, null],
      ['m-dana', 'aattap-cart-training', '2025-11-03', null, null],
    ]);
  });

  test('a Zoom participants report with its trainer on it: refused until people not on the team are left out, which unticks creating them', async () => {
    const { app, page, visit } = shared();
    test.setTimeout(120_000);
    await visit('/team/import');
    await page.getByLabel('File to import').setInputFiles(fixture('zoom-participants-report.csv'));
    await expect(page.getByText('Recognised as: Zoom meeting participants report')).toBeVisible();
    await expect(page.getByTestId('import-errors')).toContainText('Row 5, Member name (column "Name (Original Name)"): "Regional Academy (Pat Quinn)" is not on your team');
    const leaveOut = page.getByRole('checkbox', { name: 'Leave out people who are not on the team' });
    const create = page.getByRole('checkbox', { name: 'Create members who are not on the team yet' });
    await create.check();
    await leaveOut.check();
    await expect(create).not.toBeChecked();
    // One question, two answers: each unticks the other.
    await create.check();
    await expect(leaveOut).not.toBeChecked();
    await leaveOut.check();
    await expect(create).not.toBeChecked();
    await expect(page.getByTestId('not-on-team')).toHaveText('Left out as not on the team: Regional Academy (Pat Quinn) (row 5).');
    await expect(page.getByTestId('import-errors')).toHaveCount(0);
    await page.getByRole('button', { name: 'Import 3 records' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Imported 3 records' })).toContainText('Left out as not on the team: 1 person.');
    expect(app.services.store.data().members.map((m) => m.id)).toEqual(team.map((m) => m.id));
    expect(app.services.store.data().completions.map(brief)).toEqual([
      ['m-dana', 'aattap-cart-training', '2026-03-18', null, null],
      ['m-sam', 'aattap-cart-training', '2026-03-18', null, null],
      ['m-jordan', 'aattap-cart-training', '2026-03-18', null, null],
    ]);
  });

  test('a training matrix in Excel: the expiry column found beside a course can be set aside', async () => {
    const { app, page, visit } = shared();
    test.setTimeout(120_000);
    await visit('/team/import');
    await page.getByLabel('File to import').setInputFiles(fixture('team-training-matrix.xlsx'));
    const cartExpiry = page.locator('#course-column-3-expires');
    await expect(cartExpiry).toHaveValue('4');
    // The expiry column is not offered as a course of its own.
    await expect(page.getByRole('checkbox', { name: 'Column 5: CART Expires' })).toHaveCount(0);
    await cartExpiry.selectOption({ label: 'Not in the file' });
    await expect(page.getByRole('checkbox', { name: 'Column 5: CART Expires' })).not.toBeChecked();
    await page.getByRole('button', { name: 'Import 5 records' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Imported 5 records' })).toBeVisible();
    expect(app.services.store.data().completions.map((c) => c.expiresOn ?? null)).toEqual([null, null, null, null, null]);
  });

  test("a workbook kept one sheet per person: the sheet's name is said, and its person gets the rows", async () => {
    const { app, page, visit } = shared();
    test.setTimeout(120_000);
    const { utils, write } = await import('@e965/xlsx');
    const book = utils.book_new();
    utils.book_append_sheet(book, utils.aoa_to_sheet([['Course', 'Date', 'Hours'], ['Courtroom Testimony', '2026-03-07', 4]]), 'Reyes, Dana');
    utils.book_append_sheet(book, utils.aoa_to_sheet([['Course', 'Date', 'Hours'], ['Courtroom Testimony', '2026-02-12', 4]]), 'Lee, Sam');
    const buffer = Buffer.from(write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    await visit('/team/import');
    await page.getByLabel('File to import').setInputFiles({ name: 'training by person.xlsx', mimeType: 'application/octet-stream', buffer });
    await expect(page.getByText('The worksheet’s name names Dana Reyes (“Reyes, Dana”).')).toBeVisible();
    await page.getByRole('button', { name: 'Import 1 record', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Imported 1 record from training by person.xlsx' })).toBeVisible();
    expect(app.services.store.data().completions.map(brief)).toEqual([['m-dana', 'Courtroom Testimony', '2026-03-07', null, 4]]);
  });
});
