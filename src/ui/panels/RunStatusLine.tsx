import { fastestBackend } from '../../state/backend-slice';
import { usePlayground, type PlaygroundState } from '../../state/store';

const divergenceCauses = {
  'loss exploded': 'the training loss exploded',
  'loss not finite': 'the training loss stopped being a finite number',
  'gradient not finite': 'the gradient stopped being a finite number',
  'validation loss not finite': 'the validation loss stopped being a finite number',
  'validation loss exploded': 'the validation loss exploded',
} as const;

// Restore best weights acts at the end of the budget too, as Keras's EarlyStopping does at the end of fit().
function restoredAtEnd(earlyStop: { bestEpoch: number; restored: boolean } | undefined): string {
  return earlyStop?.restored ? ` The model is back at the weights of its best epoch, ${earlyStop.bestEpoch}.` : '';
}

function describe(state: PlaygroundState): string {
  const epoch = state.history.at(-1)?.epoch ?? 0;
  const { earlyStop, divergence, reason, message } = state.stopDetails ?? {};
  const health = state.workerHealth;
  if (health.state === 'replacing')
    return `The training worker stopped working (${health.reason ?? 'no reason given'}). Starting a new one and rebuilding the run; its curves are kept.`;
  if (health.state === 'down')
    return `The training worker could not be restarted (${health.reason ?? 'no reason given'}). Press Reset to try again, or reload the page.`;
  switch (state.status) {
    case 'building':
      return 'Preparing the data and the model…';
    case 'needs-series':
      return 'Choose a CSV file, or load the sample, to train on your own series.';
    case 'ready':
      return epoch > 0
        ? `Ready to go on from epoch ${epoch}. Press Train, or Step for one epoch at a time.`
        : 'Ready. Press Train, or Step for one epoch at a time.';
    case 'training':
      return 'Training…';
    case 'paused':
      return reason === 'stepped' ? `Stopped after epoch ${epoch}.` : `Paused after epoch ${epoch}.`;
    case 'finished':
      return `Finished: reached ${epoch} epochs.${restoredAtEnd(earlyStop)} Raise "Stop after" to go on, or Reset.`;
    case 'early-stopped': {
      const best = earlyStop ? ` The best epoch was ${earlyStop.bestEpoch} (validation loss ${earlyStop.bestValLoss.toPrecision(4)})` : '';
      const restored = earlyStop?.restored ? ', and the model is back at its weights.' : '.';
      return `Early stopping ended the run after epoch ${epoch}: validation loss stopped improving for ${state.settings.patience} epochs.${best}${restored}`;
    }
    case 'diverged': {
      const what = divergence ? divergenceCauses[divergence.cause] : 'the loss stopped being a finite number';
      const kept = divergence?.restoredEpoch ? `the weights at the end of epoch ${divergence.restoredEpoch}` : 'its initial weights';
      const onward =
        state.settings.seedRepeats > 1
          ? 'With several seeds the run cannot go on: Reset.'
          : 'Lower the learning rate or turn on gradient clipping, then press Train to go on from there.';
      return `Training diverged in epoch ${divergence?.epoch ?? epoch + 1}: ${what}. The model is back at ${kept}, the last sound epoch, and the curves so far stay. ${onward}`;
    }
    case 'failed':
      return `Something went wrong: ${message ?? 'unknown error'}. Reset to try again.`;
  }
}

/** One sentence on where the run stands, read out by screen readers when it changes. */
export function RunStatusLine() {
  const sentence = usePlayground(describe);
  const backendNote = usePlayground((state) => state.backendNote);
  // Once measured, the measurement is the reason for the backend, not the first guess's.
  const measuredFastest = usePlayground(
    (state) => state.settings.backend === 'auto' && state.backend !== undefined && fastestBackend(state.backendSpeeds) === state.backend,
  );
  const stuck = usePlayground(
    (state) =>
      state.status === 'diverged' ||
      state.status === 'failed' ||
      state.workerHealth.state === 'replacing' ||
      state.workerHealth.state === 'down',
  );
  return (
    <div className="run-status">
      <p role="status" className={stuck ? 'warning' : undefined}>
        {sentence}
      </p>
      {measuredFastest && <p className="hint">Running on the backend measured fastest on this device.</p>}
      {backendNote && !measuredFastest && <p className="hint">Why not the first choice: {backendNote}.</p>}
    </div>
  );
}
