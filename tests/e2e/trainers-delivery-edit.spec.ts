import { test, expect } from './support/harness';
import { openStore } from '../../main/services/store';

const now = () => new Date('2026-10-05T12:00:00');

/** One delivery recorded by counts, one from a sign-in sheet, to edit and delete. */
async function seed(dir: string) {
  const store = await openStore({ dir });
  await store.update((d) => {
    d.curricula = [
      { id: 'cu-1', title: 'CST for Patrol', purpose: '', audiences: ['law-enforcement'], objectives: '', modules: [], days: [], createdAt: '2026-06-01T00:00:00.000Z', updatedAt: '2026-06-01T00:00:00.000Z' },
    ];
    d.deliveries = [
      {
        id: 'd-1',
        subject: { kind: 'curriculum', curriculumId: 'cu-1', title: 'CST for Patrol' },
        startDate: '2026-07-14',
        endDate: '2026-07-15',
        online: false,
        location: 'Police academy, Salem',
        hours: 12,
        presenters: ['Sgt. Lopez'],
        topics: ['child-sex-trafficking'],
        attendance: { kind: 'counts', counts: [{ audience: 'law-enforcement', agency: 'Salem PD', count: 18 }] },
        evaluationAverage: 4.6,
        notes: 'Room 2',
        createdAt: '2026-07-16T00:00:00.000Z',
        updatedAt: '2026-07-16T00:00:00.000Z',
      },
      {
        id: 'd-2',
        subject: { kind: 'curriculum', curriculumId: 'cu-1', title: 'CST for Patrol' },
        startDate: '2026-09-02',
        endDate: '2026-09-02',
        online: true,
        location: '',
        hours: 3.5,
        presenters: [],
        topics: [],
        attendance: { kind: 'list', attendees: [{ name: 'Ana Diaz', agency: 'County Sheriff', email: '', audience: 'law-enforcement' }, { name: 'Cy Park', agency: 'DA', email: '', audience: 'prosecutors' }] },
        notes: '',
        createdAt: '2026-09-03T00:00:00.000Z',
        updatedAt: '2026-09-03T00:00:00.000Z',
      },
    ];
  });
  await store.close();
}

test('a recorded delivery is edited (Undo puts it back) and deleted (Undo restores it)', async ({ app, page }) => {
  test.setTimeout(180_000);
  await app.start({ path: '/trainers/deliveries', prepare: seed, now });
  const table = page.getByTestId('deliveries');
  const july = table.getByRole('row').filter({ hasText: 'Police academy, Salem' });
  await expect(july).toContainText('12');

  // The form opens with the delivery as recorded.
  await page.getByRole('button', { name: 'Edit the delivery of CST for Patrol on Jul 14, 2026' }).click();
  const form = page.getByRole('region', { name: 'Edit the delivery of CST for Patrol' });
  await expect(form.getByLabel('Hours of instruction')).toHaveValue('12');
  await expect(form.getByLabel('First day')).toHaveValue('2026-07-14');
  await expect(form.getByLabel('Last day')).toHaveValue('2026-07-15');
  await expect(form.getByLabel('People, row 1')).toHaveValue('18');
  await expect(form.getByLabel('Presenters')).toHaveValue('Sgt. Lopez');
  await form.getByLabel('Hours of instruction').fill('0');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form.getByRole('alert').filter({ hasText: 'Hours must be more than 0' })).toBeVisible();
  await form.getByLabel('Hours of instruction').fill('10');
  await form.getByLabel('Location').fill('Police academy, Eugene');
  await form.getByLabel('People, row 1').fill('20');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved the changes to the delivery of “CST for Patrol”.' })).toBeVisible();
  await expect(form).toHaveCount(0);
  const edited = table.getByRole('row').filter({ hasText: 'Police academy, Eugene' });
  await expect(edited).toContainText('10');
  await expect(edited).toContainText('20');
  const saved = app.services.store.data().deliveries.find((d) => d.id === 'd-1');
  expect(saved).toMatchObject({ hours: 10, location: 'Police academy, Eugene', notes: 'Room 2', evaluationAverage: 4.6, createdAt: '2026-07-16T00:00:00.000Z' });
  expect(saved?.attendance).toEqual({ kind: 'counts', counts: [{ audience: 'law-enforcement', agency: 'Salem PD', count: 20 }] });

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Undone: the delivery is as it was.' })).toBeVisible();
  await expect(july).toContainText('12');
  expect(app.services.store.data().deliveries.find((d) => d.id === 'd-1')).toMatchObject({ hours: 12, location: 'Police academy, Salem' });

  // A delivery from a sign-in sheet keeps its attendee list when other fields are edited.
  await page.getByRole('button', { name: 'Edit the delivery of CST for Patrol on Sep 2, 2026' }).click();
  await expect(page.getByText('2 attendees from the sign-in sheet imported earlier')).toBeVisible();
  await page.getByLabel('Hours of instruction').fill('4');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved the changes' })).toBeVisible();
  const september = app.services.store.data().deliveries.find((d) => d.id === 'd-2');
  expect(september?.hours).toBe(4);
  expect(september?.attendance.kind === 'list' ? september.attendance.attendees.map((a) => a.name) : []).toEqual(['Ana Diaz', 'Cy Park']);

  // Delete, then Undo.
  await page.getByRole('button', { name: 'Delete the delivery of CST for Patrol on Jul 14, 2026' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted the delivery of “CST for Patrol”.' })).toBeVisible();
  await expect(july).toHaveCount(0);
  expect(app.services.store.data().deliveries.map((d) => d.id)).toEqual(['d-2']);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(july).toContainText('12');
  expect(app.services.store.data().deliveries.map((d) => d.id).sort()).toEqual(['d-1', 'd-2']);
});
