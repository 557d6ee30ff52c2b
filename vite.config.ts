/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The built page's Content-Security-Policy: everything from the page's own origin, nothing inline.
 * 'wasm-unsafe-eval' lets the worker compile TensorFlow.js's WebAssembly backend (it permits
 * WebAssembly compilation only, not eval); no other 'unsafe-' source is needed, because KaTeX sets its
 * styles through the CSSOM and its fonts are files. frame-ancestors is left out so that course sites can
 * embed the page (and a <meta> policy cannot carry it anyway). img-src allows blob: for the chart's PNG
 * export, which draws the page's own SVG (a blob it made) onto a canvas; the icons are the page's own files.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' blob:",
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
    // Only the product's page: the benchmark builds its own pages with these plugins.
    transformIndexHtml: (_html, { path }) =>
      path === '/index.html'
        ? [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy }, injectTo: 'head-prepend' }]
        : undefined,
  };
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicyMeta(),
    // A service worker precaches the built site, so after one visit the page loads and trains offline.
    // 'prompt': a new version waits until the person chooses to reload (src/ui/panels/UpdateNotice.tsx).
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Overfitting Playground',
        short_name: 'Overfitting',
        description: 'Train a small LSTM in your browser and watch training and validation loss pull apart.',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#ffffff',
        // PNGs too, for platforms that do not draw SVG icons: 192 and 512 pixels, the sizes install guides
        // name, and a maskable one for launchers that crop icons to a shape of their own (Android, ChromeOS).
        // They are drawn from favicon.svg by tools/icons/render.mjs; the plugin precaches every icon listed here.
        icons: [
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      // index.html links it for Safari on iOS, which takes an apple-touch-icon over the manifest's icons.
      includeAssets: ['apple-touch-icon.png'],
      workbox: {
        // The worker's script and the WebAssembly backends are what training needs offline; KaTeX's
        // woff2 fonts are the only format Chromium, Firefox and Safari ask for. The multi-threaded wasm
        // binary is never loaded (the worker turns multi-threading off), and the README's screenshot is
        // not part of the page.
        globPatterns: ['**/*.{html,js,css,wasm,woff2,svg,csv}'],
        globIgnores: ['**/*threaded*.wasm'],
        // The worker's chunk (TensorFlow.js and its backends) is about 1.4 MB.
        maximumFileSizeToCacheInBytes: 4_000_000,
        // A shared link's query string (?odrop=0.3) still opens the cached page.
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first service worker takes over the page that installed it, so the network can drop during
        // the first visit too; a later version still waits for the person's reload.
        clientsClaim: true,
      },
    }),
  ],
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
