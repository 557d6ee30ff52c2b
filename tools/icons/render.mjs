// Draws the web app manifest's PNG icons and the apple-touch-icon from public/favicon.svg, so that they
// match it, and writes them to public/ (they are committed: the build only copies them).
//
// Run it after changing public/favicon.svg:   node tools/icons/render.mjs
//
// It drives the same Chromium as the browser tests (CHROMIUM_PATH, else e2e/chromium.json's path), which
// rasterises the SVG at each exact size; no image library is needed for that.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const root = new URL('../../', import.meta.url);
const launch = JSON.parse(await readFile(new URL('e2e/chromium.json', root), 'utf8'));

// The favicon's own rounded square is white; a full-bleed icon continues it to the edges.
const background = '#ffffff';

// Full-bleed icons put the 32-unit favicon in the middle of a 44-unit square. Its strokes reach at most
// about 16.5 units from the favicon's centre (the end of a 3-unit stroke at (29, 26)), which is 37.5 % of
// 44 units: inside a maskable icon's safe zone, the central circle whose radius is 40 % of the side.
// iOS gets the same composition, because it paints transparent corners black and masks the icon itself.
const paddedShare = 32 / 44;

/** Each PNG to write: its file in public/, its side in pixels, and whether it is full-bleed. */
const icons = [
  { file: 'icon-192.png', side: 192, fullBleed: false },
  { file: 'icon-512.png', side: 512, fullBleed: false },
  { file: 'icon-maskable-512.png', side: 512, fullBleed: true },
  { file: 'apple-touch-icon.png', side: 180, fullBleed: true },
];

const svg = await readFile(new URL('public/favicon.svg', root));
const svgSource = `data:image/svg+xml;base64,${svg.toString('base64')}`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? launch.defaultPath, args: launch.args });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { file, side, fullBleed } of icons) {
    const drawingSide = fullBleed ? Math.round(side * paddedShare) : side;
    const offset = (side - drawingSide) / 2;
    await page.setViewportSize({ width: side, height: side });
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:${fullBleed ? background : 'transparent'}">` +
        `<img src="${svgSource}" width="${drawingSide}" height="${drawingSide}" alt="" ` +
        `style="position:absolute;left:${offset}px;top:${offset}px;display:block"></body></html>`,
    );
    await page.locator('img').evaluate((image) => image.decode());
    const png = await page.screenshot({ clip: { x: 0, y: 0, width: side, height: side }, omitBackground: !fullBleed });
    await writeFile(new URL(`public/${file}`, root), png);
    console.warn(`${fileURLToPath(new URL(`public/${file}`, root))}: ${side}×${side}, ${png.length} bytes`);
  }
} finally {
  await browser.close();
}
