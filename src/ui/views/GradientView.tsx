import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import { formatCompact, formatPercent, type Language, type Messages } from '../../i18n';
import { useLanguage, useT } from '../../i18n/react';
import { usePlayground } from '../../state/store';
import { useChartHistory } from '../charts/use-throttled';
import { SmallChart, valueAxisProps } from './SmallChart';
import { gradientReach, hiddenGradientRows, layerName, stepGradients } from './view-data';

const layerColours = ['#1f6feb', '#8250df', '#1b7c83'] as const;

// The share clipped as words, e.g. "12 of 400 steps clipped (3.0%)".
function clippedText(clippedSteps: number, totalSteps: number, messages: Messages, language: Language): string {
  if (totalSteps === 0) return messages.modelViews.noSteps;
  return messages.modelViews.clippedShare(String(clippedSteps), String(totalSteps), formatPercent(language, clippedSteps / totalSteps, 1));
}

/** The global gradient norm of every step with the clip threshold, and how much gradient reaches each time step. */
export function GradientView() {
  const history = useChartHistory();
  const clipMode = usePlayground((state) => state.settings.clipMode);
  const clipThreshold = usePlayground((state) => state.settings.clipThreshold);
  const norms = usePlayground((state) => state.snapshot?.inspection.hiddenGradientNorms);
  const steps = useMemo(() => stepGradients(history), [history]);
  // A log axis cannot show a zero: a step with no gradient at all is left out of the picture.
  const positiveSteps = useMemo(() => steps.rows.filter((row) => row.norm > 0), [steps]);
  const throughTime = useMemo(() => (norms ? hiddenGradientRows(norms) : []), [norms]);
  const reach = norms ? gradientReach(norms) : [];
  const thresholdDrawn = clipMode === 'global' || clipMode === 'tensor';
  const messages = useT();
  const language = useLanguage();
  const words = messages.modelViews;
  return (
    <section className="model-view" aria-labelledby="gradient-view-heading">
      <h3 id="gradient-view-heading">{words.gradients}</h3>
      <SmallChart
        caption={words.stepNorms}
        note={
          <>
            {clippedText(steps.clippedSteps, steps.totalSteps, messages, language)} {clipMode === 'off' && words.clippingOff}
            {clipMode === 'tensor' && words.tensorLine}
            {clipMode === 'value' && words.valueNoLine}
          </>
        }
      >
        <LineChart data={positiveSteps} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="#e5e7eb" />
          <XAxis dataKey="step" type="number" domain={[1, 'dataMax']} allowDecimals={false} />
          <YAxis
            width={56}
            {...valueAxisProps([...positiveSteps.map((row) => row.norm), thresholdDrawn ? clipThreshold : undefined], { log: true })}
          />
          <Line dataKey="norm" stroke="#57606a" strokeWidth={1} dot={false} isAnimationActive={false} />
          {thresholdDrawn && (
            <ReferenceLine
              y={clipThreshold}
              ifOverflow="hidden"
              stroke="#d9480f"
              strokeDasharray="4 4"
              label={{ value: words.clipThreshold, position: 'insideTopRight', fontSize: 11 }}
            />
          )}
        </LineChart>
      </SmallChart>
      <SmallChart
        caption={words.throughTime}
        note={
          norms
            ? words.reach(
                reach
                  .map((share, layer) => words.reachShare(`${formatCompact(language, 100 * share, 2)}%`, words.layer(String(layer + 1))))
                  .join(', '),
              )
            : messages.page.waitingForWorker
        }
      >
        <LineChart data={throughTime} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="#e5e7eb" />
          <XAxis dataKey="time" type="number" domain={[1, 'dataMax']} allowDecimals={false} />
          <YAxis width={56} {...valueAxisProps((norms ?? []).flat(), { log: true })} />
          {(norms ?? []).map((_, layer) => (
            <Line
              key={layer}
              dataKey={layerName(layer)}
              stroke={layerColours[layer % layerColours.length]}
              strokeWidth={1.5}
              dot={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </SmallChart>
    </section>
  );
}
