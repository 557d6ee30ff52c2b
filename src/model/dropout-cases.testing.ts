import type { DropoutRates } from './dropout';

/** No dropout anywhere. */
export const noDropout: DropoutRates = { inputDropout: 0, recurrentDropout: 0, outputDropout: 0 };

/** The dropout set-ups a gradient test runs through: none, each kind alone at 0.4, and all three. */
export const dropoutCases: [string, DropoutRates][] = [
  ['no dropout', noDropout],
  ['input dropout', { ...noDropout, inputDropout: 0.4 }],
  ['recurrent dropout', { ...noDropout, recurrentDropout: 0.4 }],
  ['output dropout', { ...noDropout, outputDropout: 0.4 }],
  ['every dropout', { inputDropout: 0.4, recurrentDropout: 0.4, outputDropout: 0.4 }],
];
