import { useEffect } from 'react';
import { useT } from '../../i18n/react';

/**
 * Presentation mode for a projector: the page goes full screen (where the browser allows it) and shows
 * the chart, the run buttons, the readouts and the presets in large type. Leaving full screen (Escape) leaves it too.
 */
export function PresentationButton({ presenting, setPresenting }: { presenting: boolean; setPresenting: (on: boolean) => void }) {
  const words = useT().page;
  useEffect(() => {
    if (!presenting) return;
    const leaveWithFullScreen = () => {
      if (!document.fullscreenElement) setPresenting(false);
    };
    document.addEventListener('fullscreenchange', leaveWithFullScreen);
    return () => document.removeEventListener('fullscreenchange', leaveWithFullScreen);
  }, [presenting, setPresenting]);
  const toggle = () => {
    if (presenting) {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      setPresenting(false);
      return;
    }
    setPresenting(true);
    // A browser may refuse full screen (an iframe, a policy): the mode still enlarges the page.
    void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };
  return (
    <button type="button" className="presentation-toggle" onClick={toggle}>
      {presenting ? words.leavePresentation : words.presentation}
    </button>
  );
}
