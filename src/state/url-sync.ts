import { decodeLabSetup, encodeLabSetup } from '../settings/lab-url';
import { decodeSettings, encodeSettings } from '../settings/url-codec';
import type { PlaygroundStore } from './store';

/** Quiet time after the last change before the address bar is rewritten (a dragged slider fires often). */
export const urlWriteDelayMs = 250;

/**
 * Keeps the settings and the address bar in step: reads the URL now and on Back/Forward, writes it
 * (debounced, with replaceState) after every change. The only module that touches location/history.
 */
// Reads a query string into the store, as opening a link does.
function applyQuery(store: PlaygroundStore, query: string): void {
  const { settings, notices } = decodeSettings(query);
  const lab = decodeLabSetup(query);
  notices.push(...lab.notices);
  store.getState().loadLabSetup(lab.setup, lab.present);
  // An uploaded series stays in the browser that read it, so a link cannot bring one along.
  if (settings.task === 'series' && !store.getState().series) {
    settings.task = 'sines';
    notices.push('task=series needs a CSV file loaded on this page (links cannot carry one); showing the noisy sines task instead.');
  }
  store.getState().loadSettings(settings, notices);
}

/**
 * Opens a link's settings as if it had been followed (a preset, say): a new history entry, so Back
 * returns to the set-up before it. The backend stays as it is: it belongs to the device, not the lesson.
 */
export function openLink(store: PlaygroundStore, query: string): void {
  const params = new URLSearchParams(query);
  const { backend } = store.getState().settings;
  if (backend !== 'auto' && !params.has('backend')) params.set('backend', backend);
  window.history.pushState(null, '', `?${params.toString()}${window.location.hash}`);
  applyQuery(store, window.location.search);
}

export function startUrlSync(store: PlaygroundStore): () => void {
  const read = () => applyQuery(store, window.location.search);
  read();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    const { settings, labSetup } = store.getState();
    const labKeys = new URLSearchParams(encodeLabSetup(labSetup)).toString();
    const query = `?${encodeSettings(settings)}${labKeys ? `&${labKeys}` : ''}`;
    if (query !== window.location.search) window.history.replaceState(window.history.state, '', `${query}${window.location.hash}`);
  };
  write();
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.settings === previous.settings && state.labSetup === previous.labSetup) return;
    clearTimeout(timer);
    timer = setTimeout(write, urlWriteDelayMs);
  });
  window.addEventListener('popstate', read);
  return () => {
    clearTimeout(timer);
    unsubscribe();
    window.removeEventListener('popstate', read);
  };
}
