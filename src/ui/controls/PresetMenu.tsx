import { useId, useState } from 'react';
import { presets } from '../../settings/presets';
import { playgroundStore } from '../../state/store';
import { openLink } from '../../state/url-sync';

/** Presets: named set-ups that each tell one story, opened like a shared link, with what to watch. */
export function PresetMenu() {
  const [chosen, setChosen] = useState('');
  const selectId = useId();
  const watchId = useId();
  const preset = presets.find((entry) => entry.id === chosen);
  return (
    <div className="preset-menu">
      <label htmlFor={selectId}>Presets</label>
      <select
        id={selectId}
        value={chosen}
        aria-describedby={watchId}
        onChange={(event) => {
          const next = presets.find((entry) => entry.id === event.target.value);
          setChosen(event.target.value);
          if (next) openLink(playgroundStore, next.query);
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
