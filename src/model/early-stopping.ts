/** What early stopping makes of one epoch's validation loss. */
export type EarlyStoppingVerdict = 'improved' | 'waiting' | 'stop';

/** Keras EarlyStopping's knobs, monitoring a loss (mode 'min'). */
export interface EarlyStoppingOptions {
  /** Epochs without improvement after which training stops. */
  patience: number;
  /** An epoch improves only if its loss is below the best by more than this. */
  minDelta: number;
}

/**
 * Keras 3 `EarlyStopping(mode='min', baseline=None, start_from_epoch=0)` as in
 * keras/src/callbacks/early_stopping.py: every epoch adds one to a wait counter; an epoch whose loss
 * plus `minDelta` is below the best so far (the first epoch of a fit always is) becomes the best and
 * sets the counter back to 0; otherwise training stops once the counter reaches `patience`. A fit
 * begins with no best and no wait (`on_train_begin`), so Train after a stop forgets the old best, as a
 * new `fit()` does. It keeps track even while switched off, so turning it on mid-run acts at once.
 */
export class EarlyStopping {
  /** Lowest loss of an improving epoch in this fit; undefined before the fit's first epoch. */
  bestValLoss: number | undefined = undefined;
  /** The epoch (counted from 1 over the whole run) that set `bestValLoss`; 0 before any. */
  bestEpoch = 0;
  /** Epochs since the last improvement. */
  wait = 0;

  /** Starts a fit afresh: no best, no wait (Keras `on_train_begin`). */
  beginFit(): void {
    this.bestValLoss = undefined;
    this.bestEpoch = 0;
    this.wait = 0;
  }

  /** Records an epoch's loss and says whether it improved, and whether to stop now. */
  observe(epoch: number, valLoss: number, options: EarlyStoppingOptions): EarlyStoppingVerdict {
    this.wait += 1;
    if (this.bestValLoss === undefined || valLoss + options.minDelta < this.bestValLoss) {
      this.bestValLoss = valLoss;
      this.bestEpoch = epoch;
      this.wait = 0;
      return 'improved';
    }
    return this.wait >= options.patience ? 'stop' : 'waiting';
  }
}
