import { usePlayground } from '../../state/store';

/** What the URL decoder corrected, each dismissible. Rendered as text, never as HTML. */
export function Notices() {
  const notices = usePlayground((state) => state.notices);
  const dismissNotice = usePlayground((state) => state.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="alert">
      {/* Button names stay free of the notice text: a quoted URL value could contain any control's name. */}
      <p>Some values in the link could not be used as they were:</p>
      <ul>
        {notices.map((notice, index) => (
          <li key={`${index}:${notice}`}>
            <span>{notice}</span>
            <button type="button" aria-label={`Dismiss notice ${index + 1}`} onClick={() => dismissNotice(index)}>
              ×
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
