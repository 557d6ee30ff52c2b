import { LossChart } from '../charts/LossChart';
import { ControlPanel } from '../controls/ControlPanel';
import { RunButtons } from '../controls/RunButtons';
import { Notices } from '../panels/Notices';
import { Readouts } from '../panels/Readouts';
import { RunStatusLine } from '../panels/RunStatusLine';
import type { TrainingActions } from '../../state/training';
import { usePlayground } from '../../state/store';

/** The whole page: the chart and its controls on the left, the settings on the right. */
export function App({ actions }: { actions: TrainingActions }) {
  const history = usePlayground((state) => state.history);
  const changes = usePlayground((state) => state.changes);
  const lossName = usePlayground((state) => (state.task?.kind === 'classification' ? 'cross-entropy' : 'mean squared error'));
  return (
    <div className="app">
      <header>
        <h1>Overfitting Playground</h1>
        <p>
          An LSTM learns from a few dozen examples: to forecast a noisy sum of sines, add two marked numbers, tell grammatical strings from
          broken ones, or forecast your own series. Watch the training loss keep falling while the validation loss turns upward: the model
          has started to memorise noise. Move the knobs and see which ones keep the two curves together.
        </p>
      </header>
      <Notices />
      <main className="layout">
        <section className="chart-area" aria-label="Run">
          <RunButtons actions={actions} />
          <RunStatusLine />
          <LossChart history={history} changes={changes} lossName={lossName} />
          <Readouts />
        </section>
        <ControlPanel />
      </main>
    </div>
  );
}
