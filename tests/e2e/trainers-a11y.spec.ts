import { expectNoViolations } from './support/axe';
import { test, expect } from './support/harness';
import { useSharedApp } from './support/shared-app';
import { savedTheme } from './support/saved-theme';
import { openStore } from '../../main/services/store';

const now = () => new Date('2026-10-05T12:00:00');

/** A curriculum with a scheduled module and a delivery, so every part of each screen renders. */
async function seed(dir: string) {
  const store = await openStore({ dir });
  await store.update((d) => {
    d.curricula = [
      {
        id: 'cu-1',
        title: 'CST for Patrol',
        purpose: 'Recognise and respond.',
        audiences: ['law-enforcement'],
        objectives: 'Name indicators.',
        lengthMinutes: 30,
        modules: [
          {
            id: 'mo-1',
            title: 'Indicators',
            minutes: 60,
            objectives: 'Five indicators.',
            method: 'presentation',
            presenter: 'Sgt. Lopez',
            materials: [{ kind: 'training', trainingId: 'ncjtc-child-sex-trafficking-law-enforcement-response', title: 'Child Sex Trafficking: Law Enforcement Response' }],
          },
        ],
        days: [{ date: '2026-09-15', start: '09:00', entries: [{ kind: 'module', moduleId: 'mo-1' }, { kind: 'break', label: 'Coffee', minutes: 15 }] }],
        createdAt: '2026-06-01T00:00:00.000Z',
        updatedAt: '2026-06-01T00:00:00.000Z',
      },
    ];
    d.deliveries = [
      {
        id: 'd-1',
        subject: { kind: 'curriculum', curriculumId: 'cu-1', title: 'CST for Patrol' },
        startDate: '2026-09-15',
        endDate: '2026-09-15',
        online: false,
        location: 'Salem',
        hours: 6,
        presenters: [],
        topics: ['child-sex-trafficking'],
        attendance: { kind: 'counts', counts: [{ audience: 'law-enforcement', agency: 'Salem PD', count: 12 }] },
        notes: '',
        createdAt: '2026-09-16T00:00:00.000Z',
        updatedAt: '2026-09-16T00:00:00.000Z',
      },
    ];
  });
  await store.close();
}

// One screen per test, so a failure names the screen; the tests of one theme share one app
// (support/shared-app.ts): they open forms and filters but save nothing.
for (const theme of ['light', 'dark'] as const) {
  test.describe(`axe finds no accessibility violations on the trainers' screens (${theme})`, () => {
    const shared = useSharedApp({ prepare: savedTheme(theme, seed), now });
    for (const path of ['/trainers', '/trainers/curricula/cu-1', '/trainers/deliveries', '/trainers/report']) {
      test(`${path} (${theme})`, async () => {
        const { page, visit } = shared();
        await visit(path);
        await expect(page.locator('h1')).toBeVisible();
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        if (path === '/trainers/curricula/cu-1') await expect(page.getByTestId('length-warning')).toBeVisible();
        if (path === '/trainers/deliveries') await page.getByRole('button', { name: 'Record a delivery' }).click();
        if (path === '/trainers/report') await page.getByRole('button', { name: 'Custom' }).click();
        await expectNoViolations(page, path);
      });
    }
  });
}
