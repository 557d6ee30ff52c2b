/**
 * The words of a link's corrections and of a refused list of sweep values, in English: a section of its
 * own, loaded only when a link needs correcting or the lab opens, so the page's start does not carry it.
 */
export const noticeViewEn = {
  /** A link value the decoder corrected (src/settings/url-notice.ts); `value` is `key="raw"`, choices and `used` as a URL writes them. */
  url: {
    notChoice: (value: string, choices: string, used: string) => `${value} is not one of ${choices}; using ${used}.`,
    notBoolean: (value: string, used: string) => `${value} is not 1 or 0; using ${used}.`,
    notNumber: (value: string, used: string) => `${value} is not a number; using ${used}.`,
    notWhole: (value: string, used: string) => `${value} is not a whole number; using ${used}.`,
    rounded: (value: string, used: string) => `${value} must be a whole number; using ${used}.`,
    outside: (value: string, min: string, max: string, used: string) => `${value} is outside ${min}–${max}; using ${used}.`,
    sweepValues: (value: string, problem: string, used: string) => `${value}: ${problem} Using ${used}.`,
    needsFile: 'task=series needs a CSV file loaded on this page (links cannot carry one); showing the noisy sines task instead.',
    listSeparator: ', ',
  },
  /** What is wrong with a list of sweep values (src/settings/lab-setup.ts), in the lab's form and in a link's notice. */
  sweepValues: {
    tooFew: 'Give at least two values, separated by commas.',
    tooMany: (most: string) => `Give at most ${most} values.`,
    notNumber: (piece: string) => `"${piece}" is not a number.`,
    notWhole: (piece: string) => `${piece} is not a whole number.`,
    outside: (piece: string, min: string, max: string) => `${piece} is outside ${min}–${max}.`,
    notDifferent: 'Give at least two different values.',
  },
};

/** The shape every language's notice section has. */
export type NoticeViewMessages = typeof noticeViewEn;
