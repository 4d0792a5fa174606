// A second process opening a data folder and adding one member, for the fault-injection
// suite: prints "saved", or "refused: <message>" when the store will not save.
import { NotSavedError, openStore } from '../../main/services/store';

const dir = process.argv[2];
if (!dir) throw new Error('usage: second-copy <data folder>');
const store = await openStore({ dir });
try {
  await store.update((d) => {
    d.members.push({ id: 'm-second-copy', name: 'Second Copy', role: '', agency: '', audiences: [], active: true });
  });
  console.log('saved');
} catch (error) {
  if (!(error instanceof NotSavedError)) throw error;
  console.log(`refused: ${error.message}`);
}
await store.close();
