import { useId } from 'react';
import { useT } from '../../i18n/react';
import { presets, type Preset } from '../../settings/presets';
import { lessonStore, useLesson } from '../../state/lesson';
import { playgroundStore } from '../../state/store';
import { openLink } from '../../state/url-sync';

/** The id of the sentence on what to watch, shown in the stage beside the chart. */
export const presetStoryId = 'preset-story';

// A preset the catalogue does not know yet shows its own English words.
function useStory(): (preset: Preset) => { name: string; watch: string } {
  const words = useT().presets;
  return (preset) => words.stories[preset.id] ?? preset;
}

/** Presets: named set-ups that each tell one story, opened like a shared link; what to watch shows beside the chart. */
export function PresetMenu() {
  const chosen = useLesson((state) => state.preset?.presetId ?? '');
  const words = useT().presets;
  const story = useStory();
  const selectId = useId();
  return (
    <div className="preset-menu">
      <label htmlFor={selectId}>{words.label}</label>
      <select
        id={selectId}
        value={chosen}
        aria-describedby={chosen ? presetStoryId : undefined}
        onChange={(event) => {
          const next = presets.find((entry) => entry.id === event.target.value);
          lessonStore.getState().setPreset(next ? { presetId: next.id, choice: undefined } : undefined);
          if (next) openLink(playgroundStore, next.query);
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

/** What to watch in the preset opened last, and that it is a link too. */
export function PresetStory() {
  const chosen = useLesson((state) => state.preset?.presetId);
  const words = useT().presets;
  const story = useStory();
  const preset = presets.find((entry) => entry.id === chosen);
  if (!preset) return null;
  return (
    <p id={presetStoryId} className="preset-story">
      {words.watch(story(preset).watch)} <span className="hint">{words.shareHint}</span>
    </p>
  );
}
