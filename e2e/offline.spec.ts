import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { preview } from 'vite';
import { collectErrors, openPlayground, smallModel, stepEpochs } from './playground';

// Beside the preview server's port (E2E_PORT) and the dev server test's (E2E_PORT + 1001).
const updatePort = Number(process.env.E2E_PORT ?? 4173) + 1002;

// Resolves when the service worker has installed (precached the build) and is active.
async function serviceWorkerReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

/** One entry of the web app manifest's icons list. */
interface ManifestIcon {
  src: string;
  sizes: string;
  type?: string;
  purpose?: string;
}

// The icons a browser installs the page with: the manifest's, and the apple-touch-icon that index.html links.
async function installIcons(page: Page): Promise<{ manifestUrl: string; icons: ManifestIcon[]; appleIcon: ManifestIcon }> {
  const manifestUrl = await page.locator('link[rel="manifest"]').evaluate((link: HTMLLinkElement) => link.href);
  const manifest = (await (await page.request.get(manifestUrl)).json()) as { icons: ManifestIcon[] };
  const appleLink = page.locator('link[rel="apple-touch-icon"]');
  const appleIcon = {
    src: await appleLink.evaluate((link: HTMLLinkElement) => link.href),
    sizes: (await appleLink.getAttribute('sizes')) ?? '',
    type: 'image/png',
  };
  return { manifestUrl, icons: manifest.icons, appleIcon };
}

// A PNG's width and height in pixels as a manifest writes them ("192x192"), from the IHDR chunk, which
// the format puts first, right after the 8-byte signature.
function pngSizes(bytes: Buffer): string {
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'PNG signature').toBe(true);
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

/** What an icon's pixels show, counted in the page (pixels differing from the top-left corner's are "drawn"). */
interface IconPixels {
  translucent: number;
  drawnOutsideSafeZone: number;
  drawnShare: number;
  // Mean absolute difference per colour channel (0–255) from the SVG drawn at the same size; null without an SVG.
  differenceFromSvg: number | null;
}

// Decodes an icon in the page and counts its pixels; the safe zone is the central circle whose radius is
// 40 % of the side (the W3C's maskable icon rule).
function iconPixels(page: Page, iconUrl: string, svgUrl: string | null): Promise<IconPixels> {
  return page.evaluate(
    async ({ iconUrl, svgUrl }) => {
      const pixelsOf = async (url: string, width: number, height: number) => {
        const image = new Image();
        image.src = url;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = width || image.naturalWidth;
        canvas.height = height || image.naturalHeight;
        const context = canvas.getContext('2d');
        if (!context) throw new Error('no 2d canvas');
        context.drawImage(image, 0, 0, canvas.width, canvas.height);
        return context.getImageData(0, 0, canvas.width, canvas.height);
      };
      const { data, width, height } = await pixelsOf(iconUrl, 0, 0);
      const svg = svgUrl === null ? null : (await pixelsOf(svgUrl, width, height)).data;
      const radius = 0.4 * width;
      let translucent = 0;
      let drawnOutsideSafeZone = 0;
      let drawn = 0;
      let difference = 0;
      for (let y = 0; y < height; y += 1) {
        for (let x = 0; x < width; x += 1) {
          const at = (y * width + x) * 4;
          if (data[at + 3] !== 255) translucent += 1;
          if ([0, 1, 2, 3].some((channel) => data[at + channel] !== data[channel])) {
            drawn += 1;
            if ((x + 0.5 - width / 2) ** 2 + (y + 0.5 - height / 2) ** 2 > radius ** 2) drawnOutsideSafeZone += 1;
          }
          for (let channel = 0; channel < 4; channel += 1) difference += Math.abs((data[at + channel] ?? 0) - (svg?.[at + channel] ?? 0));
        }
      }
      return {
        translucent,
        drawnOutsideSafeZone,
        drawnShare: drawn / (width * height),
        differenceFromSvg: svg === null ? null : difference / data.length,
      };
    },
    { iconUrl, svgUrl },
  );
}

test('after one visit the page loads and trains with no network', async ({ page, context }) => {
  const errors = collectErrors(page);
  await openPlayground(page, `?backend=wasm&${smallModel}`);
  await serviceWorkerReady(page);

  const fromNetwork: string[] = [];
  context.on('response', (response) => {
    if (!response.fromServiceWorker()) fromNetwork.push(response.url());
  });
  await context.setOffline(true);
  // A shared link with its own settings, opened offline: the service worker answers the navigation.
  const response = await page.goto(`/?backend=wasm&${smallModel}&odrop=0.2`);
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(page.getByLabel('Backend')).toHaveText(/^wasm\b/);
  await expect(page.getByRole('status').filter({ hasText: /^(Ready|Preparing)/ })).toHaveText(/^Ready/);
  await stepEpochs(page, 3);
  await expect(page.getByLabel('Validation loss')).toHaveText(/^\d/);
  await expect(page.getByRole('slider', { name: 'Output dropout' })).toHaveValue('0.2');
  // The equations' code and fonts come from the cache too.
  await page.getByRole('button', { name: 'What am I looking at?' }).click();
  await expect(page.locator('.equation').first()).toBeVisible();
  await expect(page.locator('.equation math')).toHaveCount(await page.locator('.equation').count());
  // Installing the page as an app, or adding it to a home screen, while offline needs its icons from the cache too.
  const cachedIcons = await page.evaluate(async () => {
    const manifestUrl = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')?.href ?? '';
    const manifest = (await (await fetch(manifestUrl)).json()) as { icons: { src: string }[] };
    const urls = manifest.icons.map((icon) => new URL(icon.src, manifestUrl).href);
    urls.push(document.querySelector<HTMLLinkElement>('link[rel="apple-touch-icon"]')?.href ?? '');
    return Promise.all(urls.map(async (url) => `${new URL(url).pathname} ${(await fetch(url)).headers.get('content-type')}`));
  });
  expect(cachedIcons).toEqual([
    '/favicon.svg image/svg+xml',
    '/icon-192.png image/png',
    '/icon-512.png image/png',
    '/icon-maskable-512.png image/png',
    '/apple-touch-icon.png image/png',
  ]);
  expect(fromNetwork).toEqual([]);
  expect(errors).toEqual([]);
});

test('the manifest lists PNG icons of the sizes they are, drawn from the favicon, the maskable one in its safe zone', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  const { manifestUrl, icons, appleIcon } = await installIcons(page);
  // The sizes install guides name, and one for launchers that crop icons to a shape of their own.
  expect(icons).toEqual(
    expect.arrayContaining([
      { src: expect.any(String), sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: expect.any(String), sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: expect.any(String), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ]),
  );
  expect(appleIcon.sizes).toBe('180x180');
  const svgIcon = icons.find((icon) => icon.type === 'image/svg+xml');
  expect(svgIcon?.src).toBe('favicon.svg');
  const svgUrl = new URL(svgIcon?.src ?? '', manifestUrl).href;

  const pngIcons = [...icons.filter((icon) => icon.type === 'image/png'), appleIcon];
  for (const icon of pngIcons) {
    const url = new URL(icon.src, manifestUrl).href;
    const response = await page.request.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()['content-type'], url).toBe('image/png');
    expect(pngSizes(await response.body()), url).toBe(icon.sizes);

    const purposes = (icon.purpose ?? 'any').split(' ');
    // A maskable icon is cropped to a shape of the launcher's choosing, and iOS paints transparency black:
    // both must be opaque to the edges, with the drawing inside the safe zone.
    const fullBleed = purposes.includes('maskable') || icon === appleIcon;
    const pixels = await iconPixels(page, url, fullBleed ? null : svgUrl);
    if (fullBleed) {
      // Not a blank square: the two curves cover several per cent of it.
      expect(pixels.drawnShare, url).toBeGreaterThan(0.05);
      expect(pixels.translucent, url).toBe(0);
      expect(pixels.drawnOutsideSafeZone, url).toBe(0);
    } else {
      // The favicon itself at this size. The margin lets antialiasing differ between Chromium versions;
      // another drawing (the maskable one in this place) differs by about 20.
      expect(pixels.differenceFromSvg, url).toBeLessThan(2);
    }
  }
  expect(errors).toEqual([]);
});

test('a new version waits, with a quiet notice, until the person reloads', async ({ page }) => {
  // A deployment is a new service worker script; this test deploys one into a copy of the build,
  // served on a port of its own, so the build the other tests use stays as it is.
  const site = await mkdtemp(join(tmpdir(), 'playground-site-'));
  await cp(fileURLToPath(new URL('../dist', import.meta.url)), site, { recursive: true });
  const server = await preview({
    root: fileURLToPath(new URL('..', import.meta.url)),
    build: { outDir: site },
    logLevel: 'warn',
    preview: { port: updatePort, strictPort: true, host: '127.0.0.1' },
  });
  try {
    const errors = collectErrors(page);
    const origin = `http://127.0.0.1:${updatePort}`;
    await page.goto(`${origin}/?backend=wasm&${smallModel}`);
    await expect(page.getByRole('status').filter({ hasText: /^(Ready|Preparing)/ })).toHaveText(/^Ready/);
    await serviceWorkerReady(page);
    const notice = page.getByRole('status').filter({ hasText: 'A new version of the playground is ready.' });
    await expect(notice).toHaveCount(0);

    // A deployment changes the service worker's script. Browsers look for a new one on navigations and
    // now and then: first a tab kept open since the first visit asks, then a returning visit's page load.
    const deploy = async (version: string) => {
      const worker = join(site, 'sw.js');
      await writeFile(worker, `${await readFile(worker, 'utf8')}\n// ${version}\n`);
    };
    await deploy('version 2');
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    for (const next of ['version 3', undefined]) {
      await expect(notice).toBeVisible();
      // The page goes on working meanwhile: nothing is reloaded behind the person's back.
      await stepEpochs(page, 1);
      // The page reloads (the run's curves come back from the browser's storage, so the epoch says little).
      await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload', exact: true }).click()]);
      await expect(page.getByRole('status').filter({ hasText: /^(Ready|Preparing)/ })).toHaveText(/^Ready/);
      await expect(notice).toHaveCount(0);
      if (next === undefined) break;
      await deploy(next);
      await page.reload();
    }
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
    expect(errors).toEqual([]);
  } finally {
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    await rm(site, { recursive: true, force: true });
  }
});
