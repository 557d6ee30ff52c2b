import { BackendPicker } from './BackendPicker';
import { KnobSlider } from './KnobSlider';
import { liveKnobs, shapeKnobs } from './knobs';
import { NumberSetting } from './NumberSetting';

/** Every setting, grouped by whether it acts live or starts the run over. */
export function ControlPanel() {
  return (
    <aside className="control-panel" aria-label="Settings">
      <section>
        <h2>Regularisation and training</h2>
        <p className="section-note">These act on a running run from its next step.</p>
        {liveKnobs.map((knob) => (
          <KnobSlider key={knob.name} knob={knob} restartsRun={false} />
        ))}
        {/* Not labelled "… epochs": the Epoch readout's accessible name must stay unique. */}
        <NumberSetting name="maxEpochs" label="Stop after" hint="Epochs after which the run stops by itself." />
      </section>
      <section>
        <h2>Model and data</h2>
        <p className="section-note">These rebuild the model or the data, so the run starts over.</p>
        {shapeKnobs.map((knob) => (
          <KnobSlider key={knob.name} knob={knob} restartsRun />
        ))}
        <NumberSetting name="seed" label="Seed" hint="Same seed, same data, same starting weights, same curves." />
        <BackendPicker />
      </section>
    </aside>
  );
}
