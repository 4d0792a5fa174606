import { startTestCouch } from '../unit/sync/couch-test-server';

// Started by couch-server-process.ts: reports its URL, stops when told.
const couch = await startTestCouch();
process.send?.({ url: couch.url });
process.on('message', (message) => {
  if (message === 'stop') void couch.stop().finally(() => process.exit(0));
});
process.on('disconnect', () => process.exit(0));
