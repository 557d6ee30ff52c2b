import { useT } from '../../i18n/react';
import { challenges } from '../../state/challenges';

/** The challenges as a select's options, by title, after an option `none` for no challenge (value ""). */
export function ChallengeOptions({ none }: { none: string }) {
  const stories = useT().challenges.stories;
  return (
    <>
      <option value="">{none}</option>
      {challenges.map((entry) => (
        <option key={entry.id} value={entry.id}>
          {stories[entry.id]?.title ?? entry.id}
        </option>
      ))}
    </>
  );
}
