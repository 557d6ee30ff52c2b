import { Equation } from './Equation';

/** The explanation itself, loaded only when opened (it brings KaTeX and its fonts). */
export default function ExplanationContent() {
  return (
    <div className="explanation-content">
      <h3>Two curves</h3>
      <p>
        The training loss measures how well the model fits the windows it learns from; the validation loss measures the same on windows it
        never sees. While both fall, the model is learning the signal. When the training loss keeps falling but the validation loss turns
        upward, the model has started to fit the noise of its particular training set: it is overfitting. The shaded band between the curves
        is the generalization gap.
      </p>
      <h3>Bias, variance and irreducible error</h3>
      <p>For a new input, the expected squared error of a trained model splits into three parts:</p>
      <Equation
        tex={String.raw`\mathbb{E}\big[(y-\hat f(x))^2\big] = \underbrace{\big(f(x)-\mathbb{E}[\hat f(x)]\big)^2}_{\text{bias}^2} + \underbrace{\mathbb{E}\big[(\hat f(x)-\mathbb{E}[\hat f(x)])^2\big]}_{\text{variance}} + \underbrace{\sigma^2}_{\text{irreducible}}`}
      />
      <p>
        <strong>Bias</strong> is error from a model too simple to follow the signal (few hidden units: both curves stay high, together).{' '}
        <strong>Variance</strong> is error from a model that follows its own training set too closely (many units, few samples: the gap
        opens). The <strong>irreducible error</strong> σ² is the noise in the data itself, set here by the Noise knob: no model gets below
        it. Every technique on the panel trades a little bias for less variance.
      </p>
      <h3>What each technique changes</h3>
      <ul>
        <li>
          <strong>Dropout</strong> zeroes random units at each step, so no unit can rely on another being there: input dropout on x_t,
          recurrent dropout on h_(t−1) with one mask per sequence, output dropout before the head.
        </li>
        <li>
          <strong>L1 and L2</strong> add a price for large weights to what the optimizer minimises; L1 drives many weights to exactly zero,
          L2 shrinks all of them:
          <Equation tex={String.raw`J(\theta) = L(\theta) + \lambda_1 \sum |w| + \lambda_2 \sum w^2`} />
        </li>
        <li>
          <strong>Weight decay</strong> shrinks every weight by a share of itself at each step, apart from the gradient (Keras{' '}
          <code>weight_decay</code>; with Adam, AdamW):
          <Equation tex={String.raw`w \leftarrow w - \eta\,\lambda\,w - \eta\,\mathrm{step}(g)`} />
          With plain SGD an L2 penalty is the same thing. With Adam it is not (Loshchilov &amp; Hutter 2019): Adam divides each gradient,
          the penalty’s part included, by its own running size, so large weights are pulled back no harder than small ones. Measured here
          (sines, 32 samples, 160 epochs, seeds 1–5): with L2 0.003 and Adam the gap at the end is 0.17–0.27, about as wide as with no
          penalty (0.18–0.29); with weight decay 10 it is 0.00–0.14.
        </li>
        <li>
          <strong>Gradient clipping</strong> bounds each update, by the global L2 norm or by each element (the L∞ view):
          <Equation
            tex={String.raw`g \leftarrow g\cdot\min\!\Big(1, \frac{c}{\lVert g\rVert_2}\Big) \qquad\text{or}\qquad g_j \leftarrow \max(-c, \min(c, g_j))`}
          />
        </li>
        <li>
          <strong>Early stopping</strong> ends training when the validation loss has not improved for a number of epochs, and can go back to
          the best weights.
        </li>
        <li>
          <strong>Augmentation</strong> shows the model a slightly different version of each training sample every epoch, so there is less
          to memorise; <strong>more data</strong> does the same for real.
        </li>
      </ul>
      <h3>The LSTM cell</h3>
      <p>
        At every time step t the cell reads the input x_t and its previous output h_(t−1), and updates its memory C_t through three gates:
      </p>
      <Equation
        tex={String.raw`\begin{aligned}
f_t &= \sigma(W_f\cdot[h_{t-1}, x_t] + b_f) && \text{forget gate}\\
i_t &= \sigma(W_i\cdot[h_{t-1}, x_t] + b_i) && \text{input gate}\\
\tilde C_t &= \tanh(W_C\cdot[h_{t-1}, x_t] + b_C) && \text{candidate memory}\\
C_t &= f_t \odot C_{t-1} + i_t \odot \tilde C_t && \text{new memory}\\
o_t &= \sigma(W_o\cdot[h_{t-1}, x_t] + b_o) && \text{output gate}\\
h_t &= o_t \odot \tanh(C_t) && \text{output}
\end{aligned}`}
      />
      <p>
        Training unrolls these steps over the window and sends the error back through every one of them (back-propagation through time); the
        optimizer (Adam, RMSProp or SGD) then moves the weights a step against the gradient.
      </p>
    </div>
  );
}
