import { test, expect } from './support/two-apps';
import { addMember, changeRole, connectTo, nameCoordinator } from './support/sharing-steps';
import { COUCH_USERS, startTestCouch, type TestCouch } from '../unit/sync/couch-test-server';

// The server is CouchDB-compatible and on this computer: the PouchDB project's express-pouchdb in an
// Express 4 app (CouchDB itself cannot be installed on the test machines); see the helper.
let couch: TestCouch;
test.beforeAll(async () => {
  couch = await startTestCouch();
});
test.afterAll(async () => {
  await couch?.stop();
});

test('two coordinators share records through a server: a wrong password is refused in words, then a member added on one appears on the other and an edit comes back', async ({ apps }) => {
  const { a, b } = apps;
  await a.start({ path: '/settings' });
  await b.start({ path: '/settings' });
  await nameCoordinator(a, 'Dana Reyes');
  await nameCoordinator(b, 'Sam Lee');

  // An address that is not https and not this computer: the form says so before anything is sent.
  await connectTo(a, 'http://records.example.org/taskforce', 'alice', COUCH_USERS.alice);
  await expect(a.page.getByText(/Use an https:\/\/ address/)).toBeVisible();

  // A wrong password: refused, in words; nothing is connected.
  await connectTo(a, couch.url, 'alice', 'not-her-password');
  await expect(a.page.getByRole('alert').filter({ hasText: /password/i })).toBeVisible();
  await expect(a.page.getByRole('button', { name: 'Connect' })).toBeVisible();

  await connectTo(a, couch.url, 'alice', COUCH_USERS.alice);
  await expect(a.page.getByTestId('sync-state')).toContainText('Up to date');
  await connectTo(b, couch.url, 'bob', COUCH_USERS.bob);
  await expect(b.page.getByTestId('sync-state')).toContainText('Up to date');

  // Dana adds a member; Sam's open Team screen shows it without him doing anything.
  await b.goto('/team');
  await addMember(a, 'Jordan Alvarez', 'Detective');
  await expect(b.page.getByTestId('members-list').getByRole('link')).toHaveText(['Jordan Alvarez']);

  // Sam changes the role; Dana's member page follows.
  await changeRole(b, 'Jordan Alvarez', 'Sergeant');
  const jordan = a.services.store.data().members.find((m) => m.name === 'Jordan Alvarez')!;
  await a.goto(`/team/members/${jordan.id}`);
  await expect(a.page.getByRole('definition').filter({ hasText: 'Sergeant' })).toBeVisible();

  // Disconnect: the records stay.
  await a.goto('/settings');
  await a.page.getByRole('button', { name: 'Disconnect' }).click();
  await expect(a.page.getByRole('button', { name: 'Connect' })).toBeVisible();
  expect(a.services.store.data().members.map((m) => m.role)).toEqual(['Sergeant']);
});
