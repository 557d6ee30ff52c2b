import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Runs the step plan on Node's backends through Vitest (bench/vitest.config.ts, bench/node/node-steps.run.ts),
 * which resolves the project's TypeScript as the unit tests do. Its output goes to stderr: stdout is the report's.
 */
export async function runNodePart(root, plan) {
  const folder = await mkdtemp(join(tmpdir(), 'bench-node-'));
  const outputPath = join(folder, 'node.json');
  try {
    const exitCode = await new Promise((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--config', 'bench/vitest.config.ts', '--reporter=dot'],
        {
          cwd: root,
          env: { ...process.env, BENCH_NODE_PLAN: JSON.stringify(plan), BENCH_NODE_OUTPUT: outputPath },
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      );
      child.stdout.pipe(process.stderr);
      child.on('error', reject);
      child.on('exit', resolve);
    });
    if (exitCode !== 0) throw new Error(`The Node part failed (vitest exit code ${exitCode})`);
    return JSON.parse(await readFile(outputPath, 'utf8'));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
