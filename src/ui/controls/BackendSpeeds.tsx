import { fastestBackend } from '../../state/backend-slice';
import { usePlayground } from '../../state/store';

/** Steps per second with two significant digits, or that the backend did not start. */
function speedText(speed: { stepsPerSecond: number } | { failure: string }): string {
  return 'stepsPerSecond' in speed ? `${Number(speed.stepsPerSecond.toPrecision(2))} steps/s` : 'did not start';
}

/** What each backend measured on this device, which one `auto` takes, and a button to measure again. */
export function BackendSpeeds({ measureAgain }: { measureAgain: () => void }) {
  const speeds = usePlayground((state) => state.backendSpeeds);
  const measuring = usePlayground((state) => state.measuringBackends);
  const backend = usePlayground((state) => state.backend);
  const automatic = usePlayground((state) => state.settings.backend === 'auto');
  const fastest = fastestBackend(speeds);
  return (
    <div className="backend-speeds">
      {measuring && <p className="hint">Timing each backend on this device in the background…</p>}
      {speeds && !measuring && (
        <p className="hint">
          Measured on this device (the default model): {speeds.map((speed) => `${speed.backend} ${speedText(speed)}`).join(', ')}.
          {automatic && fastest && fastest !== backend && ` Automatic takes ${fastest} from the next Reset.`}
        </p>
      )}
      <button type="button" onClick={measureAgain} disabled={measuring}>
        Measure backends again
      </button>
    </div>
  );
}
