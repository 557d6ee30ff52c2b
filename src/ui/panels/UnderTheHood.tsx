import { useId } from 'react';
import { usePlayground } from '../../state/store';
import { Disclosure } from './Disclosure';

/** Differences below this are float32 rounding: the two gradients agree. */
const agreement = 1e-4;

function CheckResult() {
  const report = usePlayground((state) => state.gradientCheck);
  const outputId = useId();
  if (report === undefined) return null;
  if (report === 'checking') return <p className="hint">Computing both gradients…</p>;
  const { maxRelativeDifference, variables } = report.check;
  return (
    <>
      <p>
        <label htmlFor={outputId}>Largest relative difference</label>{' '}
        <output id={outputId}>{maxRelativeDifference.toExponential(1)}</output> after epoch {report.epoch}:{' '}
        {maxRelativeDifference < agreement
          ? 'the hand-derived gradients match automatic differentiation up to float32 rounding.'
          : 'the two gradients disagree, which would mean a bug in the hand-derived pass.'}
      </p>
      <table className="gradient-check">
        <thead>
          <tr>
            <th scope="col">Weights</th>
            <th scope="col">Relative difference</th>
          </tr>
        </thead>
        <tbody>
          {variables.map((variable) => (
            <tr key={variable.name}>
              <td>{variable.name}</td>
              <td>{variable.relativeDifference.toExponential(1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** "Under the hood": what back-propagation through time is, and a check of the hand-derived gradients run in this browser. */
export function UnderTheHood({ checkGradients }: { checkGradients: () => void }) {
  const checking = usePlayground((state) => state.gradientCheck === 'checking');
  const ready = usePlayground((state) => state.task !== undefined);
  return (
    <Disclosure title="Under the hood" className="under-the-hood">
      <p>
        An LSTM learns by <strong>back-propagation through time</strong>: the network is unrolled over the time steps of a sequence, the
        loss is computed at the end, and the chain rule carries its gradient backwards step by step, from h<sub>T</sub> to h<sub>1</sub>,
        through every gate and the cell state, adding up each weight’s share from every step. The playground writes this backward pass out
        by hand (the derivation of the LSTM’s gate equations), because computing all time steps’ weight gradients with one matrix product is
        several times faster than TensorFlow.js’s automatic differentiation, which goes step by step.
      </p>
      <p>
        The check below computes the gradient of the loss on the first training batch both ways, with the model as it is now (dropout off
        and the L1/L2 penalty left out, so that both sides see the same function), and shows how far apart they are (the largest difference
        in each weight tensor, relative to its largest gradient).
      </p>
      <button type="button" onClick={checkGradients} disabled={checking || !ready}>
        Check the gradients
      </button>
      <CheckResult />
    </Disclosure>
  );
}
