import { usePlayground } from '../../state/store';
import { LossChart } from './LossChart';

/** The loss chart and, for classification tasks, the accuracy chart under it. */
export default function HistoryCharts() {
  const classifying = usePlayground((state) => state.task?.kind === 'classification');
  return (
    <>
      <LossChart metric="loss" lossName={classifying ? 'cross-entropy' : 'mean squared error'} />
      {classifying && <LossChart metric="accuracy" lossName="cross-entropy" />}
    </>
  );
}
