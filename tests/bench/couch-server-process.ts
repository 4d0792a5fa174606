import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CHILD = fileURLToPath(new URL('./couch-server-child.ts', import.meta.url));

export interface CouchProcess {
  url: string;
  stop(): Promise<void>;
}

/**
 * The loopback test server in a process of its own. A coordinator's CouchDB runs on another
 * machine, never inside the app: in the app's process its request handling would count as the
 * app's time and as stalls of the app's event loop.
 */
export async function startCouchProcess(): Promise<CouchProcess> {
  const child = fork(CHILD, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (message) => resolve((message as { url: string }).url));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the test server stopped before it started (exit ${code})`)));
  });
  child.removeAllListeners('exit');
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.send('stop');
      }),
  };
}
