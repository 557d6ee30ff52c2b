import { schema, type Settings } from './schema';
import { decodeSettings } from './url-codec';

/** A named set-up that tells one story, loaded like a shared link. */
export interface Preset {
  id: string;
  name: string;
  /** The query string it loads (settings not named keep their defaults); each sets its own epoch budget. */
  query: string;
  /** One sentence on what to watch: true at the end of the budget and at its midpoint for seeds 1–5 (src/model/presets.test.ts). */
  watch: string;
}

/** The presets menu, in teaching order. Each story is checked over seeds 1–5 on wasm by src/model/presets.test.ts. */
export const presets: readonly Preset[] = [
  {
    id: 'overfit',
    name: 'Overfit on purpose',
    query: 'train=32&valid=128&epochs=160',
    watch:
      '32 samples: the training loss heads for zero while the validation loss turns upward within 30 epochs; by epoch 80 it is a quarter above its best, and still climbing at 160.',
  },
  {
    id: 'dropout',
    name: 'Dropout to the rescue',
    query: 'train=32&valid=128&odrop=0.5&rdrop=0.3&epochs=160',
    watch:
      'The same set-up with output and recurrent dropout: at epoch 80 and at 160 the gap is under half of what it is without. Pin “Overfit on purpose” first to compare.',
  },
  {
    id: 'l2-adam',
    name: 'L2 penalty with Adam',
    query: 'train=32&valid=128&l2=0.003&epochs=160',
    watch:
      'With Adam an L2 penalty is not weight decay: Adam divides each gradient by its own size, penalty included. By epoch 80 the validation loss has turned up; by 160 it is a quarter above its best, with a gap at least 60 % of what it is with no penalty.',
  },
  {
    id: 'weight-decay',
    name: 'Weight decay',
    query: 'train=32&valid=128&wdecay=10&epochs=160',
    watch:
      'Decoupled weight decay (AdamW) shrinks every weight at every step, apart from the gradient: at epoch 80 the gap is under two thirds of what it is with no regularisation, by 160 under 55 %. Compare “L2 penalty with Adam”.',
  },
  {
    id: 'early-stopping',
    name: 'Early stopping',
    query: 'train=32&valid=128&es=1&patience=15&restore=1&epochs=160',
    watch:
      'Training stops 15 epochs after the best validation loss, before epoch 80 of its 160, and goes back to that epoch’s weights: the model keeps its best validation loss.',
  },
  {
    id: 'clipping',
    name: 'Exploding gradients and clipping',
    query: 'opt=sgd&lr=1&clip=global&clipat=1&valid=128&epochs=30',
    watch:
      'Plain SGD with a large step: clipping cuts the largest updates (watch Clipped steps) and the run lasts its 30 epochs. Set Clip mode to Off and it diverges within 5 epochs.',
  },
  {
    id: 'augmentation',
    name: 'Augmentation vs small data',
    query: 'train=16&valid=128&jitter=0.2&crop=0.5&epochs=160',
    watch:
      'Only 16 samples: jitter and truncation show the model a new version of each every epoch, so at epoch 80 and at 160 the gap is under three quarters, and the validation loss lower, than with both set to 0.',
  },
  {
    id: 'adding',
    name: 'Long memory: the adding problem',
    query: 'task=adding&train=512&noise=0&valid=128&epochs=30',
    watch:
      'Two marked numbers up to 20 steps apart: for a while the validation loss sits near 0.17, what ignoring the sequence costs (at epoch 15 it is at most that, for some seeds already near 0.01); once the LSTM carries the marked values across time it falls far below: under 0.01 by epoch 30.',
  },
  {
    id: 'underfit',
    name: 'Underfitting (too small a model)',
    query: 'hidden=4&train=400&lr=0.003&valid=128&epochs=40',
    watch:
      'Four hidden units and plenty of data: both curves level off together above the noise floor (0.09). Too simple a model is bias, not overfitting.',
  },
];

/** A preset's settings, as opening its link gives them. */
export function presetSettings(preset: Preset): Settings {
  return decodeSettings(preset.query).settings;
}

// The backend belongs to the device, and the chart's view to the viewer: neither is part of a story.
const storyFields = schema.filter((field) => !field.viewOnly && field.name !== 'backend');

// Decoded once: the menu asks at every change of the store.
const presetStories = presets.map((preset) => ({ preset, story: presetSettings(preset) }));

/** The preset whose set-up these settings are, if any (so the menu follows Back and Forward). */
export function presetOf(settings: Settings): Preset | undefined {
  return presetStories.find(({ story }) => storyFields.every((field) => story[field.name] === settings[field.name]))?.preset;
}
