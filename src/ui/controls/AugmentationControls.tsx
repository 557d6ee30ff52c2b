import { useId, useState } from 'react';
import { selectAugmenting, usePlayground } from '../../state/store';
import { AugmentationPreview } from '../panels/AugmentationPreview';
import { KnobSlider } from './KnobSlider';
import { knobs } from './knobs';

const augmentationKnobs = [knobs.jitter, knobs.insertRate, knobs.deleteRate, knobs.replaceRate, knobs.swapRate, knobs.cropRate];

/** The Augmentation button and the controls it opens: one slider per operation, and the preview. */
export function AugmentationControls() {
  // Open whenever augmentation turns on from outside (a link, a preset), so nothing active is hidden.
  const active = usePlayground(selectAugmenting);
  const [open, setOpen] = useState(active);
  const [wasActive, setWasActive] = useState(active);
  if (active !== wasActive) {
    setWasActive(active);
    if (active) setOpen(true);
  }
  const panelId = useId();
  return (
    <div className="augmentation">
      <button type="button" className="disclosure" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
        Augmentation
        {/* The arrow and the badge are hidden from the accessible name, which stays exactly "Augmentation". */}
        {active && (
          <span aria-hidden="true" className="badge">
            on
          </span>
        )}
      </button>
      <div id={panelId} hidden={!open}>
        <p className="section-note">Training batches only, drawn afresh every epoch; validation data is never augmented.</p>
        {augmentationKnobs.map((knob) => (
          <KnobSlider key={knob.name} knob={knob} />
        ))}
        <AugmentationPreview />
      </div>
    </div>
  );
}
