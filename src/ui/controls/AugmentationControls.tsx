import { useContext, useId, useState } from 'react';
import { useT } from '../../i18n/react';
import { selectAugmenting, usePlayground } from '../../state/store';
import { AugmentationPreview } from '../panels/AugmentationPreview';
import { KnobSlider } from './KnobSlider';
import { knobs } from './knobs';
import { SettingsSearch } from './setting-visibility';

const augmentationKnobs = [knobs.jitter, knobs.insertRate, knobs.deleteRate, knobs.replaceRate, knobs.swapRate, knobs.cropRate];

/** The Augmentation button and the controls it opens: one slider per operation, and the preview. */
export function AugmentationControls() {
  // Open whenever augmentation turns on from outside (a link, a preset), so nothing active is hidden.
  const active = usePlayground(selectAugmenting);
  const [open, setOpen] = useState(active);
  const [wasActive, setWasActive] = useState(active);
  const searching = useContext(SettingsSearch).trim() !== '';
  const panel = useT().settingsPanel;
  if (active !== wasActive) {
    setWasActive(active);
    if (active) setOpen(true);
  }
  const panelId = useId();
  const shown = open || searching;
  return (
    <div className="augmentation">
      <button type="button" className="disclosure" aria-expanded={shown} aria-controls={panelId} onClick={() => setOpen(!open)}>
        <span aria-hidden="true">{shown ? '▾ ' : '▸ '}</span>
        {panel.augmentation}
        {/* The arrow and the badge are hidden from the accessible name, which stays exactly "Augmentation". */}
        {active && (
          <span aria-hidden="true" className="badge">
            {panel.augmentationOn}
          </span>
        )}
      </button>
      <div id={panelId} hidden={!shown}>
        <p className="section-note explanatory">{panel.augmentationNote}</p>
        {augmentationKnobs.map((knob) => (
          <KnobSlider key={knob.name} knob={knob} />
        ))}
        <AugmentationPreview />
      </div>
    </div>
  );
}
