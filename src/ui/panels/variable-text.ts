import type { Messages } from '../../i18n';
import type { VariableName } from '../../state/run-slice';

/** A weight tensor's name in the page's language ("layer 1 kernel W_x", "第 1 层 输入权重 W_x"). */
export function variableText(name: VariableName, words: Messages['underTheHood']): string {
  return name.part === 'head' ? words.headWeights[name.weight] : words.layerWeight(String(name.layer), words.layerWeights[name.weight]);
}
