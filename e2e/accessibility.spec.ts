import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openAugmentation } from './playground';

/** Serious and critical WCAG 2.1 A/AA violations on the page as it is now, as "rule: element" lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} (${node.failureSummary ?? ''})`));
}

for (const language of ['en', 'zh-CN'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no serious or critical violation with every panel open (${language}, ${colorScheme})`, async ({ browser }) => {
      test.setTimeout(120_000);
      const context = await browser.newContext({ colorScheme, locale: language });
      const page = await context.newPage();
      // A lesson link brings the task banner and a challenge; a pinned run, a preset's question and every disclosure are opened.
      await page.goto(`/?backend=wasm&hidden=8&train=32&valid=32&win=8&lang=${language}&challenge=tame&brief=Compare+the+two+curves`);
      const words = language === 'en' ? english : chinese;
      await expect(page.getByLabel(words.backend, { exact: true })).toHaveText(/^(webgl|wasm|cpu)\b/);
      await page.getByLabel(words.presets).selectOption('overfit');
      await page.locator('.predict-choices button').first().click();
      const step = page.getByRole('button', { name: words.step, exact: true });
      await step.click();
      await expect(page.getByLabel(words.epoch, { exact: true })).toHaveText('1');
      await step.click();
      await expect(page.getByLabel(words.epoch, { exact: true })).toHaveText('2');
      await page.getByRole('button', { name: words.pin, exact: true }).click();
      await page.locator('.challenge summary').click();
      if (language === 'en') await openAugmentation(page);
      else await page.getByRole('button', { name: words.augmentation, exact: true }).click();
      await page.getByRole('button', { name: words.inside, exact: true }).click();
      await page.getByRole('button', { name: words.underTheHood, exact: true }).click();
      await page.getByRole('button', { name: words.checkGradients, exact: true }).click();
      await expect(page.getByLabel(words.largestDifference)).toHaveText(/e-/);
      await expect(page.getByRole('heading', { name: words.gates })).toBeVisible();
      await page.getByRole('button', { name: words.explanation }).click();
      await expect(page.locator('.equation').first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: words.share, exact: true }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    });
  }
}

const english = {
  backend: 'Backend',
  presets: 'Presets',
  step: 'Step',
  epoch: 'Epoch',
  pin: 'Pin run',
  augmentation: 'Augmentation',
  inside: 'Inside the model',
  underTheHood: 'Under the hood',
  checkGradients: 'Check the gradients',
  largestDifference: 'Largest relative difference',
  gates: 'Gates',
  explanation: 'What am I looking at?',
  share: 'Share',
};

const chinese: typeof english = {
  backend: '后端',
  presets: '预设',
  step: '单步',
  epoch: '轮次',
  pin: '固定本次运行',
  augmentation: '增强方式',
  inside: '模型内部',
  underTheHood: '幕后原理',
  checkGradients: '检验梯度',
  largestDifference: '最大相对差',
  gates: '门',
  explanation: '这张图在说什么？',
  share: '分享',
};
