import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import type { Plugin } from 'vite';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * react-router 7 exports only its development build (remix-run/react-router#12532, #14102):
 * dev warnings and checks in production. Builds take the production build it also ships.
 */
const reactRouterProduction = join(dirname(createRequire(import.meta.url).resolve('react-router/package.json')), 'dist/production/index.mjs');

/**
 * Emits boot.ts as a classic script, boot.js, and first-screen/show-first-screen.ts as
 * first-screen.js: both must run before the module bundle loads.
 */
function bootScripts(): Plugin {
  const scripts = { 'boot.js': `${here}/boot.ts`, 'first-screen.js': `${here}/first-screen/show-first-screen.ts` };
  return {
    name: 'tta-boot-scripts',
    generateBundle() {
      for (const [fileName, entry] of Object.entries(scripts)) {
        const out = buildSync({ entryPoints: [entry], bundle: true, format: 'iife', minify: true, target: 'chrome130', write: false });
        this.emitFile({ type: 'asset', fileName, source: out.outputFiles[0]!.text });
      }
    },
  };
}

/**
 * The app bundle's entry is loaded by first-screen.js instead of a <script> tag: after the
 * pre-rendered first screen has been painted when one is shown, at once otherwise. A module
 * script in the page would run as soon as parsing ends, before the browser paints anything,
 * so the pre-rendered screen would wait for the bundle and for React's hydration. The entry
 * stays a modulepreload, so it is fetched and compiled while the page parses.
 */
function deferredEntry(): Plugin {
  return {
    name: 'tta-deferred-entry',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
        const match = entry.exec(html);
        if (!match) throw new Error('index.html: the module entry script was not found; first-screen.js could not load the app');
        return html.replace(entry, `<link rel="modulepreload" crossorigin href="${match[1]}" data-tta-entry>`);
      },
    },
  };
}

// The renderer is served from app://bundle/ in Electron and from a routed origin in
// the e2e harness, so asset URLs must be relative.
export default defineConfig(({ command }) => ({
  root: here,
  base: './',
  plugins: [react(), bootScripts(), deferredEntry()],
  resolve: { alias: command === 'build' ? [{ find: /^react-router$/, replacement: reactRouterProduction }] : [] },
  build: {
    outDir: fileURLToPath(new URL('../out/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    target: 'chrome130',
    chunkSizeWarningLimit: 2000,
  },
}));
