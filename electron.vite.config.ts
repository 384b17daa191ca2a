import { chmodSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

/**
 * Marks the built command line (out/main/cli.js) executable, so that `npx brieflink …`
 * runs right after `npm run build` on a fresh clone: npm links package.json's bin to the
 * file but sets its mode only when it installs the package, not on a later build.
 */
function executableCli(): Plugin {
  return {
    name: 'brieflink-executable-cli',
    writeBundle(options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && file.isEntry && file.name === 'cli') chmodSync(resolve(options.dir ?? 'out/main', file.fileName), 0o755);
      }
    },
  };
}

/** One build for the desktop shell (main, preload) and the renderer both hosts serve. */
export default defineConfig({
  main: {
    plugins: [executableCli()],
    build: {
      outDir: 'out/main',
      // The browser host is bundled beside the shell so `npm run serve` starts plain Node, without a TypeScript loader.
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main.ts'),
          serve: resolve(__dirname, 'electron/host/serve.ts'),
          cli: resolve(__dirname, 'electron/cli/cli.ts'),
          // Started by the entries above as a worker thread, from beside them (see importHelper.ts).
          importHelperWorker: resolve(__dirname, 'electron/services/import/importHelperWorker.ts'),
        },
        // The command line runs as `brieflink …` through package.json's bin, so its file starts with a shebang.
        output: { banner: (chunk) => (chunk.isEntry && chunk.name === 'cli' ? '#!/usr/bin/env node' : '') },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload.ts') },
        // A sandboxed preload cannot load ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    base: './',
    plugins: [react()],
    // ES-module workers, so a worker's dynamic imports become chunks of their own: the
    // spelling worker loads each language's dictionary only when a note needs it.
    worker: { format: 'es' },
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      emptyOutDir: true,
      // electron-vite leaves the renderer unminified; the browser host sends it over HTTP and
      // both hosts parse it before the first paint, so it is minified (a third of the size).
      minify: true,
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
