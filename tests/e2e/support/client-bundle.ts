import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
let cached: string | null = null;

/**
 * The same bridge and onCommand the preload exposes, bundled for the page. Its invoke
 * goes to window.__ttaInvoke, a Playwright binding to the real handlers; window.tta is
 * frozen like the object contextBridge hands the renderer.
 */
export function clientInitScript(): string {
  if (cached) return cached;
  const result = buildSync({
    stdin: {
      contents: `
        import { createBridge } from './shared/client';
        import { buildCommandSubscription } from './main/electron/preload-api';
        const bridge = createBridge(async (name, input) => JSON.parse(await window.__ttaInvoke(name, input)));
        // onCommand is the preload's own code; __ttaSend plays the main process's webContents.send.
        const subscribers = new Set();
        const commands = buildCommandSubscription((channel, handler) => {
          const entry = { channel, handler };
          subscribers.add(entry);
          return () => subscribers.delete(entry);
        });
        Object.defineProperty(window, '__ttaSend', {
          value: (channel, payload) => { for (const s of [...subscribers]) if (s.channel === channel) s.handler(payload); },
        });
        Object.defineProperty(window, 'tta', { value: Object.freeze({ ...bridge, ...commands }), enumerable: true });
      `,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
  });
  cached = result.outputFiles[0]!.text;
  return cached;
}
