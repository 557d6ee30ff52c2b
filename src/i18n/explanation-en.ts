/**
 * The explanation's prose in English, the shape of every language's (`ExplanationText`). Loaded only
 * with the explanation. `**words**` marks bold; TeX labels sit inside the formulas as \text{…}.
 */
export const explanationEn = {
  twoCurves: 'Two curves',
  twoCurvesText:
    'The training loss measures how well the model fits the windows it learns from; the validation loss measures the same on windows it never sees. While both fall, the model is learning the signal. When the training loss keeps falling but the validation loss turns upward, the model has started to fit the noise of its particular training set: it is overfitting. The shaded band between the curves is the generalization gap.',
  biasVariance: 'Bias, variance and irreducible error',
  splitsInto: 'For a new input, the expected squared error of a trained model splits into three parts:',
  terms: { bias: 'bias', variance: 'variance', irreducible: 'irreducible' },
  biasVarianceText:
    '**Bias** is error from a model too simple to follow the signal (few hidden units: both curves stay high, together). **Variance** is error from a model that follows its own training set too closely (many units, few samples: the gap opens). The **irreducible error** σ² is the noise in the data itself, set here by the Noise knob: no model gets below it. Every technique on the panel trades a little bias for less variance.',
  techniques: 'What each technique changes',
  dropout:
    '**Dropout** zeroes random units at each step, so no unit can rely on another being there: input dropout on x_t, recurrent dropout on h_(t−1) with one mask per sequence, output dropout before the head.',
  penalties:
    '**L1 and L2** add a price for large weights to what the optimizer minimises; L1 drives many weights to exactly zero, L2 shrinks all of them:',
  weightDecay:
    '**Weight decay** shrinks every weight by a share of itself at each step, apart from the gradient (Keras weight_decay; with Adam, AdamW):',
  weightDecayAdam:
    'With plain SGD an L2 penalty is the same thing. With Adam it is not (Loshchilov & Hutter 2019): Adam divides each gradient, the penalty’s part included, by its own running size, so large weights are pulled back no harder than small ones. Measured here (sines, 32 samples, 160 epochs, seeds 1–5): with L2 0.003 and Adam the gap at the end is 0.17–0.27, about as wide as with no penalty (0.18–0.29); with weight decay 10 it is 0.00–0.14.',
  clipping: '**Gradient clipping** bounds each update, by the global L2 norm or by each element (the L∞ view):',
  or: 'or',
  earlyStopping:
    '**Early stopping** ends training when the validation loss has not improved for a number of epochs, and can go back to the best weights.',
  augmentation:
    '**Augmentation** shows the model a slightly different version of each training sample every epoch, so there is less to memorise; **more data** does the same for real.',
  cell: 'The LSTM cell',
  cellIntro:
    'At every time step t the cell reads the input x_t and its previous output h_(t−1), and updates its memory C_t through three gates:',
  gates: {
    forget: 'forget gate',
    input: 'input gate',
    candidate: 'candidate memory',
    memory: 'new memory',
    output: 'output gate',
    result: 'output',
  },
  training:
    'Training unrolls these steps over the window and sends the error back through every one of them (back-propagation through time); the optimizer (Adam, RMSProp or SGD) then moves the weights a step against the gradient.',
};

/** The shape of the explanation's prose in every language. */
export type ExplanationText = typeof explanationEn;
