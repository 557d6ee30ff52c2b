import { useT } from '../../i18n/react';
import { usePlayground } from '../../state/store';
import { LossChart } from './LossChart';

/** The loss chart and, for classification tasks, the accuracy chart under it. */
export default function HistoryCharts() {
  const classifying = usePlayground((state) => state.task?.kind === 'classification');
  const lossNames = useT().chart.lossNames;
  return (
    <>
      <LossChart metric="loss" lossName={classifying ? lossNames.classification : lossNames.regression} />
      {classifying && <LossChart metric="accuracy" lossName={lossNames.classification} />}
    </>
  );
}
