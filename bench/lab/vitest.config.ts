import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Vitest runs the lab's Node measurements because it resolves the project's TypeScript and TF.js's
// packages as the unit tests do; the "test" is the measurement itself.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['bench/lab/*.run.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 1_800_000,
  },
});
