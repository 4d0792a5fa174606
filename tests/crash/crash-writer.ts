// Child process for the crash test: writes through the real store and prints
// "ack <n>" only after store.update() has resolved, i.e. the write is on disk.
import { openStore } from '../../main/services/store';

const dir = process.argv[2];
if (!dir) throw new Error('usage: crash-writer <data folder> <start index>');
const start = Number(process.argv[3] ?? '0');

const store = await openStore({ dir });
for (let i = start; ; i++) {
  await store.update((d) => {
    d.members.push({ id: `m-${i}`, name: `Crash test member ${i}`, role: 'Investigator', agency: 'Test', audiences: [], active: true });
    d.settings.expiryWarningDays = 1 + (i % 365);
  });
  process.stdout.write(`ack ${i}\n`);
}
