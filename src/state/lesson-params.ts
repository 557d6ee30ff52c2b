import { languageOfTag, type Language } from '../i18n';
import { schema, type SettingName } from '../settings/schema';

/** Groups of settings a lesson link can hide with one word (`hide=dropout`), as the settings panel groups them. */
export const settingGroups = {
  dropout: ['inputDropout', 'recurrentDropout', 'outputDropout'],
  penalties: ['l1', 'l2', 'weightDecay', 'penaliseRecurrent'],
  clipping: ['clipMode', 'clipThreshold'],
  earlystop: ['earlyStopping', 'patience', 'minDelta', 'restoreBestWeights'],
  optimisation: ['optimizer', 'learningRate', 'maxEpochs'],
  augmentation: ['jitter', 'insertRate', 'deleteRate', 'replaceRate', 'swapRate', 'cropRate'],
  data: ['task', 'windowLength', 'trainingSamples', 'validationSamples', 'noise', 'seed', 'seedRepeats'],
  model: ['hiddenUnits', 'layers', 'batchSize', 'backend'],
  chart: ['smoothing', 'logScale'],
} as const satisfies Record<string, readonly SettingName[]>;
/** A group's word in `hide=`. */
export type SettingGroup = keyof typeof settingGroups;

/** The longest task text a link may carry; longer ones are cut (a banner, not an essay). */
export const maxBriefLength = 280;

/** What a lesson link sets besides the settings: language, hidden controls, hidden text, a task for the student, a challenge. */
export interface LessonParams {
  /** `lang`: the language the link asks for; undefined leaves the choice to the visitor. */
  language: Language | undefined;
  /** `hide`: the settings whose controls are hidden, in schema order. */
  hidden: SettingName[];
  /** `notext=1`: hide the explanatory text (introduction, hints, explanations). */
  hideText: boolean;
  /** `brief`: a short task shown to the student as a banner; plain text, never HTML. */
  brief: string;
  /** `challenge`: the id of a challenge whose goal the page checks live. */
  challenge: string | undefined;
}

/** A lesson without any of its keys: the ordinary page. */
export const noLesson: LessonParams = { language: undefined, hidden: [], hideText: false, brief: '', challenge: undefined };

/** What a lesson key held that the page could not use: the key, and the value as typed. */
export interface LessonProblem {
  key: 'lang' | 'hide' | 'challenge';
  value: string;
}

const keyOfSetting = new Map(schema.map((field) => [field.key, field.name]));
const hasOwn = (record: object, key: string) => Object.prototype.hasOwnProperty.call(record, key);

/** Reads the lesson keys of a query string. Never throws: what cannot be used is reported and left out. */
export function decodeLessonParams(query: string, challengeIds: readonly string[]): { lesson: LessonParams; problems: LessonProblem[] } {
  const params = new URLSearchParams(query);
  const problems: LessonProblem[] = [];
  const lang = params.get('lang');
  const language = languageOfTag(lang);
  if (lang !== null && !language) problems.push({ key: 'lang', value: lang });
  const hiddenNames = new Set<SettingName>();
  for (const word of (params.get('hide') ?? '').split(',')) {
    const entry = word.trim();
    if (entry === '') continue;
    const setting = keyOfSetting.get(entry);
    if (setting) hiddenNames.add(setting);
    else if (hasOwn(settingGroups, entry)) for (const name of settingGroups[entry as SettingGroup]) hiddenNames.add(name);
    else problems.push({ key: 'hide', value: entry });
  }
  const challengeId = params.get('challenge') ?? undefined;
  const challenge = challengeId !== undefined && challengeIds.includes(challengeId) ? challengeId : undefined;
  if (challengeId !== undefined && !challenge) problems.push({ key: 'challenge', value: challengeId });
  return {
    lesson: {
      language,
      hidden: schema.filter((field) => hiddenNames.has(field.name)).map((field) => field.name),
      hideText: params.get('notext') === '1',
      brief: (params.get('brief') ?? '').trim().slice(0, maxBriefLength),
      challenge,
    },
    problems,
  };
}

/** The lesson keys as query parameters, appended to `params` (only those that are set). */
export function encodeLessonParams(lesson: LessonParams, params: URLSearchParams): void {
  if (lesson.language) params.set('lang', lesson.language);
  if (lesson.hidden.length > 0) params.set('hide', hideList(lesson.hidden));
  if (lesson.hideText) params.set('notext', '1');
  if (lesson.brief) params.set('brief', lesson.brief);
  if (lesson.challenge) params.set('challenge', lesson.challenge);
}

/** `hide=`'s value: a group's word where all of its settings are hidden, each other setting's URL key. */
export function hideList(hidden: readonly SettingName[]): string {
  const left = new Set(hidden);
  const words: string[] = [];
  for (const [group, names] of Object.entries(settingGroups)) {
    if (!names.every((name) => left.has(name))) continue;
    words.push(group);
    for (const name of names) left.delete(name);
  }
  for (const field of schema) if (left.has(field.name)) words.push(field.key);
  return words.join(',');
}

/** The query keys this module owns; the settings codec ignores them. */
export const lessonKeys = ['lang', 'hide', 'notext', 'brief', 'challenge'] as const;
