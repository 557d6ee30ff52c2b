import { useId } from 'react';
import { useT } from '../../i18n/react';
import { useLesson } from '../../state/lesson';
import { answerShown, questionOf } from '../../state/predictions';
import { usePlayground } from '../../state/store';

/**
 * Before a preset trains: "What will happen?" with three answers; once the run has shown it, whether the
 * guess was right. The answers are toggle buttons, not labelled radios: their words name losses and
 * epochs, and a label would make them answer to the readouts' names.
 */
export function PredictPanel() {
  const prediction = useLesson((state) => state.preset);
  const setPrediction = useLesson((state) => state.setPreset);
  const epoch = usePlayground((state) => state.history.at(-1)?.epoch ?? 0);
  const status = usePlayground((state) => state.status);
  const messages = useT();
  const headingId = useId();
  const question = questionOf(prediction?.presetId);
  const text = prediction ? messages.predict.questions[prediction.presetId] : undefined;
  if (!prediction || !question || !text) return null;
  const shown = prediction.choice !== undefined && answerShown(question, epoch, status);
  const answer = text.choices[question.answer] ?? '';
  return (
    <section className="predict" aria-labelledby={headingId}>
      <h2 id={headingId}>{messages.predict.heading}</h2>
      <p>{text.question}</p>
      <div className="predict-choices">
        {text.choices.map((choice, index) => (
          <button
            key={choice}
            type="button"
            aria-pressed={prediction.choice === index}
            disabled={shown}
            onClick={() => setPrediction({ ...prediction, choice: index })}
          >
            {choice}
          </button>
        ))}
      </div>
      <p role="status" className="predict-result">
        {prediction.choice === undefined
          ? messages.predict.yourGuess
          : shown
            ? prediction.choice === question.answer
              ? `${messages.predict.right} ${answer}`
              : messages.predict.wrong(answer)
            : messages.predict.waiting(String(question.revealAtEpoch))}
      </p>
    </section>
  );
}
