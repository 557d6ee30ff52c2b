import { formatSignificant, type Language, type Messages } from '../../i18n';
import { useLanguage, useT } from '../../i18n/react';
import { challengeOf, judgeChallenge, keepsRule, type Challenge, type ChallengeRule } from '../../state/challenges';
import { useLesson } from '../../state/lesson';
import { usePlayground } from '../../state/store';
import { settingValueText } from '../controls/setting-labels';

function ruleText(rule: ChallengeRule, messages: Messages): string {
  const label = messages.settings[rule.name].label;
  return 'atMost' in rule
    ? messages.challenges.atMost(label, String(rule.atMost))
    : messages.challenges.equals(label, settingValueText(rule.name, rule.equals));
}

function standingText(challenge: Challenge, standing: ReturnType<typeof judgeChallenge>, messages: Messages, language: Language): string {
  const words = messages.challenges;
  const value = (number: number) => formatSignificant(language, number, 4);
  const atEpoch = String(challenge.goal.atEpoch);
  switch (standing.kind) {
    case 'rule-broken':
      return words.ruleBroken(ruleText(standing.rule, messages));
    case 'running':
      return standing.value === undefined ? words.notStarted : words.running(String(standing.epoch), atEpoch, value(standing.value));
    case 'met':
      return words.met(value(standing.value), atEpoch);
    case 'missed':
      return words.missed(value(standing.value), atEpoch);
  }
}

/** The challenge a link set: its task, its rules (kept or broken now) and its goal, checked live as the run goes. */
export function ChallengePanel() {
  const challenge = challengeOf(useLesson((state) => state.lesson.challenge));
  const settings = usePlayground((state) => state.settings);
  const history = usePlayground((state) => state.history);
  const changes = usePlayground((state) => state.changes);
  const messages = useT();
  const language = useLanguage();
  if (!challenge) return null;
  const story = messages.challenges.stories[challenge.id];
  const standing = judgeChallenge(challenge, { settings, history, changes });
  const goal = messages.challenges.goal[challenge.goal.metric](String(challenge.goal.below), String(challenge.goal.atEpoch));
  return (
    <section className={`challenge challenge-${standing.kind}`} aria-labelledby="challenge-heading">
      <h2 id="challenge-heading">{messages.challenges.heading(story?.title ?? challenge.id)}</h2> <strong>{goal}</strong>
      <p role="status" className="challenge-standing">
        {standingText(challenge, standing, messages, language)}
      </p>
      {/* The task and the rules fold away: the status line above already says when a rule is broken. */}
      <details>
        <summary>{messages.challenges.rules}</summary>
        {story && <p>{story.task}</p>}
        <ul className="challenge-rules">
          {challenge.rules.map((rule) => {
            const kept = keepsRule(rule, settings[rule.name]);
            return (
              <li key={rule.name} className={kept ? 'kept' : 'broken'}>
                <span aria-hidden="true">{kept ? '✓ ' : '✗ '}</span>
                {ruleText(rule, messages)} ({kept ? messages.challenges.kept : messages.challenges.broken})
              </li>
            );
          })}
        </ul>
      </details>
    </section>
  );
}
