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

// Sample standard deviation (n − 1): the seeds are a sample of all the seeds there could be.
function standardDeviation(values: number[]): number {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / Math.max(1, values.length - 1));
}

// "mean ± sd" across seeds when the run has several, else the one value.
function formatAcrossSeeds(value: number | undefined, perSeed: number[] | undefined): string {
  if (value === undefined || !perSeed || perSeed.length < 2) return formatNumber(value);
  return `${formatNumber(value)} ± ${standardDeviation(perSeed).toPrecision(2)}`;
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
  const seeds = last?.seeds;
  const seedGaps = seeds?.valLoss.map((valLoss, index) => valLoss - (seeds.trainLoss[index] ?? NaN));
  const classifying = usePlayground((state) => state.task?.kind === 'classification');
  return (
    <>
      <div className="readouts">
        <Readout label="Epoch" value={String(last?.epoch ?? 0)} />
        <Readout label="Training loss" value={formatAcrossSeeds(last?.trainLoss, seeds?.trainLoss)} />
        <Readout label="Validation loss" value={formatAcrossSeeds(last?.valLoss, seeds?.valLoss)} />
        <Readout label="Generalization gap" value={last ? formatAcrossSeeds(generalizationGap(last), seedGaps) : '—'} />
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
