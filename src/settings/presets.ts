/** A named set-up that tells one story, loaded like a shared link. */
export interface Preset {
  id: string;
  name: string;
  /** The query string it loads (settings not named keep their defaults). */
  query: string;
  /** One sentence on what to watch. */
  watch: string;
}

/** The presets menu, in teaching order. Each story is checked by an end-to-end test. */
export const presets: readonly Preset[] = [
  {
    id: 'overfit',
    name: 'Overfit on purpose',
    query: 'hidden=64&train=32',
    watch: 'A big model and 32 samples: the training loss heads for zero while the validation loss turns upward after about 20 epochs.',
  },
  {
    id: 'dropout',
    name: 'Dropout to the rescue',
    query: 'hidden=64&train=32&odrop=0.5&rdrop=0.3',
    watch: 'The same set-up with output and recurrent dropout: the gap stays far smaller. Pin “Overfit on purpose” first to compare.',
  },
  {
    id: 'weight-decay',
    name: 'Weight decay',
    query: 'hidden=64&train=32&l2=0.003',
    watch: 'An L2 penalty keeps the weights small: the validation loss stays near its best instead of climbing.',
  },
  {
    id: 'early-stopping',
    name: 'Early stopping',
    query: 'hidden=64&train=32&es=1&patience=15&restore=1',
    watch: 'Training stops 15 epochs after the best validation loss and goes back to that epoch’s weights.',
  },
  {
    id: 'clipping',
    name: 'Exploding gradients and clipping',
    query: 'opt=sgd&lr=1&clip=global&clipat=1',
    watch:
      'Plain SGD with a large step: clipping bounds every update (watch Clipped steps). Set Clip mode to Off and it diverges within a few epochs.',
  },
  {
    id: 'augmentation',
    name: 'Augmentation vs small data',
    query: 'hidden=64&train=16&jitter=0.2&crop=0.5',
    watch:
      'Only 16 samples: jitter and truncation show the model a new version of each every epoch, and the gap shrinks to about a third. Set both to 0 to compare.',
  },
  {
    id: 'adding',
    name: 'Long memory: the adding problem',
    query: 'task=adding&train=512&noise=0',
    watch:
      'Two marked numbers up to 20 steps apart: the validation loss falls far below 0.17, what ignoring the sequence costs, so the LSTM carries them across time.',
  },
  {
    id: 'underfit',
    name: 'Underfitting (too small a model)',
    query: 'hidden=4&train=400&lr=0.003',
    watch:
      'Four hidden units and plenty of data: both curves level off together above the noise floor (0.09). Too simple a model is bias, not overfitting.',
  },
];
