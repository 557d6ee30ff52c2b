import { useRegisterSW } from 'virtual:pwa-register/react';
import { useT } from '../../i18n/react';

// Lets the waiting version take over, then reloads into it. The plugin reloads by itself only when the
// page was already controlled when it registered; a tab kept open since the very first visit was not.
function reloadIntoNewVersion(activate: () => Promise<void>): void {
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
  void activate();
}

/**
 * Registers the service worker that keeps the page working offline, and says quietly when a new
 * version has been downloaded: it takes over only when the person reloads, so no run is cut short.
 */
export function UpdateNotice() {
  const {
    needRefresh: [needRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  const words = useT().update;
  if (!needRefresh) return null;
  return (
    <p className="update-notice" role="status">
      {words.ready}{' '}
      <button type="button" onClick={() => reloadIntoNewVersion(() => updateServiceWorker(true))}>
        {words.reload}
      </button>
    </p>
  );
}
