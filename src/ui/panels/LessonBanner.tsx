import { useT } from '../../i18n/react';
import { useLesson } from '../../state/lesson';

/** The task a lesson link gives the students, as a banner above the chart; shown as plain text, never as HTML. */
export function LessonBanner() {
  const brief = useLesson((state) => state.lesson.brief);
  const messages = useT();
  if (!brief) return null;
  return (
    // Not named by its heading: "Your task" would answer to the Task select's name.
    <section className="lesson-banner">
      <h2>{messages.lesson.banner}</h2> <p>{brief}</p>
    </section>
  );
}
