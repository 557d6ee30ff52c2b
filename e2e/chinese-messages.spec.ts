import { expect, test } from '@playwright/test';
import { smallModel } from './playground';

// Latin words a Chinese message may hold: a link's own keys and values (quoted back as key="value", or
// offered as choices), names of backends and of formats.
const allowed = /^(auto|webgl|wasm|cpu|hidden|samples|epochs|l2|odrop|task|series|sines|CSV|WebGL|WebAssembly|TensorFlow|js|Safari)$/;

// The Latin words of a sentence, less the link's value it quotes (key="…") and any “…” quotation.
function latinWords(sentence: string): string[] {
  const rest = sentence.replace(/\w+="[^"]*"/g, '').replace(/“[^”]*”/g, '');
  return (rest.match(/[A-Za-z][A-Za-z0-9]*/g) ?? []).filter((word) => !allowed.test(word));
}

test('a Chinese page says in Chinese what it corrected in a link, switching language rewords it', async ({ page }) => {
  await page.goto('/?lang=zh-CN&backend=quantum&odrop=9&es=maybe&sweep=depth&sweepat=1,x&models=99&task=series');
  const notices = page.getByRole('alert');
  await expect(notices.getByRole('listitem')).toHaveCount(7);
  await expect(notices).toContainText('链接中有些值无法照原样使用');
  await expect(notices).toContainText('odrop="9" 超出 0–0.8，改用 0.8。');
  await expect(notices).toContainText('sweepat="1,x"：“x”不是数字。改用 2、5、20、50、150。');
  for (const item of await notices.getByRole('listitem').allTextContents()) {
    expect(item).toMatch(/[\u4e00-\u9fff]/);
    expect(latinWords(item), item).toEqual([]);
  }
  // The notices are kept as data: the Language select words them again.
  await page.getByLabel('语言', { exact: true }).selectOption('en');
  await expect(notices).toContainText('odrop="9" is outside 0–0.8; using 0.8.');
  await expect(notices).toContainText('task=series needs a CSV file loaded on this page');
});

test('a Chinese page says in Chinese why it passed over the backend asked for', async ({ page }) => {
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(`/?lang=zh-CN&backend=wasm&${smallModel}`);
  const hint = page.getByText(/^为何没用首选后端/);
  await expect(hint).toBeVisible({ timeout: 30_000 });
  await expect(hint).toHaveText(/^为何没用首选后端：wasm：/);
  expect(latinWords((await hint.textContent()) ?? '')).toEqual([]);
});
