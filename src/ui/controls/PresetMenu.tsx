import { useId } from 'react';
import { useT } from '../../i18n/react';
import { presetOf, presets, type Preset } from '../../settings/presets';
import { lessonStore } from '../../state/lesson';
import { playgroundStore, usePlayground } from '../../state/store';
import { openLink } from '../../state/url-sync';

/** The id of the sentence on what to watch, shown in the stage beside the chart. */
export const presetStoryId = 'preset-story';

// English comes from the presets themselves; another language's catalogue translates them by id.
function useStory(): (preset: Preset) => { name: string; watch: string } {
  const words = useT().presets;
  return (preset) => words.stories[preset.id] ?? preset;
}

/**
 * Presets: named set-ups that each tell one story, opened like a shared link; what to watch shows
 * beside the chart. Choosing one starts a fresh run (`reset`) and, for some, asks for a prediction
 * first; the menu shows the preset the settings hold, so Back and Forward move it too.
 */
export function PresetMenu({ reset }: { reset: () => void }) {
  const preset = usePlayground((state) => presetOf(state.settings));
  const words = useT().presets;
  const story = useStory();
  const selectId = useId();
  return (
    <div className="preset-menu">
      <label htmlFor={selectId}>{words.label}</label>
      <select
        id={selectId}
        value={preset?.id ?? ''}
        aria-describedby={preset ? presetStoryId : undefined}
        onChange={(event) => {
          const next = presets.find((entry) => entry.id === event.target.value);
          if (!next) return;
          lessonStore.getState().setPreset({ presetId: next.id, choice: undefined });
          const runBefore = playgroundStore.getState().runId;
          openLink(playgroundStore, next.query);
          // A change of data or model has already started a new run; otherwise start one, so the story begins at epoch 0.
          if (playgroundStore.getState().runId === runBefore) reset();
        }}
      >
        <option value="">{words.choose}</option>
        {presets.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {story(entry).name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** What to watch in the preset the settings hold, and that it is a link too. */
export function PresetStory() {
  const preset = usePlayground((state) => presetOf(state.settings));
  const words = useT().presets;
  const story = useStory();
  if (!preset) return null;
  return (
    <p id={presetStoryId} className="preset-story">
      {words.watch(story(preset).watch)} <span className="hint">{words.shareHint}</span>
    </p>
  );
}
