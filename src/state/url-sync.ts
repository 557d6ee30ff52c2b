import { decodeLabSetup, encodeLabSetup } from '../settings/lab-url';
import { decodeSettings, encodeSettings } from '../settings/url-codec';
import { challengeIds } from './challenges';
import { lessonStore } from './lesson';
import { decodeLessonParams, encodeLessonParams, lessonKeys } from './lesson-params';
import type { PlaygroundStore } from './store';

/** Quiet time after the last change before the address bar is rewritten (a dragged slider fires often). */
export const urlWriteDelayMs = 250;

// Reads a query string into the store, as opening a link does.
function applyQuery(store: PlaygroundStore, query: string): void {
  const { settings, notices } = decodeSettings(query);
  const lab = decodeLabSetup(query);
  notices.push(...lab.notices);
  store.getState().loadLabSetup(lab.setup, lab.present);
  // An uploaded series stays in the browser that read it, so a link cannot bring one along.
  if (settings.task === 'series' && !store.getState().series) {
    settings.task = 'sines';
    notices.push({ key: 'task', raw: 'series', used: 'sines', problem: 'needsFile' });
  }
  store.getState().loadSettings(settings, notices);
  const { lesson, problems } = decodeLessonParams(query, challengeIds);
  lessonStore.getState().setLesson(lesson, problems);
}

// The address bar's query: the settings, the lab's set-up, then the lesson's own keys (language, hidden controls, task, challenge).
function currentQuery(store: PlaygroundStore): string {
  const { settings, labSetup } = store.getState();
  const params = new URLSearchParams(encodeSettings(settings));
  for (const [key, value] of new URLSearchParams(encodeLabSetup(labSetup))) params.set(key, value);
  encodeLessonParams(lessonStore.getState().lesson, params);
  return `?${params.toString()}`;
}

/**
 * Opens a link's settings as if it had been followed (a preset, say): a new history entry, so Back
 * returns to the set-up before it. The backend stays as it is: it belongs to the device, not the lesson.
 */
export function openLink(store: PlaygroundStore, query: string): void {
  const params = new URLSearchParams(query);
  const { backend } = store.getState().settings;
  if (backend !== 'auto' && !params.has('backend')) params.set('backend', backend);
  // A preset opened inside a lesson stays in the lesson: same language, same hidden controls, same task.
  const lessonParams = new URLSearchParams();
  encodeLessonParams(lessonStore.getState().lesson, lessonParams);
  for (const key of lessonKeys) {
    const value = lessonParams.get(key);
    if (value !== null && !params.has(key)) params.set(key, value);
  }
  window.history.pushState(null, '', `?${params.toString()}${window.location.hash}`);
  applyQuery(store, window.location.search);
}

/** A full address of this page with a query string (a lesson link to share). */
export function linkWithQuery(query: string): string {
  return `${window.location.origin}${window.location.pathname}?${query}`;
}

/**
 * Keeps the settings and the address bar in step: reads the URL now and on Back/Forward, writes it
 * (debounced, with replaceState) after every change. The only module that touches location/history.
 */
export function startUrlSync(store: PlaygroundStore): () => void {
  const read = () => applyQuery(store, window.location.search);
  read();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    const query = currentQuery(store);
    if (query !== window.location.search) window.history.replaceState(window.history.state, '', `${query}${window.location.hash}`);
  };
  write();
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(write, urlWriteDelayMs);
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.settings !== previous.settings || state.labSetup !== previous.labSetup) schedule();
  });
  const unsubscribeLesson = lessonStore.subscribe((state, previous) => {
    if (state.lesson !== previous.lesson) schedule();
  });
  window.addEventListener('popstate', read);
  return () => {
    clearTimeout(timer);
    unsubscribe();
    unsubscribeLesson();
    window.removeEventListener('popstate', read);
  };
}
