import { useId } from 'react';
import { useT } from '../../i18n/react';
import { useLesson } from '../../state/lesson';
import { answerShown, questionOf } from '../../state/predictions';
import { usePlayground } from '../../state/store';

/** Before a preset trains: "What will happen?" with three answers; once the run has shown it, whether the guess was right. */
export function PredictPanel() {
  const prediction = useLesson((state) => state.preset);
  const setPrediction = useLesson((state) => state.setPreset);
  const epoch = usePlayground((state) => state.history.at(-1)?.epoch ?? 0);
  const status = usePlayground((state) => state.status);
  const messages = useT();
  const name = useId();
  const question = questionOf(prediction?.presetId);
  const text = prediction ? messages.predict.questions[prediction.presetId] : undefined;
  if (!prediction || !question || !text) return null;
  const shown = prediction.choice !== undefined && answerShown(question, epoch, status);
  const answer = text.choices[question.answer] ?? '';
  return (
    <section className="predict" aria-labelledby={`${name}-heading`}>
      <h2 id={`${name}-heading`}>{messages.predict.heading}</h2>
      <fieldset>
        <legend>{text.question}</legend>
        {text.choices.map((choice, index) => (
          <label key={choice}>
            <input
              type="radio"
              name={name}
              checked={prediction.choice === index}
              disabled={shown}
              onChange={() => setPrediction({ ...prediction, choice: index })}
            />
            {choice}
          </label>
        ))}
      </fieldset>
      <p role="status">
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
