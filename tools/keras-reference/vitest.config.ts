import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Vitest runs the export because it resolves the project's TypeScript and TF.js's mixed ESM/CommonJS
// packages the way the unit tests do; the "test" writes fixtures/inputs.json.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: { include: ['tools/keras-reference/*.run.ts'], environment: 'node', testTimeout: 120_000 },
});
