import type { ReactNode } from 'react';
import { usePlayground } from '../../state/store';
import { AugmentationControls } from './AugmentationControls';
import { BackendSpeeds } from './BackendSpeeds';
import { ChoiceSetting } from './ChoiceSetting';
import { KnobSlider } from './KnobSlider';
import { knobs } from './knobs';
import { NumberSetting } from './NumberSetting';
import { SeriesLoader } from './SeriesLoader';
import { ToggleSetting } from './ToggleSetting';

function Group({ title, note, children }: { title: string; note?: string; children: ReactNode }) {
  return (
    <fieldset className="group">
      <legend>{title}</legend>
      {note && <p className="section-note">{note}</p>}
      {children}
    </fieldset>
  );
}

const optimizerLabels = { adam: 'Adam', rmsprop: 'RMSProp', sgd: 'SGD with momentum 0.9' };
const clipLabels = {
  off: 'Off',
  global: 'Global norm (L2 of all gradients)',
  tensor: 'Per-tensor norm',
  value: 'Value (L∞: each element)',
};
const taskLabels = {
  sines: 'Noisy sines: forecast the next value',
  adding: 'Adding problem: sum the two marked values',
  reber: 'Reber grammar: valid or corrupted string?',
  series: 'Your own series (CSV)',
};
const backendLabels = {
  auto: 'Automatic (the fastest measured here)',
  webgl: 'WebGL (graphics card)',
  wasm: 'WebAssembly',
  cpu: 'Plain JavaScript (slowest)',
};

/** Every setting, grouped by technique; all but the task, data and model act on a running run from its next step. */
export function ControlPanel({ measureBackends }: { measureBackends: () => void }) {
  const task = usePlayground((state) => state.settings.task);
  const changeSetting = usePlayground((state) => state.changeSetting);
  return (
    <aside className="control-panel" aria-label="Settings">
      <p className="section-note">Everything above “Task and data” acts on a running run from its next step.</p>
      <Group title="Dropout">
        <KnobSlider knob={knobs.inputDropout} />
        <KnobSlider knob={knobs.recurrentDropout} />
        <KnobSlider knob={knobs.outputDropout} />
      </Group>
      <Group title="Weight penalties">
        <KnobSlider knob={knobs.l1} />
        <KnobSlider knob={knobs.l2} />
        <KnobSlider knob={knobs.weightDecay} />
        <ToggleSetting name="penaliseRecurrent" hint="Off: only the input kernels are penalised. Biases never are." />
      </Group>
      <Group title="Gradient clipping">
        <ChoiceSetting
          name="clipMode"
          hint="How a large gradient is cut down before the update: as a whole, tensor by tensor, or element by element."
          optionLabels={clipLabels}
        />
        <KnobSlider knob={knobs.clipThreshold} />
      </Group>
      <Group title="Early stopping">
        <ToggleSetting name="earlyStopping" hint="End the run when validation loss stops improving." />
        <KnobSlider knob={knobs.patience} />
        <KnobSlider knob={knobs.minDelta} />
        <ToggleSetting name="restoreBestWeights" hint="When it stops, go back to the weights of the best epoch." />
      </Group>
      <Group title="Optimisation">
        <ChoiceSetting
          name="optimizer"
          hint="Switching mid-run keeps the weights and starts the optimizer’s own state afresh."
          optionLabels={optimizerLabels}
        />
        <KnobSlider knob={knobs.learningRate} />
        {/* Not labelled "… epochs": the Epoch readout's accessible name must stay unique. */}
        <NumberSetting name="maxEpochs" hint="Epochs after which the run stops by itself." />
      </Group>
      <Group title="Data augmentation">
        <AugmentationControls />
      </Group>
      <Group title="Task and data" note="These rebuild the data, so the run starts over.">
        <ChoiceSetting name="task" hint="What the model learns from its sequences." optionLabels={taskLabels} />
        {task === 'series' && <SeriesLoader />}
        <KnobSlider knob={knobs.windowLength} />
        <KnobSlider knob={knobs.trainingSamples} />
        <KnobSlider knob={knobs.validationSamples} />
        <KnobSlider knob={knobs.noise} />
        <NumberSetting name="seed" hint="Same seed, same data, same starting weights, same curves." />
        <NumberSetting
          name="seedRepeats"
          hint="Trains this many runs side by side, with seeds seed, seed+1, …: the chart shows their mean and spread (± one standard deviation), so luck can be told from a real effect."
        />
        <button type="button" onClick={() => changeSetting('seed', Math.floor(Math.random() * 1_000_000))}>
          New data
        </button>
      </Group>
      <Group title="Model" note="These rebuild the model, so the run starts over.">
        <KnobSlider knob={knobs.hiddenUnits} />
        <KnobSlider knob={knobs.layers} />
        <KnobSlider knob={knobs.batchSize} />
        <ChoiceSetting name="backend" hint="Which TensorFlow.js backend trains the model." optionLabels={backendLabels} />
        <BackendSpeeds measureAgain={measureBackends} />
      </Group>
    </aside>
  );
}
