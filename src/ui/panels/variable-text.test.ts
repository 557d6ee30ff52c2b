import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { zhCN } from '../../i18n/zh-CN';
import type { VariableName } from '../../state/run-slice';
import { variableText } from './variable-text';

// Every weight a network has, in the order the gradient check reports them for one layer.
const names: VariableName[] = [
  { part: 'layer', layer: 1, weight: 'kernel' },
  { part: 'layer', layer: 1, weight: 'recurrentKernel' },
  { part: 'layer', layer: 1, weight: 'bias' },
  { part: 'head', weight: 'kernel' },
  { part: 'head', weight: 'bias' },
];

describe('variableText', () => {
  it('names the weights in English as the page always has', () => {
    expect(names.map((name) => variableText(name, en.underTheHood))).toEqual([
      'layer 1 kernel W_x',
      'layer 1 recurrent kernel W_h',
      'layer 1 bias b',
      'head kernel',
      'head bias',
    ]);
    expect(variableText({ part: 'layer', layer: 2, weight: 'recurrentKernel' }, en.underTheHood)).toBe('layer 2 recurrent kernel W_h');
  });

  it('names them in Chinese with no Latin letters but the symbols W_x, W_h and b', () => {
    const chinese = names.map((name) => variableText(name, zhCN.underTheHood));
    expect(chinese).toEqual(['第 1 层 输入权重 W_x', '第 1 层 循环权重 W_h', '第 1 层 偏置 b', '输出层权重', '输出层偏置']);
    expect(chinese.join(' ').replace(/\b(W_x|W_h|b)\b/g, '')).not.toMatch(/[A-Za-z]/);
  });
});
