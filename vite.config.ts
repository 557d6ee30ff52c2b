/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The built page's Content-Security-Policy: everything from the page's own origin, nothing inline.
 * 'wasm-unsafe-eval' lets the worker compile TensorFlow.js's WebAssembly backend (it permits
 * WebAssembly compilation only, not eval); no other 'unsafe-' source is needed, because KaTeX sets its
 * styles through the CSSOM and its fonts are files. frame-ancestors is left out so that course sites can
 * embed the page (and a <meta> policy cannot carry it anyway).
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

// Writes the policy into the built index.html, so that any static host serves it. Not in development:
// the dev server's hot reload injects inline scripts.
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'content-security-policy-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicyMeta()],
  // Relative asset paths, so the built page also works from a sub-folder (e.g. GitHub Pages).
  base: './',
  worker: { format: 'es' },
  // The dev server pre-bundles the dependencies it finds from its entries. The training worker is an
  // entry of its own: left out, its dependencies (TensorFlow.js, seedrandom) are found only when the
  // page starts it, Vite bundles them again mid-load, and the first page load's worker fails.
  optimizeDeps: { entries: ['index.html', 'src/worker/training.worker.ts'] },
  // The worker chunk carries TensorFlow.js and its backends by design (about 1.4 MB, loaded off the main thread).
  // Fonts stay files (never data: URLs), so the policy's font-src needs no 'data:'.
  build: { target: 'es2022', chunkSizeWarningLimit: 1600, assetsInlineLimit: (file) => (/\.(woff2?|ttf)$/.test(file) ? false : undefined) },
  // As a header too: a <meta> policy does not reach the worker, which takes the policy its own script is served with.
  preview: { port: 4173, strictPort: true, headers: { 'Content-Security-Policy': contentSecurityPolicy } },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
