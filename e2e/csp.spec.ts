import { expect, test } from '@playwright/test';
import { collectErrors, openPlayground, smallModel, stepEpochs } from './playground';

test('under its Content-Security-Policy the built app trains on WebAssembly and typesets its equations', async ({ page }) => {
  const errors = collectErrors(page);
  // The browser reports each blocked script, style, font or wasm compile as a violation event.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`),
    );
  });
  const response = await page.goto(`/?backend=wasm&${smallModel}`);
  const headerPolicy = response?.headers()['content-security-policy'] ?? '';
  const metaPolicy = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
  for (const policy of [headerPolicy, metaPolicy]) {
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(policy).toContain("style-src 'self';");
    expect(policy).not.toMatch(/'unsafe-(eval|inline)'/);
  }

  await openPlayground(page, `?backend=wasm&${smallModel}`);
  // Without 'wasm-unsafe-eval' the worker could not compile the backend and would fall back to plain JavaScript.
  await expect(page.getByLabel('Backend')).toHaveText(/^wasm\b/);
  await stepEpochs(page, 3);
  await expect(page.getByLabel('Training loss')).toHaveText(/^\d/);

  await page.getByRole('button', { name: 'What am I looking at?' }).click();
  await expect(page.locator('.equation').first()).toBeVisible();
  await expect(page.locator('.equation math')).toHaveCount(await page.locator('.equation').count());
  // KaTeX's layout lives in the inline styles it sets (strut heights, shifted sub- and superscripts)
  // and in its own fonts: both must survive the policy.
  const layout = await page.evaluate(async () => {
    await document.fonts.ready;
    const struts = [...document.querySelectorAll<HTMLElement>('.equation .katex-html .strut')];
    const mainFonts = [...document.fonts].filter((face) => face.family.replaceAll('"', '') === 'KaTeX_Main');
    return {
      styledStruts: struts.filter((strut) => strut.style.height !== '').length,
      mainFont: mainFonts.some((face) => face.status === 'loaded'),
    };
  });
  expect(layout.styledStruts).toBeGreaterThan(0);
  expect(layout.mainFont).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  expect(errors).toEqual([]);
});
