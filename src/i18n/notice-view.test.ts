import { describe, expect, it } from 'vitest';
import { decodeLabSetup } from '../settings/lab-url';
import { decodeSettings } from '../settings/url-codec';
import { urlNoticeText } from './notice-view';

// One link with every kind of correction the decoders make.
const query = 'es=maybe&backend=quantum&idrop=abc&hidden=12.6&odrop=9&sweep=depth&sweepat=1,x&models=99&sweepepochs=ten';
const notices = [...decodeSettings(query).notices, ...decodeLabSetup(query).notices];

describe('a link’s corrections in words', () => {
  it('say in English what was wrong and what is used instead', () => {
    expect(notices.map((notice) => urlNoticeText(notice, 'en'))).toEqual([
      'hidden="12.6" must be a whole number; using 13.',
      'idrop="abc" is not a number; using 0.',
      'odrop="9" is outside 0–0.8; using 0.8.',
      'es="maybe" is not 1 or 0; using 0.',
      'backend="quantum" is not one of auto, webgl, wasm, cpu; using auto.',
      'sweep="depth" is not one of hidden, samples, epochs, l2, odrop; using epochs.',
      'sweepat="1,x": "x" is not a number. Using 2, 5, 20, 50, 150.',
      'models="99" is outside 2–32; using 32.',
      'sweepepochs="ten" is not a whole number; using 100.',
    ]);
  });

  it('say the same in Chinese, with the link’s own words quoted as they were', () => {
    const chinese = notices.map((notice) => urlNoticeText(notice, 'zh-CN'));
    expect(chinese[2]).toBe('odrop="9" 超出 0–0.8，改用 0.8。');
    expect(chinese[6]).toBe('sweepat="1,x"：“x”不是数字。改用 2、5、20、50、150。');
    // Apart from the quoted key="value" and the choices a URL may hold, each sentence is Chinese.
    const urlWords = new Set(['auto', 'webgl', 'wasm', 'cpu', 'hidden', 'samples', 'epochs', 'l2', 'odrop']);
    for (const sentence of chinese) {
      const rest = sentence.replace(/\w+="[^"]*"/, '').replace(/“[^”]*”/g, '');
      expect(
        (rest.match(/[A-Za-z]\w*/g) ?? []).filter((word) => !urlWords.has(word)),
        sentence,
      ).toEqual([]);
      expect(rest, sentence).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
