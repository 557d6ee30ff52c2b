import { formatCompact } from '../../i18n';
import { useLanguage, useT } from '../../i18n/react';
import { fastestBackend } from '../../state/backend-slice';
import { usePlayground } from '../../state/store';

/** What each backend measured on this device, which one `auto` takes, and a button to measure again. */
export function BackendSpeeds({ measureAgain }: { measureAgain: () => void }) {
  const speeds = usePlayground((state) => state.backendSpeeds);
  const measuring = usePlayground((state) => state.measuringBackends);
  const backend = usePlayground((state) => state.backend);
  const automatic = usePlayground((state) => state.settings.backend === 'auto');
  const words = useT().backends;
  const language = useLanguage();
  const fastest = fastestBackend(speeds);
  return (
    <div className="backend-speeds">
      {measuring && <p className="hint">{words.measuring}</p>}
      {speeds && !measuring && (
        <p className="hint">
          {words.measured(
            speeds
              .map((speed) =>
                'stepsPerSecond' in speed
                  ? words.speed(speed.backend, formatCompact(language, speed.stepsPerSecond, 2))
                  : words.failed(speed.backend),
              )
              .join(', '),
          )}
          {automatic && fastest && fastest !== backend && words.nextReset(fastest)}
        </p>
      )}
      <button type="button" onClick={measureAgain} disabled={measuring}>
        {words.measureAgain}
      </button>
    </div>
  );
}
