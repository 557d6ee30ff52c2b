import type { SweepAxis } from '../settings/lab-setup';
import type { SettingName } from '../settings/schema';

/** Which way a value moved across a sweep, and from what to what, as the lab's summary says it. */
export interface LabTrend {
  move: string;
  from: string;
  to: string;
}

/** A setting's name on the page (its control's accessible name) and its one-line hint. */
export interface SettingText {
  label: string;
  hint: string;
}

/**
 * The English catalogue: every string the page shows, and the shape every other language must have
 * (`Messages`). Strings with values are functions; numbers arrive already formatted for the language.
 * The English labels are the controls' accessible names, which tests outside the repository use.
 */
export const en = {
  page: {
    title: 'Overfitting Playground',
    intro:
      'An LSTM learns from a few dozen examples: to forecast a noisy sum of sines, add two marked numbers, tell grammatical strings from broken ones, or forecast your own series. Watch the training loss keep falling while the validation loss turns upward: the model has started to memorise noise. Move the knobs and see which ones keep the two curves together.',
    skipLink: 'Skip to the chart',
    skipToSettings: 'Skip to the settings',
    runRegion: 'Run',
    settingsRegion: 'Settings',
    language: 'Language',
    theme: 'Theme',
    themes: { auto: 'As the system', light: 'Light', dark: 'Dark' },
    presentation: 'Presentation mode',
    leavePresentation: 'Leave presentation mode',
    loading: 'Loading…',
    waitingForWorker: 'Waiting for the worker…',
  },
  settingsPanel: {
    liveNote: 'Everything above “Task and data” acts on a running run from its next step.',
    search: 'Find a setting',
    searchHint: 'Type part of a name: only the matching settings stay listed.',
    noMatch: (query: string) => `No setting matches “${query}”.`,
    groups: {
      dropout: 'Dropout',
      penalties: 'Weight penalties',
      clipping: 'Gradient clipping',
      earlyStopping: 'Early stopping',
      optimisation: 'Optimisation',
      augmentation: 'Data augmentation',
      data: 'Task and data',
      model: 'Model',
    },
    rebuildsData: 'These rebuild the data, so the run starts over.',
    rebuildsModel: 'These rebuild the model, so the run starts over.',
    restartNote: ' Changing it restarts the run.',
    newData: 'New data',
    augmentation: 'Augmentation',
    augmentationOn: 'on',
    augmentationNote: 'Training batches only, drawn afresh every epoch; validation data is never augmented.',
    clamped: (label: string, typed: string, min: string, max: string, used: string) =>
      `${label}: ${typed} is outside ${min}–${max}; using ${used}.`,
    rounded: (label: string, typed: string, used: string) => `${label}: ${typed} must be a whole number; using ${used}.`,
    notNumber: (label: string, typed: string, used: string) => `${label}: ${typed} is not a number; keeping ${used}.`,
  },
  settings: {
    task: { label: 'Task', hint: 'What the model learns from its sequences.' },
    seed: { label: 'Seed', hint: 'Same seed, same data, same starting weights, same curves.' },
    seedRepeats: {
      label: 'Repeat over seeds',
      hint: 'Trains this many runs side by side, with seeds seed, seed+1, …: the chart shows their mean and spread (± one standard deviation), so luck can be told from a real effect.',
    },
    windowLength: {
      label: 'Sequence length',
      hint: 'Time steps per sequence, each one more step to back-propagate through. Reber strings need at least 12; a series caps it at what it can hold.',
    },
    trainingSamples: { label: 'Training samples', hint: 'Windows to learn from: fewer make memorising easy and generalising hard.' },
    validationSamples: { label: 'Validation samples', hint: 'Held-out windows that measure generalisation; never trained on.' },
    noise: {
      label: 'Noise',
      hint: 'The part of the error no model can remove: observation noise for sines, label noise for the adding problem, flipped labels (half this share) for tokens. An uploaded series keeps its own.',
    },
    hiddenUnits: { label: 'Hidden units', hint: 'Size of each LSTM state: more units, more capacity to fit, and to memorise noise.' },
    layers: { label: 'Layers', hint: 'Stacked LSTM layers, each reading the whole sequence of the one below.' },
    batchSize: { label: 'Batch size', hint: 'Windows per update: smaller batches give noisier steps (capped by the training set).' },
    optimizer: { label: 'Optimizer', hint: 'Switching mid-run keeps the weights and starts the optimizer’s own state afresh.' },
    learningRate: { label: 'Learning rate', hint: 'The optimizer’s step size: too small crawls, too large overshoots or diverges.' },
    inputDropout: {
      label: 'Input dropout',
      hint: 'Zeroes this share of each LSTM layer’s inputs x_t, one mask per sequence (Keras dropout). With one input feature, a dropped sample loses its whole input sequence.',
    },
    recurrentDropout: {
      label: 'Recurrent dropout',
      hint: 'Zeroes this share of h_{t−1} inside the recurrence, the same units at every time step of a sequence (variational, Keras recurrent_dropout).',
    },
    outputDropout: {
      label: 'Output dropout',
      hint: 'Zeroes this share of the last LSTM output before the dense head (non-recurrent dropout, Zaremba et al. 2014).',
    },
    l1: { label: 'L1', hint: 'Adds l1·Σ|w| to the objective: pushes weights to exactly zero, keeping few.' },
    l2: { label: 'L2', hint: 'Adds l2·Σw² to the objective (weight decay): shrinks every weight, for a smoother function.' },
    weightDecay: {
      label: 'Weight decay',
      hint: 'Shrinks every weight by learning rate × this share at each step, apart from the gradient (Keras weight_decay; with Adam, AdamW). With Adam this is not the same as L2.',
    },
    penaliseRecurrent: { label: 'Penalise recurrent weights', hint: 'Off: only the input kernels are penalised. Biases never are.' },
    clipMode: {
      label: 'Clip mode',
      hint: 'How a large gradient is cut down before the update: as a whole, tensor by tensor, or element by element.',
    },
    clipThreshold: { label: 'Clip threshold', hint: 'The largest gradient norm (or element, in value mode) an update may use.' },
    jitter: { label: 'Jitter', hint: 'Adds Gaussian noise of this size to every value (never to markers or tokens).' },
    insertRate: {
      label: 'Random insert',
      hint: 'Chance per step of inserting a new element: a value between its neighbours, or a random token.',
    },
    deleteRate: { label: 'Random delete', hint: 'Chance per step of deleting it; the sequence is padded back at the front.' },
    replaceRate: {
      label: 'Random replace',
      hint: 'Chance per step of replacing it: with a value between its neighbours, or another token.',
    },
    swapRate: { label: 'Random swap', hint: 'Chance per step of trading places with the next one.' },
    cropRate: { label: 'Truncate / pad', hint: 'Chance per sequence of cutting off up to half of its oldest steps and padding it back.' },
    earlyStopping: { label: 'Early stopping', hint: 'End the run when validation loss stops improving.' },
    patience: { label: 'Patience', hint: 'Epochs without improvement in validation loss before training stops.' },
    minDelta: { label: 'Min delta', hint: 'How much validation loss must drop to count as an improvement.' },
    restoreBestWeights: { label: 'Restore best weights', hint: 'When it stops, go back to the weights of the best epoch.' },
    maxEpochs: { label: 'Stop after', hint: 'Epochs after which the run stops by itself.' },
    backend: { label: 'Run on', hint: 'Which TensorFlow.js backend trains the model.' },
    smoothing: {
      label: 'Smoothing',
      hint: 'Draws an exponential moving average over the curves (as TensorBoard does), the raw ones faint behind.',
    },
    logScale: { label: 'Log scale', hint: 'Losses on a logarithmic axis: small differences near zero become visible.' },
  } satisfies Record<SettingName, SettingText>,
  options: {
    optimizer: { adam: 'Adam', rmsprop: 'RMSProp', sgd: 'SGD with momentum 0.9' },
    clipMode: {
      off: 'Off',
      global: 'Global norm (L2 of all gradients)',
      tensor: 'Per-tensor norm',
      value: 'Value (L∞: each element)',
    },
    task: {
      sines: 'Noisy sines: forecast the next value',
      adding: 'Adding problem: sum the two marked values',
      reber: 'Reber grammar: valid or corrupted string?',
      series: 'Your own series (CSV)',
    },
    backend: {
      auto: 'Automatic (the fastest measured here)',
      webgl: 'WebGL (graphics card)',
      wasm: 'WebAssembly',
      cpu: 'Plain JavaScript (slowest)',
    },
  },
  values: { on: 'on', off: 'off', sameSettings: 'same settings' },
  run: { train: 'Train', pause: 'Pause', step: 'Step', reset: 'Reset' },
  status: {
    starting: 'Preparing the data and the model…',
    needsSeries: 'Choose a CSV file, or load the sample, to train on your own series.',
    ready: 'Ready. Press Train, or Step for one epoch at a time.',
    readyFrom: (epoch: string) => `Ready to go on from epoch ${epoch}. Press Train, or Step for one epoch at a time.`,
    training: 'Training…',
    paused: (epoch: string) => `Paused after epoch ${epoch}.`,
    stepped: (epoch: string) => `Stopped after epoch ${epoch}.`,
    finished: (epoch: string, restored: string) => `Finished: reached ${epoch} epochs.${restored} Raise "Stop after" to go on, or Reset.`,
    restoredAtEnd: (epoch: string) => ` The model is back at the weights of its best epoch, ${epoch}.`,
    earlyStopped: (epoch: string, patience: string) =>
      `Early stopping ended the run after epoch ${epoch}: validation loss stopped improving for ${patience} epochs.`,
    bestEpoch: (epoch: string, valLoss: string) => ` The best epoch was ${epoch} (validation loss ${valLoss})`,
    restored: ', and the model is back at its weights.',
    diverged: (epoch: string, cause: string, kept: string, onward: string) =>
      `Training diverged in epoch ${epoch}: ${cause}. The model is back at ${kept}, the last sound epoch, and the curves so far stay. ${onward}`,
    keptAt: (epoch: string) => `the weights at the end of epoch ${epoch}`,
    keptInitial: 'its initial weights',
    onwardSeeds: 'With several seeds the run cannot go on: Reset.',
    onward: 'Lower the learning rate or turn on gradient clipping, then press Train to go on from there.',
    causes: {
      'loss exploded': 'the training loss exploded',
      'loss not finite': 'the training loss stopped being a finite number',
      'gradient not finite': 'the gradient stopped being a finite number',
      'validation loss not finite': 'the validation loss stopped being a finite number',
      'validation loss exploded': 'the validation loss exploded',
    },
    failed: (message: string) => `Something went wrong: ${message}. Reset to try again.`,
    unknownError: 'unknown error',
    replacing: (reason: string) =>
      `The training worker stopped working (${reason}). Starting a new one and rebuilding the run; its curves are kept.`,
    down: (reason: string) => `The training worker could not be restarted (${reason}). Press Reset to try again, or reload the page.`,
    noReason: 'no reason given',
    measuredFastest: 'Running on the backend measured fastest on this device.',
    whyNotFirst: (note: string) => `Why not the first choice: ${note}.`,
  },
  backends: {
    measuring: 'Timing each backend on this device in the background…',
    measured: (list: string) => `Measured on this device (the default model): ${list}.`,
    speed: (backend: string, stepsPerSecond: string) => `${backend} ${stepsPerSecond} steps/s`,
    failed: (backend: string) => `${backend} did not start`,
    nextReset: (backend: string) => ` Automatic takes ${backend} from the next Reset.`,
    measureAgain: 'Measure backends again',
  },
  readouts: {
    epoch: 'Epoch',
    trainLoss: 'Training loss',
    valLoss: 'Validation loss',
    gap: 'Generalization gap',
    backend: 'Backend',
    stepsPerSecond: (speed: string) => `${speed} steps/s`,
    objective: 'Penalised objective',
    gradientNorm: 'Gradient norm',
    clippedSteps: 'Clipped steps',
    clippedOf: (clipped: string, total: string) => `${clipped} of ${total}`,
    best: 'Best so far',
    bestValue: (valLoss: string, epoch: string) => `${valLoss} (epoch ${epoch})`,
    trainAccuracy: 'Training accuracy',
    valAccuracy: 'Validation accuracy',
    lossKinds: { regression: 'mean squared errors', classification: 'cross-entropies' },
    note: (lossKind: string) =>
      `Losses are ${lossKind}. Training loss is measured on the training batches with dropout active, as Keras reports it, and leaves out the L1/L2 penalty; the penalised objective, which the optimizer minimises, adds it. Gradient norm is the last step’s, before clipping.`,
  },
  pins: {
    pin: 'Pin run',
    full: (most: string) => ` Up to ${most} runs can be pinned: remove one first.`,
    keeps: ' Keeps this run’s curves, faded, to compare with the next.',
    list: 'Pinned runs',
    bestValue: (label: string, valLoss: string, epoch: string) => `${label}: best validation loss ${valLoss} at epoch ${epoch}`,
    noBest: (label: string) => `${label}: best validation loss —`,
    show: (index: string) => `Show pinned run ${index}`,
    hide: (index: string) => `Hide pinned run ${index}`,
    remove: (index: string) => `Remove pinned run ${index}`,
    showWord: 'Show',
    hideWord: 'Hide',
    removeWord: 'Remove',
    compared: 'Pinned runs compared',
    spread: (mean: string, standardDeviation: string, seeds: string) => `${mean} ± ${standardDeviation} (${seeds} seeds)`,
    figures: (t: string, degreesOfFreedom: string | undefined, p: string) =>
      `Welch's t = ${t}${degreesOfFreedom === undefined ? '' : `, ${degreesOfFreedom} degrees of freedom`}, p = ${p}`,
    real: 'they differ by more than their seeds’ spread: a real difference at the 5 % level.',
    notReal: 'the difference is within what the seeds alone make: not a real difference at the 5 % level.',
    comparison: (first: string, second: string, firstLoss: string, secondLoss: string, figures: string, verdict: string) =>
      `Pinned runs ${first} and ${second}: final validation loss ${firstLoss} against ${secondLoss}; ${figures}: ${verdict}`,
    compareHint: (seeds: string) =>
      `Pin runs trained with Repeat over seeds ${seeds} or more to learn whether their difference is larger than the seeds’ spread (Welch’s t-test on the final validation losses, two-sided, at the 5 % level).`,
  },
  update: {
    ready: 'A new version of the playground is ready.',
    reload: 'Reload',
  },
  notices: {
    heading: 'Some values in the link could not be used as they were:',
    dismiss: (index: string) => `Dismiss notice ${index}`,
    fieldHeading: 'A value you typed was corrected:',
  },
  presets: {
    label: 'Presets',
    choose: 'Choose a story…',
    shareHint: 'Each preset is a link too: share the address bar after choosing one.',
    watch: (story: string) => `What to watch: ${story}`,
    /** Translations of the presets' names and stories by id; English has none, as the presets are written in it. */
    stories: {} as Record<string, { name: string; watch: string }>,
  },
  series: {
    file: 'Your own series (CSV)',
    loadSample: 'Load sample CSV',
    column: 'Column',
    note: 'One value per row; the first 80% of the series trains, the rest validates. Nothing is uploaded anywhere.',
    read: (fileName: string, count: string) => `${fileName}: ${count} values read. They stay in this browser.`,
    tooLarge: (fileName: string, megabytes: string) => `${fileName}: The file is larger than ${megabytes} MB.`,
    sampleFailed: (status: string) => `The sample series could not be loaded (HTTP ${status}).`,
  },
  augmentationPreview: {
    caption: (before: string, after: string) =>
      `Preview: three samples as they are (${before}) and as the next pass will see them (${after})`,
    left: 'left',
    right: 'right',
    above: 'above',
    below: 'below',
  },
  lesson: {
    share: 'Share',
    shareTitle: 'Share a lesson link',
    shareIntro: 'A link to this set-up for a class: choose what the students see, then copy the link.',
    hideControls: 'Controls to hide',
    hideNote: 'A hidden control keeps the value the link gives it.',
    groups: {
      dropout: 'Dropout',
      penalties: 'Weight penalties',
      clipping: 'Gradient clipping',
      earlystop: 'Early stopping',
      optimisation: 'Optimisation',
      augmentation: 'Data augmentation',
      data: 'Task and data',
      model: 'Model',
      chart: 'Chart',
    },
    hideText: 'Hide the explanatory text',
    pageLanguage: 'Language of the page',
    visitorsLanguage: 'The student’s own',
    brief: 'Task for the students (optional)',
    briefHint: (most: string) => `Shown as a banner above the chart; at most ${most} characters.`,
    challenge: 'Challenge',
    noChallenge: 'None',
    link: 'Lesson link',
    copy: 'Copy link',
    copied: 'Copied to the clipboard.',
    copyFailed: 'The browser refused the clipboard: select the link and copy it.',
    close: 'Close',
    banner: 'Your task',
    problemsHeading: 'Some lesson settings in the link could not be used:',
    problems: {
      lang: (value: string) => `lang=${value} is not a language of this page (en, zh-CN); using the browser’s.`,
      hide: (value: string) => `hide: “${value}” names no setting or group; nothing is hidden for it.`,
      challenge: (value: string) => `challenge=${value} is no challenge of this page.`,
    },
  },
  challenges: {
    heading: (title: string) => `Challenge: ${title}`,
    start: 'Start a challenge',
    rules: 'The task and its rules',
    atMost: (label: string, value: string) => `${label} at most ${value}`,
    equals: (label: string, value: string) => `${label}: ${value}`,
    kept: 'kept',
    broken: 'broken',
    goal: {
      valLoss: (below: string, epoch: string) => `Validation loss under ${below} at epoch ${epoch}.`,
      gap: (below: string, epoch: string) => `Generalization gap under ${below} at epoch ${epoch}.`,
    },
    running: (epoch: string, atEpoch: string, value: string) => `Epoch ${epoch} of ${atEpoch}: now ${value}.`,
    notStarted: 'Press Train: the page checks the goal as the run goes.',
    met: (value: string, epoch: string) => `Goal met: ${value} at epoch ${epoch}. Well done!`,
    missed: (value: string, epoch: string) => `Not this time: ${value} at epoch ${epoch}. Change the knobs, Reset and try again.`,
    ruleBroken: (rule: string) => `A rule is broken (${rule}): put it back and Reset for a fair run.`,
    stories: {
      tame: {
        title: 'Tame the overfitting',
        task: 'The default model memorises its 48 training windows: its validation loss ends near 0.22. Get it under 0.16 at epoch 150 with at most 32 hidden units, without early stopping and without more data.',
      },
      'small-data': {
        title: 'Only sixteen samples',
        task: 'A model of 64 units learns from 16 training windows: by epoch 100 its validation loss is above 0.35. Get it under 0.25 at epoch 100 without more samples and without early stopping.',
      },
    } as Record<string, { title: string; task: string }>,
  },
  predict: {
    heading: 'Predict first',
    yourGuess: 'What will happen?',
    waiting: (epoch: string) => `Now train, and watch the chart: the answer shows by epoch ${epoch}.`,
    right: 'You were right.',
    wrong: (answer: string) => `Not quite: ${answer}`,
    questions: {
      overfit: {
        question: 'A big model, 32 training samples: what will the validation loss do?',
        choices: [
          'Fall with the training loss all the way down.',
          'Turn upward while the training loss keeps falling.',
          'Stay flat from the first epoch on.',
        ],
      },
      dropout: {
        question: 'The same set-up with dropout: how will the gap between the curves compare with overfitting on purpose?',
        choices: ['About the same.', 'Far smaller.', 'Larger: dropout adds noise.'],
      },
      'early-stopping': {
        question: 'With early stopping (patience 15), when will training end?',
        choices: [
          'After all 1000 epochs.',
          'At the first epoch whose validation loss rises.',
          '15 epochs after the best validation loss, back at its weights.',
        ],
      },
      clipping: {
        question: 'Plain SGD with a learning rate of 1, gradients clipped to norm 1: what happens?',
        choices: ['It diverges within a few epochs.', 'It trains: every large update is cut down.', 'Nothing: clipped steps do not move.'],
      },
      underfit: {
        question: 'Four hidden units and 400 training samples: what will the curves do?',
        choices: ['Level off together, above the noise floor.', 'Pull apart: the model overfits.', 'The training loss reaches zero.'],
      },
    } as Record<string, { question: string; choices: [string, string, string] }>,
  },
  explanation: {
    title: 'What am I looking at?',
    close: 'Close the explanation',
  },
  underTheHood: {
    title: 'Under the hood',
    bptt: 'An LSTM learns by **back-propagation through time**: the network is unrolled over the time steps of a sequence, the loss is computed at the end, and the chain rule carries its gradient backwards step by step, from h_T to h_1, through every gate and the cell state, adding up each weight’s share from every step. The playground writes this backward pass out by hand (the derivation of the LSTM’s gate equations), because computing all time steps’ weight gradients with one matrix product is several times faster than TensorFlow.js’s automatic differentiation, which goes step by step.',
    checkIntro:
      'The check below computes the gradient of the loss on the first training batch both ways, with the model as it is now (dropout off and the L1/L2 penalty left out, so that both sides see the same function), and shows how far apart they are (the largest difference in each weight tensor, relative to its largest gradient).',
    check: 'Check the gradients',
    checking: 'Computing both gradients…',
    largest: 'Largest relative difference',
    afterEpoch: (epoch: string) => ` after epoch ${epoch}: `,
    agree: 'the hand-derived gradients match automatic differentiation up to float32 rounding.',
    disagree: 'the two gradients disagree, which would mean a bug in the hand-derived pass.',
    weights: 'Weights',
    relative: 'Relative difference',
  },
  modelViews: {
    title: 'Inside the model',
    gradients: 'Gradients',
    stepNorms: 'Global size of each step’s gradient, before clipping',
    noSteps: 'No steps yet.',
    clippedShare: (clipped: string, total: string, percent: string) => `${clipped} of ${total} steps clipped (${percent}).`,
    clippingOff: 'Clipping is off.',
    tensorLine: 'The dashed line is the per-tensor threshold; each tensor’s own norm is compared with it.',
    valueNoLine: 'Value clipping caps each element at the threshold, so no line is drawn on this norm.',
    clipThreshold: 'clip threshold',
    throughTime: 'Gradient reaching each time step, ‖∂L/∂hₜ‖',
    layer: (index: string) => `layer ${index}`,
    reachShare: (percent: string, layer: string) => `${percent} (${layer})`,
    reach: (shares: string) =>
      `Back-propagation through time carries the loss's gradient from the last step (right) to the first (left). The first step gets ${shares} of what the last gets: far below 1% means the gradient vanishes, far above 100% that it explodes.`,
    weightsTitle: 'Weights',
    weightsCaption: 'Kernel sizes during training: ‖Wₓ‖, ‖Wₕ‖ and the share of weights near zero',
    weightsNow: (input: string, recurrent: string, percent: string) =>
      `Now ‖Wₓ‖ = ${input}, ‖Wₕ‖ = ${recurrent}, ${percent} of kernel weights within 0.01 of zero. L2 shrinks every weight a little; L1 pushes many all the way to zero.`,
    noModel: 'No trained model yet.',
    inputKernels: '‖Wₓ‖ input kernels',
    recurrentKernels: '‖Wₕ‖ recurrent kernels',
    nearZero: 'near zero (right axis)',
    predictions: 'Predictions',
    trainingExample: 'Training example (seen in training)',
    validationExample: 'Validation example (never trained on)',
    target: (value: string) => `target ${value}`,
    cleanTarget: (value: string) => `noise-free target ${value}`,
    forecast: (value: string, off: string) => `forecast ${value} (off by ${off}`,
    offClean: (off: string) => `; by ${off} from the noise-free target`,
    className: (index: string) => `class ${index}`,
    classNames: { 'not grammatical': 'not grammatical', grammatical: 'grammatical' } as Record<string, string>,
    label: (name: string) => `Label: ${name}`,
    flipped: (name: string) => ` (flipped by label noise: really ${name})`,
    verdict: (name: string, percent: string, right: boolean) =>
      `. The model says ${name}, ${percent} sure${right ? ', right.' : ', wrong.'}`,
    predictionsNote:
      'An overfitting model learns the noise of the examples it trains on: its forecast for the training example moves to the noisy target, while on the validation example it misses even the noise-free one.',
    gatesTitle: 'Gates',
    example: 'Example',
    trainingChoice: 'Training example',
    validationChoice: 'Validation example',
    gates: { forget: 'Forget gate', input: 'Input gate', output: 'Output gate', cell: 'Cell state' },
    gateSummary: (mean: string, low: string, high: string) => `mean ${mean}, from ${low} to ${high}`,
    gateShape: (name: string, units: string, timeSteps: string, summary: string) =>
      `${name}: ${units} units × ${timeSteps} time steps, ${summary}`,
    gatesNote:
      'Rows are the last layer’s units, columns its time steps, left to right. Gates run from 0 (white: shut) to 1 (blue: open); the cell state is red below zero and blue above, scaled by its largest magnitude. A forget gate near 1 keeps the cell’s memory; an input gate near 1 writes the new candidate C̃ₜ into it.',
  },
  chart: {
    lossNames: { regression: 'mean squared error', classification: 'cross-entropy' },
    /** The metric's word inside a sentence, and as a chart's name. */
    curve: { loss: 'loss', accuracy: 'accuracy' },
    training: (curve: string) => `Training ${curve}`,
    validation: (curve: string) => `Validation ${curve}`,
    raw: (name: string) => `${name} (raw)`,
    smoothedLine: (name: string) => `${name} (smoothed)`,
    pinnedLine: (run: string, training: boolean) => `Pinned run ${run} ${training ? 'training' : 'validation'}`,
    generalizationGap: 'Generalization gap',
    baseline: 'Know-nothing baseline',
    best: 'best',
    earlyStop: 'early stop',
    sameSettings: 'same settings',
    exportMenu: 'Export',
    exportCurvesCsv: 'Curves (CSV)',
    exportCurvesJson: 'Curves (JSON)',
    exportChartPng: 'Chart (PNG)',
    exportChartSvg: 'Chart (SVG)',
    exportKeras: 'Keras script (Python)',
    exportTfjs: 'TensorFlow.js code',
    exportLabCsv: 'Lab results (CSV)',
    epochAxis: 'epoch',
    logScale: (curve: string) => `${curve} (log scale)`,
    svgTitle: (lossName: string) => `Training vs validation loss (${lossName})`,
    forgetSavedRuns: 'Forget saved runs',
    savedRunsHint: 'This run’s curves and the pinned runs are kept in this browser until you forget them.',
    forgotten: 'Saved runs deleted; nothing more is saved until the page is reloaded.',
    restored: 'The curves of your last visit are back. The model was not kept: training starts a fresh run and pins these curves.',
  },
  lab: {
    open: 'Bias–variance lab',
    region: 'Bias–variance lab',
    loadingChart: 'Loading the chart…',
    intro:
      'Train the same set-up many times, each model on a fresh training set drawn from the same process, and split its test error into bias² (how far the models’ average forecast is from the truth), variance (how much the models disagree) and noise (what no model can forecast).',
    sweep: 'Sweep',
    axes: {
      hidden: 'Hidden units',
      samples: 'Training samples',
      epochs: 'Epochs',
      l2: 'L2',
      odrop: 'Output dropout',
    } satisfies Record<SweepAxis, string>,
    sweepValues: 'Sweep values',
    sweepValuesHint: 'Comma-separated, 2 to 8 values.',
    modelsPerPoint: 'Models per point',
    epochsPerModel: 'Epochs per model',
    epochsAxisNote: 'The epochs sweep trains each model to its largest value and reads it out at every value on the way.',
    runSweep: 'Run sweep',
    cancelSweep: 'Cancel sweep',
    progress: 'Sweep progress',
    workers: (count: number) =>
      `${count} ${count === 1 ? 'model trains' : 'models train'} at once (one worker per core, leaving one for the page).`,
    secondsLeft: (seconds: number) =>
      seconds >= 90 ? `about ${Math.round(seconds / 60)} min left` : `about ${Math.max(1, Math.round(seconds))} s left`,
    status: {
      running: 'Training…',
      finished: 'Finished.',
      cancelled: 'Cancelled; the rows finished before stay.',
      failed: 'The sweep failed:',
    },
    backend: (backend: string) => `Trained on ${backend}.`,
    table: 'Bias–variance decomposition',
    columns: ['Value', 'Bias²', 'Variance', 'Noise', 'Expected test error', 'Measured test error', 'Training error'],
    tableCaption: (axis: string, models: number) =>
      `Value: ${axis}. Averages over ${models} models; ± is the spread (standard deviation) across them.`,
    copyCsv: 'Copy as CSV',
    copied: 'Copied.',
    copyFailed: 'The browser refused the clipboard; select the table instead.',
    chart: 'Bias–variance curves',
    learningChart: 'Learning curve',
    series: {
      biasSquared: 'Bias²',
      variance: 'Variance',
      noise: 'Noise',
      measuredTestError: 'Measured test error',
      trainingError: 'Training error',
    },
    notes: {
      sines:
        'The sines inputs are noisy too, so even a perfect model cannot recover the clean next value from them: part of what is measured as bias² against the clean value is irreducible.',
      adding: 'Noise is the label noise σ², known exactly; the inputs are clean.',
      series:
        'An uploaded series has no known noise-free values: each model trains on a bootstrap resample of the training windows, bias² is measured against the observed later values and so contains their noise, and the noise term cannot be known (shown as —).',
      reber:
        'The lab is not offered for the Reber task: it is a classification, where squared error does not apply and the 0–1-loss decomposition (Domingos 2000) does not add up (variance lowers the error where a model is biased); and at these sizes the model does not learn the grammar (its validation loss is best at chance), so every value would show the same bias.',
    },
    invalidSetup: 'Fix the sweep values first.',
    /** The sentence on a finished sweep (src/ui/lab/lab-summary.ts); each trend is which way a value moved, from, to. */
    summary: {
      moves: { rises: 'rises', falls: 'falls', stays: 'stays' },
      lowest: (value: string, error: string) => `measured test error is lowest at ${value} (${error})`,
      samples: (first: string, last: string, test: LabTrend, training: LabTrend, variance: LabTrend) =>
        `As the training set grows from ${first} to ${last} windows, test error ${test.move} from ${test.from} to ${test.to} and training error ${training.move} from ${training.from} to ${training.to}; variance ${variance.move} from ${variance.from} to ${variance.to}.`,
      trends: (name: string, first: string, last: string, bias: LabTrend, variance: LabTrend) =>
        `From ${name} ${first} to ${last}, bias² ${bias.move} from ${bias.from} to ${bias.to} and variance ${variance.move} from ${variance.from} to ${variance.to}`,
      tradeOff: (trends: string, lowest: string) => `${trends}: a trade-off, and ${lowest}, where the two balance.`,
      noTradeOff: (trends: string, lowest: string, why: string) =>
        `${trends}; ${lowest}. No trade-off shows within these values, because ${why}.`,
      why: {
        same: 'bias² and variance move the same way here',
        bias: 'the change in bias² outweighs the change in variance across these values',
        variance: 'the change in variance outweighs the change in bias² across these values',
      },
    },
  },
};

/** The shape of a catalogue: every language has exactly the English catalogue's keys and message signatures. */
export type Messages = typeof en;
