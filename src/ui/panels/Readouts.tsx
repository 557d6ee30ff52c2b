import { useId } from 'react';
import { speedOf } from '../../state/backend-slice';
import { usePlayground, type PlaygroundState } from '../../state/store';
import { bestEpochOf, generalizationGap } from '../charts/chart-rows';

function Readout({ label, value }: { label: string; value: string }) {
  const outputId = useId();
  return (
    <div className="readout">
      <label htmlFor={outputId}>{label}</label>
      <output id={outputId}>{value}</output>
    </div>
  );
}

function formatNumber(value: number | undefined): string {
  return value === undefined ? '—' : value.toPrecision(4);
}

function formatShare(value: number | undefined): string {
  return value === undefined ? '—' : `${(100 * value).toFixed(1)}%`;
}

// The epoch with the lowest validation loss so far, as "loss (epoch N)".
function bestSoFar(state: PlaygroundState): string {
  const best = bestEpochOf(state.history);
  return best ? `${formatNumber(best.valLoss)} (epoch ${best.epoch})` : '—';
}

/** The run's numbers: epoch, losses, objective, gradient, best epoch and the backend that runs. */
export function Readouts() {
  const last = usePlayground((state) => state.history.at(-1));
  const backend = usePlayground((state) => state.backend);
  const stepsPerSecond = usePlayground((state) => speedOf(state.backendSpeeds, state.backend));
  const best = usePlayground(bestSoFar);
  const lastNorm = last?.gradientNorms.at(-1);
  const classifying = usePlayground((state) => state.task?.kind === 'classification');
  return (
    <>
      <div className="readouts">
        <Readout label="Epoch" value={String(last?.epoch ?? 0)} />
        <Readout label="Training loss" value={formatNumber(last?.trainLoss)} />
        <Readout label="Validation loss" value={formatNumber(last?.valLoss)} />
        <Readout label="Generalization gap" value={last ? formatNumber(generalizationGap(last)) : '—'} />
        <Readout
          label="Backend"
          value={`${backend ?? '…'}${stepsPerSecond === undefined ? '' : ` · ${Number(stepsPerSecond.toPrecision(2))} steps/s`}`}
        />
        <Readout label="Penalised objective" value={formatNumber(last?.objective)} />
        <Readout label="Gradient norm" value={formatNumber(lastNorm)} />
        <Readout label="Clipped steps" value={last ? `${last.clipped.filter(Boolean).length} of ${last.clipped.length}` : '—'} />
        <Readout label="Best so far" value={best} />
        {classifying && <Readout label="Training accuracy" value={formatShare(last?.trainAccuracy)} />}
        {classifying && <Readout label="Validation accuracy" value={formatShare(last?.valAccuracy)} />}
      </div>
      <p className="hint">
        Losses are {classifying ? 'cross-entropies' : 'mean squared errors'}. Training loss is measured on the training batches with dropout
        active, as Keras reports it, and leaves out the L1/L2 penalty; the penalised objective, which the optimizer minimises, adds it.
        Gradient norm is the last step’s, before clipping.
      </p>
    </>
  );
}
