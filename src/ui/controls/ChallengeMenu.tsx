import { useId } from 'react';
import { useT } from '../../i18n/react';
import { challenges } from '../../state/challenges';
import { lessonStore, useLesson } from '../../state/lesson';
import { playgroundStore } from '../../state/store';
import { openLink } from '../../state/url-sync';
import { ChallengeOptions } from './ChallengeOptions';

/** Challenges: opens one as a link (its starting settings and `challenge=`), or leaves it. */
export function ChallengeMenu() {
  const current = useLesson((state) => state.lesson.challenge);
  const messages = useT();
  const selectId = useId();
  return (
    <div className="challenge-menu">
      <label htmlFor={selectId}>{messages.challenges.start}</label>
      <select
        id={selectId}
        value={current ?? ''}
        onChange={(event) => {
          const chosen = challenges.find((entry) => entry.id === event.target.value);
          // Leaving a challenge keeps the settings as they are and drops only the challenge.
          if (!chosen) lessonStore.getState().updateLesson({ challenge: undefined });
          else openLink(playgroundStore, `${chosen.query}&challenge=${chosen.id}`);
        }}
      >
        <ChallengeOptions none={messages.lesson.noChallenge} />
      </select>
    </div>
  );
}
