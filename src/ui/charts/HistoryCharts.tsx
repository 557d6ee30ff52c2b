import { useMemo } from 'react';
import { usePlayground } from '../../state/store';
import { chartMarkers } from './chart-markers';
import { chartRows, type ChartMetric } from './chart-rows';
import { LossChart, pinColours } from './LossChart';
import { useChartHistory } from './use-throttled';

// One chart of the live run's history, with the visible pinned runs faded under it.
function MetricChart({ metric }: { metric: ChartMetric }) {
  const history = useChartHistory();
  const lossName = usePlayground((state) => (state.task?.kind === 'classification' ? 'cross-entropy' : 'mean squared error'));
  const smoothing = usePlayground((state) => state.settings.smoothing);
  const logScale = usePlayground((state) => state.settings.logScale);
  const changes = usePlayground((state) => state.changes);
  const stopDetails = usePlayground((state) => state.stopDetails);
  const markers = useMemo(() => chartMarkers({ history, changes, stopDetails }), [history, changes, stopDetails]);
  const pins = usePlayground((state) => state.pinned);
  const pinned = useMemo(
    () =>
      pins.flatMap((run, index) =>
        run.hidden
          ? []
          : [{ id: run.id, colour: pinColours[index % pinColours.length] as string, rows: chartRows(run.history, smoothing, metric) }],
      ),
    [pins, smoothing, metric],
  );
  const options = useMemo(
    () => ({ metric, lossName, smoothing, logScale, markers, pinned }),
    [metric, lossName, smoothing, logScale, markers, pinned],
  );
  return <LossChart history={history} options={options} />;
}

/** The loss chart and, for classification tasks, the accuracy chart under it. */
export function HistoryCharts() {
  const classifying = usePlayground((state) => state.task?.kind === 'classification');
  return (
    <>
      <MetricChart metric="loss" />
      {classifying && <MetricChart metric="accuracy" />}
    </>
  );
}
