import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vite';
import appConfig from '../vite.config.ts';

const pages = fileURLToPath(new URL('./pages', import.meta.url));

/**
 * The bench pages, built with the app's own plugins, worker format and target. Output goes under
 * node_modules/.cache (ignored by git and ESLint); bench/run.mjs serves it.
 */
export default mergeConfig(
  appConfig,
  defineConfig({
    root: pages,
    build: {
      outDir: fileURLToPath(new URL('../node_modules/.cache/bench/pages', import.meta.url)),
      emptyOutDir: true,
      rollupOptions: { input: { steps: `${pages}/steps.html`, app: `${pages}/app.html` } },
    },
    logLevel: 'warn',
  }),
);
