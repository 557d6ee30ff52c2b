import { usePlayground } from '../../state/store';
import type { PlaygroundState } from '../../state/store';

function describe(state: PlaygroundState): string {
  const epoch = state.history.at(-1)?.epoch ?? 0;
  switch (state.status) {
    case 'starting':
      return 'Preparing the data and the model…';
    case 'ready':
      return 'Ready. Press Train, or Step for one epoch at a time.';
    case 'training':
      return 'Training…';
    case 'paused':
      return `Paused after epoch ${epoch}.`;
    case 'stepped':
      return `Stopped after epoch ${epoch}.`;
    case 'finished':
      return `Finished: reached ${epoch} epochs. Raise "Stop after" to go on, or Reset.`;
    case 'diverged':
      return `Training diverged after epoch ${epoch}: the loss stopped being a finite number. Lower the learning rate or turn on clipping, then Reset.`;
    case 'error':
      return `Something went wrong: ${state.errorMessage ?? 'unknown error'}. Reset to try again.`;
  }
}

/** One sentence on where the run stands, read out by screen readers when it changes. */
export function RunStatusLine() {
  const sentence = usePlayground(describe);
  const backendNote = usePlayground((state) => state.backendNote);
  return (
    <div className="run-status">
      <p role="status">{sentence}</p>
      {backendNote && <p className="hint">Why not the first choice: {backendNote}.</p>}
    </div>
  );
}
