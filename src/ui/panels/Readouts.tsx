import { standardDeviation } from '../../stats/summary';
import { useId } from 'react';
import { formatCompact, formatPercent, formatSignificant, type Language } from '../../i18n';
import { useLanguage, useT } from '../../i18n/react';
import { speedOf } from '../../state/backend-slice';
import { usePlayground } from '../../state/store';
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

/** A loss or norm with four significant digits, "—" before there is one. */
export function formatMeasure(language: Language, value: number | undefined): string {
  return value === undefined ? '—' : formatSignificant(language, value, 4);
}

// "mean ± sd" across seeds when the run has several, else the one value.
function formatAcrossSeeds(language: Language, value: number | undefined, perSeed: number[] | undefined): string {
  if (value === undefined || !perSeed || perSeed.length < 2) return formatMeasure(language, value);
  return `${formatMeasure(language, value)} ± ${formatSignificant(language, standardDeviation(perSeed), 2)}`;
}

/** The run's numbers: epoch, losses, objective, gradient, best epoch and the backend that runs. */
export function Readouts() {
  const last = usePlayground((state) => state.history.at(-1));
  const backend = usePlayground((state) => state.backend);
  const stepsPerSecond = usePlayground((state) => speedOf(state.backendSpeeds, state.backend));
  const best = usePlayground((state) => bestEpochOf(state.history));
  const seeds = last?.seeds;
  const seedGaps = seeds?.valLoss.map((valLoss, index) => valLoss - (seeds.trainLoss[index] ?? NaN));
  const classifying = usePlayground((state) => state.task?.kind === 'classification');
  const words = useT().readouts;
  const language = useLanguage();
  const measure = (value: number | undefined) => formatMeasure(language, value);
  const share = (value: number | undefined) => (value === undefined ? '—' : formatPercent(language, value, 1));
  const lastNorm = last?.gradientNorms.at(-1);
  const speed = stepsPerSecond === undefined ? '' : ` · ${words.stepsPerSecond(formatCompact(language, stepsPerSecond, 2))}`;
  return (
    <>
      <div className="readouts">
        <Readout label={words.epoch} value={String(last?.epoch ?? 0)} />
        <Readout label={words.trainLoss} value={formatAcrossSeeds(language, last?.trainLoss, seeds?.trainLoss)} />
        <Readout label={words.valLoss} value={formatAcrossSeeds(language, last?.valLoss, seeds?.valLoss)} />
        <Readout label={words.gap} value={last ? formatAcrossSeeds(language, generalizationGap(last), seedGaps) : '—'} />
        <Readout label={words.backend} value={`${backend ?? '…'}${speed}`} />
        <Readout label={words.objective} value={measure(last?.objective)} />
        <Readout label={words.gradientNorm} value={measure(lastNorm)} />
        <Readout
          label={words.clippedSteps}
          value={last ? words.clippedOf(String(last.clipped.filter(Boolean).length), String(last.clipped.length)) : '—'}
        />
        <Readout label={words.best} value={best ? words.bestValue(measure(best.valLoss), String(best.epoch)) : '—'} />
        {classifying && <Readout label={words.trainAccuracy} value={share(last?.trainAccuracy)} />}
        {classifying && <Readout label={words.valAccuracy} value={share(last?.valAccuracy)} />}
      </div>
      <p className="hint explanatory readouts-note">
        {words.note(classifying ? words.lossKinds.classification : words.lossKinds.regression)}
      </p>
    </>
  );
}
