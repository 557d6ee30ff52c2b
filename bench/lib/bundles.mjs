import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, resolveConfig } from 'vite';

/** Strings only TF.js code carries (its engine's global key, a kernel name, a WebGL flag); minifying keeps them. */
const tfjsMarkers = ['_tfengine', 'BatchMatMul', 'WEBGL_VERSION'];

/** Builds the app exactly as `npm run build` does (its own vite.config.ts), into `outDir`, with a manifest. */
export async function buildApp(root, outDir) {
  await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true, manifest: true } });
}

/** Builds the bench pages (bench/vite.config.ts); resolves to the folder to serve. */
export async function buildBenchPages(root) {
  const configFile = join(root, 'bench', 'vite.config.ts');
  const config = await resolveConfig({ configFile }, 'build', 'production');
  await build({ configFile });
  return resolve(config.root, config.build.outDir);
}

async function chunkSize(outDir, file) {
  const code = await readFile(join(outDir, file));
  return { file, bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length, code: code.toString('utf8') };
}

// The chunks a manifest entry loads at once (itself and its static imports, transitively).
function staticClosure(manifest, key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) staticClosure(manifest, imported, seen);
  return seen;
}

/**
 * Sizes of a built app's JavaScript (gzip level 9): the main thread's initial chunks (index.html's entry and
 * its static imports), its lazy chunks, and the worker chunks (JavaScript the manifest does not list:
 * Vite bundles workers on their own). Also where the TF.js markers occur.
 */
export async function measureBundle(outDir) {
  const manifest = JSON.parse(await readFile(join(outDir, '.vite', 'manifest.json'), 'utf8'));
  const initialKeys = staticClosure(manifest, 'index.html');
  const mainKeys = new Set(Object.keys(manifest).filter((key) => manifest[key].file.endsWith('.js')));
  const allJs = (await readdir(join(outDir, 'assets'))).filter((name) => name.endsWith('.js')).map((name) => `assets/${name}`);
  const listed = new Set([...mainKeys].map((key) => manifest[key].file));
  const initial = await Promise.all([...initialKeys].map((key) => chunkSize(outDir, manifest[key].file)));
  const lazy = await Promise.all([...mainKeys].filter((key) => !initialKeys.has(key)).map((key) => chunkSize(outDir, manifest[key].file)));
  const worker = await Promise.all(allJs.filter((file) => !listed.has(file)).map((file) => chunkSize(outDir, file)));
  if (initial.length === 0 || worker.length === 0) throw new Error(`Unexpected build layout: ${allJs.join(', ')}`);
  const markersIn = (chunks) => tfjsMarkers.filter((marker) => chunks.some((chunk) => chunk.code.includes(marker)));
  const strip = ({ file, bytes, gzipBytes }) => ({ file, bytes, gzipBytes });
  return {
    mainThreadInitial: initial.map(strip),
    mainThreadLazy: lazy.map(strip),
    worker: worker.map(strip),
    tfjsMarkers,
    tfjsMarkersInWorker: markersIn(worker),
    tfjsMarkersInMainThread: markersIn([...initial, ...lazy]),
  };
}
