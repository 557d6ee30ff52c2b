import type { LabViewMessages } from './lab-view-en';

/** 偏差–方差实验室面板的简体中文用语，随面板按需加载。 */
export const labViewZhCN: LabViewMessages = {
  intro:
    '用同一套设置训练许多次，每个模型都用从同一过程新抽取的训练集训练，再把测试误差分解为偏差²（模型平均预测离真值多远）、方差（各模型之间分歧多大）和噪声（任何模型都预测不了的部分，即不可约误差）。',
  sweep: '扫描',
  axes: {
    hidden: '隐藏单元数',
    samples: '训练样本数',
    epochs: '训练轮数',
    l2: 'L2',
    odrop: '输出随机失活',
  },
  sweepValues: '扫描取值',
  sweepValuesHint: '用逗号分隔，2 到 8 个值。',
  modelsPerPoint: '每个取值的模型数',
  epochsPerModel: '每个模型的训练轮数',
  epochsAxisNote: '扫描训练轮数时，每个模型训练到最大值，并在途中每个取值处读出结果。',
  runSweep: '开始扫描',
  cancelSweep: '取消扫描',
  progress: '扫描进度',
  workers: (count) => `同时训练 ${count} 个模型（每个处理器核心一个后台线程，留一个给页面）。`,
  secondsLeft: (seconds) =>
    seconds >= 90 ? `大约还剩 ${Math.round(seconds / 60)} 分钟` : `大约还剩 ${Math.max(1, Math.round(seconds))} 秒`,
  status: {
    running: '训练中…',
    finished: '已完成。',
    cancelled: '已取消；之前完成的行保留。',
    failed: '扫描失败：',
  },
  backend: (backend) => `在 ${backend} 上训练。`,
  table: '偏差–方差分解',
  columns: ['取值', '偏差²', '方差', '噪声', '期望测试误差', '实测测试误差', '训练误差'],
  tableCaption: (axis, models) => `取值：${axis}。为 ${models} 个模型的平均值；± 为它们之间的离散程度（标准差）。`,
  copyCsv: '复制为 CSV',
  copied: '已复制。',
  copyFailed: '浏览器拒绝访问剪贴板；请直接选中表格。',
  chart: '偏差–方差曲线',
  learningChart: '学习曲线',
  series: {
    biasSquared: '偏差²',
    variance: '方差',
    noise: '噪声',
    measuredTestError: '实测测试误差',
    trainingError: '训练误差',
  },
  notes: {
    sines: '正弦任务的输入同样带噪，所以即使完美的模型也无法从中还原干净的下一个值：以干净值为参照测得的偏差²中，有一部分是不可约误差。',
    adding: '噪声即标签噪声 σ²，是确切已知的；输入是干净的。',
    series:
      '上传的序列没有已知的无噪声值：每个模型在训练窗口的自助重抽样上训练，偏差²以观测到的后续值为参照，因而含有其中的噪声，噪声项无法得知（显示为 —）。',
    reber:
      'Reber 任务不提供实验室：它是分类任务，平方误差不适用，而 0–1 损失的分解（Domingos 2000）并不可加（在模型有偏差时，方差反而降低误差）；而且在这样的规模下模型学不会这套文法（其验证损失在随机猜测水平时最好），所以每个取值都会显示相同的偏差。',
  },
  invalidSetup: '请先修正扫描取值。',
  summary: {
    moves: { rises: '上升', falls: '下降', stays: '不变' },
    lowest: (value, error) => `实测测试误差在 ${value} 处最低（${error}）`,
    samples: (first, last, test, training, variance) =>
      `训练集从 ${first} 个窗口增加到 ${last} 个时，测试误差从 ${test.from} ${test.move}到 ${test.to}，训练误差从 ${training.from} ${training.move}到 ${training.to}；方差从 ${variance.from} ${variance.move}到 ${variance.to}。`,
    trends: (name, first, last, bias, variance) =>
      `${name}从 ${first} 到 ${last}，偏差²从 ${bias.from} ${bias.move}到 ${bias.to}，方差从 ${variance.from} ${variance.move}到 ${variance.to}`,
    tradeOff: (trends, lowest) => `${trends}：这是一种权衡，${lowest}，两者在那里达到平衡。`,
    noTradeOff: (trends, lowest, why) => `${trends}；${lowest}。在这些取值内看不到权衡，因为${why}。`,
    why: {
      same: '偏差²与方差在这里朝同一方向变化',
      bias: '在这些取值内，偏差²的变化大于方差的变化',
      variance: '在这些取值内，方差的变化大于偏差²的变化',
    },
  },
};
