import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vite';
import appConfig from '../../vite.config.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The probe page, built with the app's own plugins and worker format into node_modules/.cache. */
export default mergeConfig(
  appConfig,
  defineConfig({
    root,
    base: './',
    resolve: { alias: [{ find: /^react-dom\/client$/, replacement: 'react-dom/profiling' }] },
    build: {
      outDir: fileURLToPath(new URL(`../../node_modules/.cache/chart-probe/${process.env.CHART_PROBE_OUT ?? 'page'}`, import.meta.url)),
      emptyOutDir: true,
      // CHART_PROBE_MINIFY=0 keeps function names, for reading a CPU profile of the page.
      minify: process.env.CHART_PROBE_MINIFY !== '0',
      rollupOptions: { input: { probe: `${root}/probe.html` } },
    },
    logLevel: 'warn',
  }),
);
