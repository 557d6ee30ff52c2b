import { useId, useState } from 'react';
import { useT } from '../../i18n/react';
import { settingGroups } from '../../state/lesson-params';
import { usePlayground } from '../../state/store';
import { AugmentationControls } from './AugmentationControls';
import { BackendSpeeds } from './BackendSpeeds';
import { ChoiceSetting } from './ChoiceSetting';
import { KnobSlider } from './KnobSlider';
import { knobs } from './knobs';
import { NumberSetting } from './NumberSetting';
import { SeriesLoader } from './SeriesLoader';
import { SettingsGroup } from './SettingsGroup';
import { SettingsSearch, useSettingShown, useShownCount } from './setting-visibility';
import { ToggleSetting } from './ToggleSetting';

/** Every setting, grouped by technique, with a search; its own scrolling column beside the chart. */
export function ControlPanel({ measureBackends }: { measureBackends: () => void }) {
  const task = usePlayground((state) => state.settings.task);
  const changeSetting = usePlayground((state) => state.changeSetting);
  const messages = useT();
  const panel = messages.settingsPanel;
  const [search, setSearch] = useState('');
  const searchId = useId();
  const searchHintId = useId();
  const seedShown = useSettingShown('seed');
  const backendShown = useSettingShown('backend');
  const taskShown = useSettingShown('task');
  return (
    <aside className="control-panel" id="settings" aria-label={messages.page.settingsRegion} tabIndex={-1}>
      <div className="settings-search">
        <label htmlFor={searchId}>{panel.search}</label>
        <input
          id={searchId}
          type="search"
          value={search}
          aria-describedby={searchHintId}
          autoComplete="off"
          onChange={(event) => setSearch(event.target.value)}
        />
        <p id={searchHintId} className="hint explanatory">
          {panel.searchHint}
        </p>
      </div>
      <p className="section-note explanatory">{panel.liveNote}</p>
      <SettingsSearch.Provider value={search}>
        <SettingsGroup title={panel.groups.dropout} names={settingGroups.dropout}>
          <KnobSlider knob={knobs.inputDropout} />
          <KnobSlider knob={knobs.recurrentDropout} />
          <KnobSlider knob={knobs.outputDropout} />
        </SettingsGroup>
        <SettingsGroup title={panel.groups.penalties} names={settingGroups.penalties}>
          <KnobSlider knob={knobs.l1} />
          <KnobSlider knob={knobs.l2} />
          <KnobSlider knob={knobs.weightDecay} />
          <ToggleSetting name="penaliseRecurrent" />
        </SettingsGroup>
        <SettingsGroup title={panel.groups.clipping} names={settingGroups.clipping}>
          <ChoiceSetting name="clipMode" />
          <KnobSlider knob={knobs.clipThreshold} />
        </SettingsGroup>
        <SettingsGroup title={panel.groups.earlyStopping} names={settingGroups.earlystop}>
          <ToggleSetting name="earlyStopping" />
          <KnobSlider knob={knobs.patience} />
          <KnobSlider knob={knobs.minDelta} />
          <ToggleSetting name="restoreBestWeights" />
        </SettingsGroup>
        <SettingsGroup title={panel.groups.optimisation} names={settingGroups.optimisation}>
          <ChoiceSetting name="optimizer" />
          <KnobSlider knob={knobs.learningRate} />
          {/* Not labelled "… epochs": the Epoch readout's accessible name must stay unique. */}
          <NumberSetting name="maxEpochs" />
        </SettingsGroup>
        <SettingsGroup title={panel.groups.augmentation} names={settingGroups.augmentation}>
          <AugmentationControls />
        </SettingsGroup>
        <SettingsGroup title={panel.groups.data} names={settingGroups.data} note={panel.rebuildsData}>
          <ChoiceSetting name="task" />
          {task === 'series' && taskShown && <SeriesLoader />}
          <KnobSlider knob={knobs.windowLength} />
          <KnobSlider knob={knobs.trainingSamples} />
          <KnobSlider knob={knobs.validationSamples} />
          <KnobSlider knob={knobs.noise} />
          <NumberSetting name="seed" />
          <NumberSetting name="seedRepeats" />
          {seedShown && (
            <button type="button" onClick={() => changeSetting('seed', Math.floor(Math.random() * 1_000_000))}>
              {panel.newData}
            </button>
          )}
        </SettingsGroup>
        <SettingsGroup title={panel.groups.model} names={settingGroups.model} note={panel.rebuildsModel}>
          <KnobSlider knob={knobs.hiddenUnits} />
          <KnobSlider knob={knobs.layers} />
          <KnobSlider knob={knobs.batchSize} />
          <ChoiceSetting name="backend" />
          {backendShown && <BackendSpeeds measureAgain={measureBackends} />}
        </SettingsGroup>
        {search.trim() !== '' && <NoMatch search={search} />}
      </SettingsSearch.Provider>
    </aside>
  );
}

// The panel's settings (the chart's own two sit under the chart).
const panelSettings = Object.entries(settingGroups).flatMap(([group, names]) => (group === 'chart' ? [] : names));

// Says so when the search leaves no setting listed.
function NoMatch({ search }: { search: string }) {
  const messages = useT();
  const shown = useShownCount(panelSettings);
  return shown === 0 ? (
    <p className="hint" role="status">
      {messages.settingsPanel.noMatch(search.trim())}
    </p>
  ) : null;
}
