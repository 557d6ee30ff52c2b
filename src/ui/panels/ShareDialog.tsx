import { useId, useRef, useState } from 'react';
import { languageNames, languages, type Language } from '../../i18n';
import { useT } from '../../i18n/react';
import { encodeSettings } from '../../settings/url-codec';
import type { SettingName } from '../../settings/schema';
import { challengeOf } from '../../state/challenges';
import { useLesson } from '../../state/lesson';
import { encodeLessonParams, maxBriefLength, settingGroups, type LessonParams, type SettingGroup } from '../../state/lesson-params';
import { usePlayground } from '../../state/store';
import { linkWithQuery } from '../../state/url-sync';
import { ChallengeOptions } from '../controls/ChallengeOptions';

/** The link the dialog's choices make: a challenge's own settings or the page's, then the lesson keys. */
function lessonLink(settingsQuery: string, lesson: LessonParams): string {
  const params = new URLSearchParams(settingsQuery);
  encodeLessonParams(lesson, params);
  return linkWithQuery(params.toString());
}

// One group's checkboxes: one per setting, each named by the setting's label.
function GroupChoices({ group, hidden, toggle }: { group: SettingGroup; hidden: SettingName[]; toggle: (name: SettingName) => void }) {
  const messages = useT();
  return (
    <fieldset className="share-group">
      <legend>{messages.lesson.groups[group]}</legend>
      {settingGroups[group].map((name) => (
        <label key={name}>
          <input type="checkbox" checked={hidden.includes(name)} onChange={() => toggle(name)} />
          {messages.settings[name].label}
        </label>
      ))}
    </fieldset>
  );
}

/** Share: builds a lesson link (hidden controls, hidden text, language, a task for the students, a challenge) and copies it. */
export function ShareDialog() {
  const messages = useT();
  const words = messages.lesson;
  const settings = usePlayground((state) => state.settings);
  const current = useLesson((state) => state.lesson);
  const dialog = useRef<HTMLDialogElement>(null);
  const [lesson, setLesson] = useState<LessonParams>(current);
  const [copyMessage, setCopyMessage] = useState('');
  // The form exists only while the dialog is open: its checkboxes carry the controls' names, which must stay unique on the page.
  const [isOpen, setOpen] = useState(false);
  const ids = { title: useId(), language: useId(), brief: useId(), briefHint: useId(), challenge: useId(), link: useId() };
  const challenge = challengeOf(lesson.challenge);
  const link = lessonLink(challenge ? challenge.query : encodeSettings(settings), lesson);
  const toggle = (name: SettingName) =>
    setLesson((before) => ({
      ...before,
      hidden: before.hidden.includes(name) ? before.hidden.filter((entry) => entry !== name) : [...before.hidden, name],
    }));
  const open = () => {
    setLesson(current);
    setCopyMessage('');
    setOpen(true);
    dialog.current?.showModal();
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopyMessage(words.copied);
    } catch {
      setCopyMessage(words.copyFailed);
    }
  };
  return (
    <>
      <button type="button" onClick={open}>
        {words.share}
      </button>
      <dialog ref={dialog} className="share-dialog" aria-labelledby={ids.title} onClose={() => setOpen(false)}>
        {isOpen && (
          <>
            <h2 id={ids.title}>{words.shareTitle}</h2>
            <p className="hint">{words.shareIntro}</p>
            <fieldset className="share-hide">
              <legend>{words.hideControls}</legend>
              <p className="hint">{words.hideNote}</p>
              {(Object.keys(settingGroups) as SettingGroup[]).map((group) => (
                <GroupChoices key={group} group={group} hidden={lesson.hidden} toggle={toggle} />
              ))}
            </fieldset>
            <label className="share-option">
              <input
                type="checkbox"
                checked={lesson.hideText}
                onChange={(event) => setLesson({ ...lesson, hideText: event.target.checked })}
              />
              {words.hideText}
            </label>
            <div className="share-option">
              <label htmlFor={ids.language}>{words.pageLanguage}</label>
              <select
                id={ids.language}
                value={lesson.language ?? ''}
                onChange={(event) => setLesson({ ...lesson, language: (event.target.value || undefined) as Language | undefined })}
              >
                <option value="">{words.visitorsLanguage}</option>
                {languages.map((language) => (
                  <option key={language} value={language} lang={language}>
                    {languageNames[language]}
                  </option>
                ))}
              </select>
            </div>
            <div className="share-option">
              <label htmlFor={ids.brief}>{words.brief}</label>
              <textarea
                id={ids.brief}
                rows={3}
                maxLength={maxBriefLength}
                aria-describedby={ids.briefHint}
                value={lesson.brief}
                onChange={(event) => setLesson({ ...lesson, brief: event.target.value })}
              />
              <p id={ids.briefHint} className="hint">
                {words.briefHint(String(maxBriefLength))}
              </p>
            </div>
            <div className="share-option">
              <label htmlFor={ids.challenge}>{words.challenge}</label>
              <select
                id={ids.challenge}
                value={lesson.challenge ?? ''}
                onChange={(event) => setLesson({ ...lesson, challenge: event.target.value || undefined })}
              >
                <ChallengeOptions none={words.noChallenge} />
              </select>
            </div>
            <div className="share-option">
              <label htmlFor={ids.link}>{words.link}</label>
              <input id={ids.link} type="url" readOnly value={link} onFocus={(event) => event.target.select()} />
            </div>
            <div className="share-actions">
              <button type="button" className="primary" onClick={() => void copy()}>
                {words.copy}
              </button>
              <button type="button" onClick={() => dialog.current?.close()}>
                {words.close}
              </button>
              <span role="status" className="hint">
                {copyMessage}
              </span>
            </div>
          </>
        )}
      </dialog>
    </>
  );
}
