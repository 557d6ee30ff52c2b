import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Vitest runs the Node part because it already resolves the project's TypeScript and TF.js's mixed
// ESM/CommonJS packages the way the unit tests need; the "test" is the benchmark itself.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['bench/node/*.run.ts'],
    environment: 'node',
    // One process, nothing beside it: the timings share the machine with nothing of ours.
    fileParallelism: false,
    testTimeout: 600_000,
  },
});
