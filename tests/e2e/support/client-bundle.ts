import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
let cached: string | null = null;

/**
 * The same bridge the preload exposes, bundled for the page. Its invoke goes to
 * window.__ttaInvoke, a Playwright binding to the real handlers; window.tta is
 * frozen like the object contextBridge hands the renderer.
 */
export function clientInitScript(): string {
  if (cached) return cached;
  const result = buildSync({
    stdin: {
      contents: `
        import { createBridge } from './shared/client';
        const bridge = createBridge((name, input) => window.__ttaInvoke(name, input));
        Object.defineProperty(window, 'tta', { value: Object.freeze(bridge), enumerable: true });
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
