/** What early stopping makes of one epoch's validation loss. */
export type EarlyStoppingVerdict = 'improved' | 'waiting' | 'stop';

/** Keras EarlyStopping's knobs, monitoring validation loss (mode 'min'). */
export interface EarlyStoppingOptions {
  /** Epochs without improvement after which training stops. */
  patience: number;
  /** An epoch improves only if its loss is below the best by more than this. */
  minDelta: number;
}

/**
 * Keras `EarlyStopping(monitor='val_loss')`: an epoch improves when its loss is below the best so far
 * minus `minDelta`; every other epoch adds one to a wait counter, and training stops when the counter
 * reaches `patience`. It keeps track even while switched off, so turning it on mid-run acts at once.
 */
export class EarlyStopping {
  /** Lowest validation loss of an improving epoch. */
  bestValLoss = Infinity;
  /** The epoch (counted from 1) that set `bestValLoss`; 0 before any. */
  bestEpoch = 0;
  /** Epochs since the last improvement. */
  wait = 0;

  /** Records an epoch's validation loss and says whether it improved, and whether to stop now. */
  observe(epoch: number, valLoss: number, options: EarlyStoppingOptions): EarlyStoppingVerdict {
    if (valLoss < this.bestValLoss - options.minDelta) {
      this.bestValLoss = valLoss;
      this.bestEpoch = epoch;
      this.wait = 0;
      return 'improved';
    }
    this.wait += 1;
    return this.wait >= options.patience ? 'stop' : 'waiting';
  }

  /** Starts the wait afresh, as a new Keras fit() does, so a stopped run can be continued. */
  resumeWaiting(): void {
    this.wait = 0;
  }
}
