import { useId } from 'react';
import { presetOf, presets } from '../../settings/presets';
import { playgroundStore, usePlayground } from '../../state/store';
import { openLink } from '../../state/url-sync';

/**
 * Presets: named set-ups that each tell one story, opened like a shared link, with what to watch.
 * Choosing one starts a fresh run (`reset`); the menu shows the preset the settings hold, so Back and
 * Forward move it too.
 */
export function PresetMenu({ reset }: { reset: () => void }) {
  const preset = usePlayground((state) => presetOf(state.settings));
  const selectId = useId();
  const watchId = useId();
  return (
    <div className="preset-menu">
      <label htmlFor={selectId}>Presets</label>
      <select
        id={selectId}
        value={preset?.id ?? ''}
        aria-describedby={watchId}
        onChange={(event) => {
          const next = presets.find((entry) => entry.id === event.target.value);
          if (!next) return;
          const runBefore = playgroundStore.getState().runId;
          openLink(playgroundStore, next.query);
          // A change of data or model has already started a new run; otherwise start one, so the story begins at epoch 0.
          if (playgroundStore.getState().runId === runBefore) reset();
        }}
      >
        <option value="">Choose a story…</option>
        {presets.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {entry.name}
          </option>
        ))}
      </select>
      <p id={watchId} className="hint">
        {preset ? `What to watch: ${preset.watch}` : 'Each preset is a link too: share the address bar after choosing one.'}
      </p>
    </div>
  );
}
