import { useMemo } from 'react';
import { chartMarkers } from '../charts/chart-markers';
import { chartRows } from '../charts/chart-rows';
import { LossChart, pinColours } from '../charts/LossChart';
import { KnobSlider } from '../controls/KnobSlider';
import { knobs } from '../controls/knobs';
import { PresetMenu } from '../controls/PresetMenu';
import { ToggleSetting } from '../controls/ToggleSetting';
import { ControlPanel } from '../controls/ControlPanel';
import { RunButtons } from '../controls/RunButtons';
import { Explanation } from '../panels/Explanation';
import { Notices } from '../panels/Notices';
import { PinnedRuns } from '../panels/PinnedRuns';
import { Readouts } from '../panels/Readouts';
import { RunStatusLine } from '../panels/RunStatusLine';
import type { TrainingActions } from '../../state/training';
import { usePlayground } from '../../state/store';

/** The whole page: the chart and its controls on the left, the settings on the right. */
export function App({ actions }: { actions: TrainingActions }) {
  const history = usePlayground((state) => state.history);
  const lossName = usePlayground((state) => (state.task?.kind === 'classification' ? 'cross-entropy' : 'mean squared error'));
  const smoothing = usePlayground((state) => state.settings.smoothing);
  const logScale = usePlayground((state) => state.settings.logScale);
  const changes = usePlayground((state) => state.changes);
  const stopDetails = usePlayground((state) => state.stopDetails);
  const markers = useMemo(() => chartMarkers({ history, changes, stopDetails }), [history, changes, stopDetails]);
  const pins = usePlayground((state) => state.pinned);
  const pinned = useMemo(
    () =>
      pins.flatMap((run, index) =>
        run.hidden
          ? []
          : [{ id: run.id, colour: pinColours[index % pinColours.length] as string, rows: chartRows(run.history, smoothing) }],
      ),
    [pins, smoothing],
  );
  const options = useMemo(() => ({ lossName, smoothing, logScale, markers, pinned }), [lossName, smoothing, logScale, markers, pinned]);
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
      <div className="top-row">
        <PresetMenu />
        <Explanation />
      </div>
      <Notices />
      <main className="layout">
        <section className="chart-area" aria-label="Run">
          <RunButtons actions={actions} />
          <RunStatusLine />
          <LossChart history={history} options={options} />
          <PinnedRuns />
          <div className="chart-controls">
            <KnobSlider knob={knobs.smoothing} />
            <ToggleSetting name="logScale" hint="Losses on a logarithmic axis: small differences near zero become visible." />
          </div>
          <Readouts />
        </section>
        <ControlPanel />
      </main>
    </div>
  );
}
