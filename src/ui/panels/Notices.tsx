import { lazy, Suspense, type ReactNode } from 'react';
import { useT } from '../../i18n/react';
import { numericFieldOf } from '../../settings/schema';
import type { FieldCorrection } from '../../state/lesson';
import { useLesson } from '../../state/lesson';
import { usePlayground } from '../../state/store';

const UrlNoticeText = lazy(() => import('./UrlNoticeText'));

// One notice with its dismiss button; the button's name stays free of the notice text: a quoted URL value could contain any control's name.
function Notice({ children, name, onDismiss }: { children: ReactNode; name: string; onDismiss: () => void }) {
  return (
    <li>
      <span>{children}</span>
      <button type="button" aria-label={name} onClick={onDismiss}>
        ×
      </button>
    </li>
  );
}

/** A typed number's correction in words, worded and written as the link's own corrections are. */
function useCorrectionText(): (correction: FieldCorrection) => string {
  const messages = useT();
  return ({ name, typed, used, reason }) => {
    const label = messages.settings[name].label;
    const field = numericFieldOf(name);
    const usedText = String(used);
    if (reason === 'outside') return messages.settingsPanel.clamped(label, typed, String(field.min), String(field.max), usedText);
    if (reason === 'rounded') return messages.settingsPanel.rounded(label, typed, usedText);
    return messages.settingsPanel.notNumber(label, typed, usedText);
  };
}

/** What the link's decoder corrected, the lesson keys it could not use, and typed numbers that were corrected; each dismissible. */
export function Notices() {
  const notices = usePlayground((state) => state.notices);
  const dismissNotice = usePlayground((state) => state.dismissNotice);
  const problems = useLesson((state) => state.problems);
  const corrections = useLesson((state) => state.corrections);
  const dismissProblem = useLesson((state) => state.dismissProblem);
  const dismissCorrection = useLesson((state) => state.dismissCorrection);
  const messages = useT();
  const correctionText = useCorrectionText();
  if (notices.length === 0 && problems.length === 0 && corrections.length === 0) return null;
  // Buttons are numbered through all three lists, so each name is unique.
  const nameAt = (position: number) => messages.notices.dismiss(String(position + 1));
  return (
    <div className="notices" role="alert">
      {(notices.length > 0 || problems.length > 0) && (
        <>
          <p>{notices.length > 0 ? messages.notices.heading : messages.lesson.problemsHeading}</p>
          <ul>
            {notices.map((notice, index) => (
              <Notice key={`n${index}:${notice.key}`} name={nameAt(index)} onDismiss={() => dismissNotice(index)}>
                {/* Until its words arrive, the notice shows the link's value it is about. */}
                <Suspense fallback={`${notice.key}="${notice.raw}"`}>
                  <UrlNoticeText notice={notice} />
                </Suspense>
              </Notice>
            ))}
            {problems.map((problem, index) => (
              <Notice key={`p${index}:${problem.value}`} name={nameAt(notices.length + index)} onDismiss={() => dismissProblem(index)}>
                {messages.lesson.problems[problem.key](problem.value)}
              </Notice>
            ))}
          </ul>
        </>
      )}
      {corrections.length > 0 && (
        <>
          <p>{messages.notices.fieldHeading}</p>
          <ul>
            {corrections.map((correction, index) => (
              <Notice
                key={`c${correction.name}`}
                name={nameAt(notices.length + problems.length + index)}
                onDismiss={() => dismissCorrection(index)}
              >
                {correctionText(correction)}
              </Notice>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
