import type { ChartViewMessages } from './chart-view-en';

/** 图表自身的简体中文用语（标题、读数、图例、表格、文字摘要），随图表按需加载。 */
export const chartViewZhCN: ChartViewMessages = {
  lossCaption: (lossName) => `损失曲线：${lossName}，训练与验证对比`,
  accuracyCaption: '准确率曲线：分类正确的比例，训练与验证对比',
  chartName: { loss: '损失', accuracy: '准确率' },
  keys: (chart) => `${chart}图：方向键、Home 和 End 键读出数值`,
  readout: (chart) => `${chart}图读数`,
  epoch: (epoch) => `第 ${epoch} 轮`,
  trainingValue: (curve, value) => `训练${curve} ${value}`,
  validationValue: (curve, value) => `验证${curve} ${value}`,
  gapValue: (value) => `差距 ${value}`,
  tableButton: (chart) => `以表格查看${chart}数据`,
  tableCaption: (chart) => `${chart}曲线：图中所画的数值`,
  epochColumn: '轮次',
  gapColumn: '差距',
  smoothedColumn: (column) => `${column}（平滑后）`,
  summary: {
    epochs: (count, drawn) => `共 ${count} 轮${drawn === undefined ? '' : `（画出 ${drawn} 轮）`}`,
    last: (epochs, epoch, curve, train, val, gap) =>
      `${epochs}；最后一轮为第 ${epoch} 轮：训练${curve} ${train}，验证${curve} ${val}，差距 ${gap}。`,
    noEpochs: '还没有训练任何一轮。',
    band: (name) => `${name}，带有跨随机种子 ± 一个标准差的带`,
    gapBand: '泛化差距带',
    drawn: (names) => `已画出：${names.join('；')}。`,
    axis: (log, from, to) => `数值轴：${log ? '对数' : '线性'}，从 ${from} 到 ${to}。`,
    marker: (label, change, epoch) => `${label}（第 ${epoch} 轮${change ? '之后' : ''}）`,
    markers: (markers) => `标记：${markers.join('；')}。`,
  },
};
