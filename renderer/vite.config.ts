import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import type { Plugin } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Emits boot.ts as a classic script, boot.js: it must run before the module bundle loads. */
function bootScript(): Plugin {
  return {
    name: 'tta-boot-script',
    generateBundle() {
      const out = buildSync({ entryPoints: [`${here}/boot.ts`], bundle: true, format: 'iife', minify: true, target: 'chrome130', write: false });
      this.emitFile({ type: 'asset', fileName: 'boot.js', source: out.outputFiles[0]!.text });
    },
  };
}

// The renderer is served from app://bundle/ in Electron and from a routed origin in
// the e2e harness, so asset URLs must be relative.
export default defineConfig({
  root: here,
  base: './',
  plugins: [react(), bootScript()],
  build: {
    outDir: fileURLToPath(new URL('../out/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    target: 'chrome130',
    chunkSizeWarningLimit: 2000,
  },
});
