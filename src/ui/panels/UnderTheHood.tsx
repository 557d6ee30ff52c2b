import { useId } from 'react';
import { formatScientific } from '../../i18n';
import { useT } from '../../i18n/react';
import { usePlayground } from '../../state/store';
import { Disclosure } from './Disclosure';
import { RichText } from './RichText';
import { variableText } from './variable-text';

/** Differences below this are float32 rounding: the two gradients agree. */
const agreement = 1e-4;

function CheckResult() {
  const report = usePlayground((state) => state.gradientCheck);
  const words = useT().underTheHood;
  const outputId = useId();
  if (report === undefined) return null;
  if (report === 'checking') return <p className="hint">{words.checking}</p>;
  const { maxRelativeDifference, variables } = report.check;
  return (
    <>
      <p>
        <label htmlFor={outputId}>{words.largest}</label> <output id={outputId}>{formatScientific(maxRelativeDifference)}</output>
        {words.afterEpoch(String(report.epoch))}
        {maxRelativeDifference < agreement ? words.agree : words.disagree}
      </p>
      <table className="gradient-check">
        <thead>
          <tr>
            <th scope="col">{words.weights}</th>
            <th scope="col">{words.relative}</th>
          </tr>
        </thead>
        <tbody>
          {variables.map((variable, index) => (
            <tr key={index}>
              <td>{variableText(variable.name, words)}</td>
              <td>{formatScientific(variable.relativeDifference)}</td>
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
  const words = useT().underTheHood;
  return (
    <Disclosure title={words.title} className="under-the-hood explanatory">
      <p>
        <RichText text={words.bptt} />
      </p>
      <p>{words.checkIntro}</p>
      <button type="button" onClick={checkGradients} disabled={checking || !ready}>
        {words.check}
      </button>
      <CheckResult />
    </Disclosure>
  );
}
