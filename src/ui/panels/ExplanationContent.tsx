import type { Language } from '../../i18n';
import { explanationEn, type ExplanationText } from '../../i18n/explanation-en';
import { explanationZhCN } from '../../i18n/explanation-zh-CN';
import { useLanguage } from '../../i18n/react';
import { Equation } from './Equation';
import { RichText } from './RichText';

const prose: Record<Language, ExplanationText> = { en: explanationEn, 'zh-CN': explanationZhCN };

// TeX's \text{} takes the catalogue's words; they are the project's own, never a URL's.
const label = (words: string) => String.raw`\text{${words}}`;

/** The explanation itself, loaded only when opened (it brings KaTeX and its fonts). */
export default function ExplanationContent() {
  const words = prose[useLanguage()];
  const { gates, terms } = words;
  return (
    <div className="explanation-content">
      <h3>{words.twoCurves}</h3>
      <p>{words.twoCurvesText}</p>
      <h3>{words.biasVariance}</h3>
      <p>{words.splitsInto}</p>
      <Equation
        tex={String.raw`\mathbb{E}\big[(y-\hat f(x))^2\big] = \underbrace{\big(f(x)-\mathbb{E}[\hat f(x)]\big)^2}_{${label(terms.bias)}^2} + \underbrace{\mathbb{E}\big[(\hat f(x)-\mathbb{E}[\hat f(x)])^2\big]}_{${label(terms.variance)}} + \underbrace{\sigma^2}_{${label(terms.irreducible)}}`}
      />
      <p>
        <RichText text={words.biasVarianceText} />
      </p>
      <h3>{words.techniques}</h3>
      <ul>
        <li>
          <RichText text={words.dropout} />
        </li>
        <li>
          <RichText text={words.penalties} />
          <Equation tex={String.raw`J(\theta) = L(\theta) + \lambda_1 \sum |w| + \lambda_2 \sum w^2`} />
        </li>
        <li>
          <RichText text={words.weightDecay} />
          <Equation tex={String.raw`w \leftarrow w - \eta\,\lambda\,w - \eta\,\mathrm{step}(g)`} />
          {words.weightDecayAdam}
        </li>
        <li>
          <RichText text={words.clipping} />
          <Equation
            tex={String.raw`g \leftarrow g\cdot\min\!\Big(1, \frac{c}{\lVert g\rVert_2}\Big) \qquad${label(words.or)}\qquad g_j \leftarrow \max(-c, \min(c, g_j))`}
          />
        </li>
        <li>
          <RichText text={words.earlyStopping} />
        </li>
        <li>
          <RichText text={words.augmentation} />
        </li>
      </ul>
      <h3>{words.cell}</h3>
      <p>{words.cellIntro}</p>
      <Equation
        tex={String.raw`\begin{aligned}
f_t &= \sigma(W_f\cdot[h_{t-1}, x_t] + b_f) && ${label(gates.forget)}\\
i_t &= \sigma(W_i\cdot[h_{t-1}, x_t] + b_i) && ${label(gates.input)}\\
\tilde C_t &= \tanh(W_C\cdot[h_{t-1}, x_t] + b_C) && ${label(gates.candidate)}\\
C_t &= f_t \odot C_{t-1} + i_t \odot \tilde C_t && ${label(gates.memory)}\\
o_t &= \sigma(W_o\cdot[h_{t-1}, x_t] + b_o) && ${label(gates.output)}\\
h_t &= o_t \odot \tanh(C_t) && ${label(gates.result)}
\end{aligned}`}
      />
      <p>{words.training}</p>
    </div>
  );
}
