import { useId } from 'react';
import { usePlayground } from '../../state/store';

function Readout({ label, value }: { label: string; value: string }) {
  const outputId = useId();
  return (
    <div className="readout">
      <label htmlFor={outputId}>{label}</label>
      <output id={outputId}>{value}</output>
    </div>
  );
}

function formatLoss(loss: number | undefined): string {
  return loss === undefined ? '—' : loss.toPrecision(4);
}

/** The run's numbers: epoch, both losses and the backend that runs. */
export function Readouts() {
  const last = usePlayground((state) => state.history.at(-1));
  const backend = usePlayground((state) => state.backend);
  return (
    <div className="readouts">
      <Readout label="Epoch" value={String(last?.epoch ?? 0)} />
      <Readout label="Training loss" value={formatLoss(last?.trainLoss)} />
      <Readout label="Validation loss" value={formatLoss(last?.valLoss)} />
      <Readout label="Backend" value={backend ?? '…'} />
    </div>
  );
}
