/*
 * Renders page 1 of a sample plan PDF to docs/sample-plan.png for the README.
 * Uses the bundled catalogue and the same pure builders as the app's export.
 *
 *   npm run sample-pdf
 *
 * Needs pdftoppm (poppler-utils), which .ci/run installs.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { catalogueSchema } from '../shared/catalogue/schema';
import type { Plan } from '../shared/model/plan';
import type { Completion, Member } from '../shared/model/team';
import { buildPlanDocument } from '../shared/plans/plan-document';
import { buildPlanView, planViewContext } from '../shared/plans/plan-view';
import { buildPlanPdfDefinition } from '../main/services/pdf/plan-pdf-definition';
import { writePlanPdf } from '../main/services/pdf/write-pdf';

const root = process.cwd();
const catalogue = catalogueSchema.parse(JSON.parse(await readFile(join(root, 'data', 'catalogue.json'), 'utf8')));
const titleOf = (id: string) => catalogue.trainings.find((t) => t.id === id)?.title ?? id;

const person = (id: string, name: string, role: string, audiences: string[]): Member => ({ id, name, role, agency: 'Tri-County Child Exploitation Task Force', audiences, active: true });
const members = [
  person('m-1', 'Maria Alvarez', 'Detective', ['law-enforcement']),
  person('m-2', 'James Okafor', 'Assistant District Attorney', ['prosecutors']),
  person('m-3', 'Priya Natarajan', 'Forensic Interviewer', ['forensic-interviewers']),
  person('m-4', 'Tom Becker', 'Task Force Commander', ['task-force-leadership', 'law-enforcement']),
];
const items: [string, string[], string, 'high' | 'medium' | 'low', Plan['items'][number]['status']][] = [
  ['ncjtc-child-sex-trafficking-law-enforcement-response', ['m-1', 'm-4'], '2026-03-15', 'high', 'confirmed'],
  ['ncmec-icstar', ['m-1', 'm-2'], '2026-04-30', 'high', 'requested'],
  ['ncac-forensic-interviewing-of-children', ['m-3'], '2026-05-20', 'high', 'confirmed'],
  ['ncac-forensic-interviews-at-trial', ['m-2', 'm-3'], '2026-06-30', 'medium', 'planned'],
  ['aattap-initial-response-missing-children', ['m-1'], '2026-08-15', 'medium', 'planned'],
  ['ovcttac-human-trafficking-task-force-eguide', ['m-4'], '2026-09-30', 'low', 'planned'],
  ['cri-tac-technical-assistance', ['m-4'], '2026-10-31', 'medium', 'requested'],
];
const plan: Plan = {
  id: 'p-sample',
  name: 'FY2026 Task Force Training Plan',
  purpose:
    'Prepare the task force’s investigators, prosecutors and interviewers to respond to child sex trafficking as one team: a shared foundation in the first quarter, specialised courses through the year, and technical assistance for the commander’s protocol review.',
  audienceFocus: ['law-enforcement', 'prosecutors', 'forensic-interviewers'],
  period: { start: '2026-01-01', end: '2026-12-31' },
  notes: 'Travel for in-person courses is covered by the FY2026 ICAC grant, line 4.2.',
  archived: false,
  items: items.map(([trainingId, assigneeIds, targetDate, priority, status], i) => ({ id: `i-${i}`, trainingId, trainingTitle: titleOf(trainingId), assigneeIds, targetDate, priority, status, notes: '' })),
  createdAt: '2026-01-05T09:00:00.000Z',
  updatedAt: '2026-01-05T09:00:00.000Z',
};
const completions: Completion[] = [
  { id: 'c-1', memberId: 'm-1', trainingId: items[0]![0], trainingTitle: titleOf(items[0]![0]), completedOn: '2026-03-12', hours: 16, createdAt: '2026-03-13T00:00:00.000Z' },
  { id: 'c-2', memberId: 'm-4', trainingId: items[0]![0], trainingTitle: titleOf(items[0]![0]), completedOn: '2026-03-12', hours: 16, createdAt: '2026-03-13T00:00:00.000Z' },
  { id: 'c-3', memberId: 'm-3', trainingId: items[2]![0], trainingTitle: titleOf(items[2]![0]), completedOn: '2026-05-18', hours: 40, createdAt: '2026-05-19T00:00:00.000Z' },
];

const today = '2026-06-01';
const view = buildPlanView(plan, planViewContext({ members, completions, catalogue, today }));
const doc = buildPlanDocument(view, catalogue, { generatedAt: new Date(`${today}T12:00:00`), catalogue: catalogue.meta });
const tmp = join(root, '.tmp');
await mkdir(tmp, { recursive: true });
await mkdir(join(root, 'docs'), { recursive: true });
const pdf = join(tmp, 'sample-plan.pdf');
await writePlanPdf(buildPlanPdfDefinition(doc), pdf);
execFileSync('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', '-singlefile', pdf, join(tmp, 'sample-plan')]);
await rename(join(tmp, 'sample-plan.png'), join(root, 'docs', 'sample-plan.png'));
console.log(`Wrote docs/sample-plan.png from ${pdf}`);
