import { HistoryCharts } from '../charts/HistoryCharts';
import { KnobSlider } from '../controls/KnobSlider';
import { LabPanel } from '../lab/LabPanel';
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
import { UnderTheHood } from '../panels/UnderTheHood';
import { UpdateNotice } from '../panels/UpdateNotice';
import { ModelViews } from '../views/ModelViews';
import type { LabActions } from '../../state/lab';
import type { TrainingActions } from '../../state/training';

/** The whole page: the chart and its controls on the left, the settings on the right; the lab where its actions are given. */
export function App({ actions, lab }: { actions: TrainingActions; lab?: LabActions }) {
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
        <PresetMenu reset={actions.reset} />
        <Explanation />
      </div>
      <Notices />
      <UpdateNotice />
      <main className="layout">
        <section className="chart-area" aria-label="Run">
          <RunButtons actions={actions} />
          <RunStatusLine />
          <HistoryCharts />
          <PinnedRuns />
          <div className="chart-controls">
            <KnobSlider knob={knobs.smoothing} />
            <ToggleSetting name="logScale" hint="Losses on a logarithmic axis: small differences near zero become visible." />
          </div>
          <Readouts />
          <ModelViews inspect={actions.inspect} />
          <UnderTheHood checkGradients={actions.checkGradients} />
          {lab && <LabPanel actions={lab} />}
        </section>
        <ControlPanel measureBackends={actions.measureBackends} />
      </main>
    </div>
  );
}
