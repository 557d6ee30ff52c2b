/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // Relative asset paths, so the built page also works from a sub-folder (e.g. GitHub Pages).
  base: './',
  worker: { format: 'es' },
  // The dev server pre-bundles the dependencies it finds from its entries. The training worker is an
  // entry of its own: left out, its dependencies (TensorFlow.js, seedrandom) are found only when the
  // page starts it, Vite bundles them again mid-load, and the first page load's worker fails.
  optimizeDeps: { entries: ['index.html', 'src/worker/training.worker.ts'] },
  // The worker chunk carries TensorFlow.js and its backends by design (about 1.4 MB, loaded off the main thread).
  build: { target: 'es2022', chunkSizeWarningLimit: 1600 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
