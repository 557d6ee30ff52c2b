import type { SeriesProblemMessages } from './series-problem-en';

/** 上传的文件为何不能使用：简体中文用语，随问题提示按需加载。 */
export const seriesProblemZhCN: SeriesProblemMessages = {
  refused: (fileName, problem) => `${fileName}：${problem}`,
  columnIn: (header, position) => (header === undefined ? `第 ${position} 列` : `“${header}”列`),
  atRow: (row, problem) => `第 ${row} 行：${problem}`,
  tooLarge: (megabytes) => `文件大于 ${megabytes} MB。`,
  invalidQuotes: '引号位置不对（带引号的单元格必须以引号结束，其后紧跟分隔符或行尾）。',
  missingQuotes: '有一个带引号的单元格没有闭合。',
  empty: '文件是空的。',
  tooManyRows: (rows) => `文件超过 ${rows} 行。`,
  headerOnly: '文件只有表头，没有数值。',
  valueTooLarge: (row, column, cell) => `第 ${row} 行，${column}：“${cell}”太大（数值必须在 ±3.4e38 以内）。`,
  noNumbers: '没有一列全是数字。',
  decimalComma: (column, cell) =>
    `没有一列全是数字；${column}（“${cell}”）在逗号分隔的文件里用逗号作小数点：请改用小数点，或改用分号分隔。`,
  tooShort: (length, needed) => `序列只有 ${length} 个值；预测至少需要 ${needed} 个。`,
};
