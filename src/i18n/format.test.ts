import { describe, expect, it } from 'vitest';
import { en } from './en';
import { formatCompact, formatCount, formatPercent, formatScientific, formatSignificant } from './format';
import { languageOfBrowser, languageOfTag } from './languages';
import { zhCN } from './zh-CN';

describe('number formatting per language', () => {
  it('writes losses with four significant digits, trailing zeros kept and no grouping, in both languages', () => {
    expect(formatSignificant('en', 0.147, 4)).toBe('0.1470');
    expect(formatSignificant('zh-CN', 0.147, 4)).toBe('0.1470');
    expect(formatSignificant('en', 12345.6, 4)).toBe('12350');
    expect(formatSignificant('en', Number.NaN, 4)).toBe('NaN');
  });

  it('groups counts and writes percentages as each language does', () => {
    expect(formatCount('en', 20000)).toBe('20,000');
    expect(formatCount('zh-CN', 20000)).toBe('20,000');
    expect(formatPercent('en', 0.125, 1)).toBe('12.5%');
    expect(formatPercent('zh-CN', 0.125, 1)).toBe('12.5%');
    expect(formatCompact('en', 61.37, 2)).toBe('61');
  });

  it('keeps scientific notation as code writes it', () => {
    expect(formatScientific(0.0000123)).toBe('1.2e-5');
  });

  it('puts numbers into each language’s sentences', () => {
    expect(en.readouts.bestValue(formatSignificant('en', 0.147, 4), '28')).toBe('0.1470 (epoch 28)');
    expect(zhCN.readouts.bestValue(formatSignificant('zh-CN', 0.147, 4), '28')).toBe('0.1470（第 28 轮）');
    expect(en.readouts.stepsPerSecond(formatCompact('en', 61.37, 2))).toBe('61 steps/s');
    expect(zhCN.readouts.stepsPerSecond(formatCompact('zh-CN', 61.37, 2))).toBe('每秒 61 步');
  });
});

describe('choosing a language', () => {
  it('reads language tags and the browser’s preferences', () => {
    expect(languageOfTag('zh-CN')).toBe('zh-CN');
    expect(languageOfTag('zh')).toBe('zh-CN');
    expect(languageOfTag('zh-Hans-SG')).toBe('zh-CN');
    expect(languageOfTag('zh-TW')).toBeUndefined();
    expect(languageOfTag('en-GB')).toBe('en');
    expect(languageOfTag('fr')).toBeUndefined();
    expect(languageOfBrowser(['fr-FR', 'zh-CN', 'en'])).toBe('zh-CN');
    expect(languageOfBrowser(['de'])).toBe('en');
  });
});
