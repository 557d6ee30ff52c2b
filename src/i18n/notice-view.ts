import type { SweepValuesProblem } from '../settings/lab-setup';
import type { UrlNotice } from '../settings/url-notice';
import type { Language } from './languages';
import { noticeViewEn, type NoticeViewMessages } from './notice-view-en';
import { noticeViewZhCN } from './notice-view-zh-CN';

// Both languages ride in a lazy chunk (a bad link's notices, the lab): the page's start does not carry them.
const byLanguage: Record<Language, NoticeViewMessages> = { en: noticeViewEn, 'zh-CN': noticeViewZhCN };

/** What is wrong with a list of sweep values, in `language`. */
export function sweepProblemText(problem: SweepValuesProblem, language: Language): string {
  const words = byLanguage[language].sweepValues;
  switch (problem.kind) {
    case 'tooFew':
      return words.tooFew;
    case 'tooMany':
      return words.tooMany(String(problem.most));
    case 'notNumber':
      return words.notNumber(problem.piece);
    case 'notWhole':
      return words.notWhole(problem.piece);
    case 'outside':
      return words.outside(problem.piece, String(problem.min), String(problem.max));
    case 'notDifferent':
      return words.notDifferent;
  }
}

/** A correction made to a link's value, in `language`. */
export function urlNoticeText(notice: UrlNotice, language: Language): string {
  const words = byLanguage[language].url;
  const value = `${notice.key}="${notice.raw}"`;
  switch (notice.problem) {
    case 'notChoice':
      return words.notChoice(value, notice.choices.join(words.listSeparator), notice.used);
    case 'notBoolean':
      return words.notBoolean(value, notice.used);
    case 'notNumber':
      return words.notNumber(value, notice.used);
    case 'notWhole':
      return words.notWhole(value, notice.used);
    case 'rounded':
      return words.rounded(value, notice.used);
    case 'outside':
      return words.outside(value, String(notice.min), String(notice.max), notice.used);
    case 'sweepValues':
      return words.sweepValues(value, sweepProblemText(notice.sweepProblem, language), notice.used.split(',').join(words.listSeparator));
    case 'needsFile':
      return words.needsFile;
  }
}
