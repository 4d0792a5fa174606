import { join } from 'node:path';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/api';
import type { Member } from '../../../shared/model/team';
import type { AppHarness } from './harness';

/*
 * Sharing set up through the channels (what the screens call), for tests that look at the
 * result rather than walk there: the accessibility checks and the README pictures.
 * tests/e2e/sync-file.spec.ts walks the same steps through the screens.
 */

/** One channel call on the main side; a refusal fails the test with its words. */
export async function call<C extends ChannelName>(app: AppHarness, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const reply = await app.dispatch(channel, input);
  if (!reply.ok) throw new Error(`${channel} was refused: ${reply.error.message}`);
  return reply.value as ChannelOutput<C>;
}

/** `from` shares with `partner` by file (`fileName` in `folder`) and `to` receives it. */
export async function exchange(from: AppHarness, to: AppHarness, partner: string, folder: string, fileName: string): Promise<void> {
  const file = join(folder, fileName);
  const passphrase = 'harbor lantern orchard';
  from.dialogAnswers.save.push(file);
  await call(from, 'syncShareChanges', { passphrase, partner });
  to.dialogAnswers.open.push(file);
  await call(to, 'syncReceiveChanges', { passphrase });
}

/**
 * Dana (on `a`) adds Jordan Alvarez and shares him with Sam (on `b`); both then change his role
 * and phone before their changes meet, and Sam receives Dana's: Sam's copy has a conflict.
 */
export async function memberConflict(a: AppHarness, b: AppHarness, folder: string): Promise<Member> {
  await call(a, 'syncCoordinatorSet', { name: 'Dana Reyes' });
  await call(b, 'syncCoordinatorSet', { name: 'Sam Lee' });
  const fields = { name: 'Jordan Alvarez', role: 'Detective', agency: 'Metro Police Department', audiences: ['law-enforcement'] };
  const member = await call(a, 'memberCreate', fields);
  await exchange(a, b, 'Sam Lee', folder, 'to-sam-1.ttashare');
  await call(a, 'memberUpdate', { id: member.id, fields: { ...fields, role: 'Sergeant', phone: '555-0142' } });
  await call(b, 'memberUpdate', { id: member.id, fields: { ...fields, role: 'Lieutenant' } });
  await exchange(a, b, 'Sam Lee', folder, 'to-sam-2.ttashare');
  return member;
}
