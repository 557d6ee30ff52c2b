import { useId } from 'react';
import { backendChoices, type BackendChoice } from '../../settings/schema';
import { usePlayground } from '../../state/store';

const choiceLabels: Record<BackendChoice, string> = {
  auto: 'Automatic (WebGL, then WASM, then CPU)',
  webgl: 'WebGL (graphics card)',
  wasm: 'WebAssembly',
  cpu: 'Plain JavaScript (slowest)',
};

/** Lets the person force a TensorFlow.js backend; the `Backend` readout shows the one that runs. */
export function BackendPicker() {
  const choice = usePlayground((state) => state.settings.backend);
  const changeSetting = usePlayground((state) => state.changeSetting);
  const selectId = useId();
  return (
    <div className="number-setting">
      <label htmlFor={selectId}>Run on</label>
      <select id={selectId} value={choice} onChange={(event) => changeSetting('backend', event.target.value as BackendChoice)}>
        {backendChoices.map((name) => (
          <option key={name} value={name}>
            {choiceLabels[name]}
          </option>
        ))}
      </select>
    </div>
  );
}
