import type { NoticeViewMessages } from './notice-view-en';

/** 链接中被修正的值、以及无法使用的扫描取值的说明（简体中文）。 */
export const noticeViewZhCN: NoticeViewMessages = {
  url: {
    notChoice: (value, choices, used) => `${value} 不是 ${choices} 之一，改用 ${used}。`,
    notBoolean: (value, used) => `${value} 不是 1 或 0，改用 ${used}。`,
    notNumber: (value, used) => `${value} 不是数字，改用 ${used}。`,
    notWhole: (value, used) => `${value} 不是整数，改用 ${used}。`,
    rounded: (value, used) => `${value} 必须是整数，改用 ${used}。`,
    outside: (value, min, max, used) => `${value} 超出 ${min}–${max}，改用 ${used}。`,
    sweepValues: (value, problem, used) => `${value}：${problem}改用 ${used}。`,
    needsFile: '链接里的 task=series 需要先在本页载入 CSV 文件（链接无法携带文件），现在显示带噪正弦波任务。',
    listSeparator: '、',
  },
  sweepValues: {
    tooFew: '请至少给出两个值，用逗号分隔。',
    tooMany: (most) => `最多给出 ${most} 个值。`,
    notNumber: (piece) => `“${piece}”不是数字。`,
    notWhole: (piece) => `${piece} 不是整数。`,
    outside: (piece, min, max) => `${piece} 超出了 ${min}–${max} 的范围。`,
    notDifferent: '请至少给出两个不同的值。',
  },
};
