import { formatSignificant, type Language, type Messages } from '../../i18n';
import { useLanguage, useT } from '../../i18n/react';
import { fastestBackend } from '../../state/backend-slice';
import { usePlayground, type PlaygroundState } from '../../state/store';

// The supervisor's reason in the page's language (the worker layer keeps English words for logs and errors).
function causeWords(cause: NonNullable<PlaygroundState['workerHealth']['cause']>, messages: Messages): string {
  const causes = messages.status.workerCauses;
  switch (cause.kind) {
    case 'stalled':
      return causes.stalled(String(cause.seconds), cause.backend);
    case 'contextLost':
      return causes.contextLost;
    case 'failed':
      return causes.failed(cause.detail);
    case 'unreadable':
      return causes.unreadable;
    case 'silent':
      return causes.silent(String(cause.seconds));
  }
}

// Why each backend was passed over, in the page's language (the worker keeps English words for its errors' logs).
function passedOverWords(passedOver: PlaygroundState['passedOver'], messages: Messages): string {
  const words = messages.status.passedOver;
  return passedOver
    .map((passed) => {
      switch (passed.reason) {
        case 'failedUnderRun':
          return words.failedUnderRun(passed.backend);
        case 'safari':
          return words.safari;
        case 'software':
          return words.software(passed.renderer);
        case 'failed': {
          const { problem } = passed;
          const reason =
            problem.kind === 'error'
              ? problem.detail
              : problem.kind === 'noAnswer'
                ? words.noAnswer(String(problem.seconds))
                : words[problem.kind];
          return words.failed(passed.backend, reason);
        }
      }
    })
    .join(words.separator);
}

function describe(state: PlaygroundState, messages: Messages, language: Language): string {
  const words = messages.status;
  const epoch = String(state.history.at(-1)?.epoch ?? 0);
  const { earlyStop, divergence, reason, message, noBackend } = state.stopDetails ?? {};
  const health = state.workerHealth;
  const healthReason = health.cause ? causeWords(health.cause, messages) : (health.reason ?? words.noReason);
  if (health.state === 'replacing') return words.replacing(healthReason);
  if (health.state === 'down') return words.down(healthReason);
  switch (state.status) {
    case 'building':
      return words.starting;
    case 'needs-series':
      return words.needsSeries;
    case 'ready':
      return epoch !== '0' ? words.readyFrom(epoch) : words.ready;
    case 'training':
      return words.training;
    case 'paused':
      return reason === 'stepped' ? words.stepped(epoch) : words.paused(epoch);
    case 'finished':
      // Restore best weights acts at the end of the budget too, as Keras's EarlyStopping does at the end of fit().
      return words.finished(epoch, earlyStop?.restored ? words.restoredAtEnd(String(earlyStop.bestEpoch)) : '');
    case 'early-stopped': {
      const best = earlyStop ? words.bestEpoch(String(earlyStop.bestEpoch), formatSignificant(language, earlyStop.bestValLoss, 4)) : '';
      const restored = earlyStop?.restored ? words.restored : language === 'en' ? '.' : '。';
      return `${words.earlyStopped(epoch, String(state.settings.patience))}${best}${best ? restored : ''}`;
    }
    case 'diverged': {
      const cause = divergence ? words.causes[divergence.cause] : words.causes['loss not finite'];
      const kept = divergence?.restoredEpoch ? words.keptAt(String(divergence.restoredEpoch)) : words.keptInitial;
      const onward = state.settings.seedRepeats > 1 ? words.onwardSeeds : words.onward;
      return words.diverged(String(divergence?.epoch ?? Number(epoch) + 1), cause, kept, onward);
    }
    case 'failed':
      return words.failed(noBackend ? words.noBackend(passedOverWords(noBackend, messages)) : (message ?? words.unknownError));
  }
}

/** One sentence on where the run stands, read out by screen readers when it changes. */
export function RunStatusLine() {
  const messages = useT();
  const language = useLanguage();
  const sentence = usePlayground((state) => describe(state, messages, language));
  const passedOver = usePlayground((state) => state.passedOver);
  // Once measured, the measurement is the reason for the backend, not the first guess's.
  const measuredFastest = usePlayground(
    (state) => state.settings.backend === 'auto' && state.backend !== undefined && fastestBackend(state.backendSpeeds) === state.backend,
  );
  const stuck = usePlayground(
    (state) =>
      state.status === 'diverged' ||
      state.status === 'failed' ||
      state.workerHealth.state === 'replacing' ||
      state.workerHealth.state === 'down',
  );
  return (
    <div className="run-status">
      <p role="status" className={stuck ? 'warning' : undefined}>
        {sentence}
      </p>
      {measuredFastest && <p className="hint">{messages.status.measuredFastest}</p>}
      {passedOver.length > 0 && !measuredFastest && (
        <p className="hint">{messages.status.whyNotFirst(passedOverWords(passedOver, messages))}</p>
      )}
    </div>
  );
}
