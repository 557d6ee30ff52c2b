import { describe, expect, it } from 'vitest';
import { schema } from '../settings/schema';
import { decodeLessonParams, encodeLessonParams, hideList, noLesson, settingGroups } from './lesson-params';

const ids = ['tame'];

describe('lesson links', () => {
  it('group every setting exactly once, so hide= can name any control', () => {
    const grouped = Object.values(settingGroups).flat();
    expect([...grouped].sort()).toEqual(schema.map((field) => field.name).sort());
  });

  it('read nothing from an ordinary link', () => {
    expect(decodeLessonParams('odrop=0.3&v=1', ids)).toEqual({ lesson: noLesson, problems: [] });
  });

  it('read the language, hidden settings by key or group, hidden text, a task and a challenge', () => {
    const { lesson, problems } = decodeLessonParams(
      'lang=zh-CN&hide=odrop,clipping,hidden&notext=1&brief=Find+the+best+L2&challenge=tame',
      ids,
    );
    expect(problems).toEqual([]);
    expect(lesson).toEqual({
      language: 'zh-CN',
      hidden: ['hiddenUnits', 'outputDropout', 'clipMode', 'clipThreshold'],
      hideText: true,
      brief: 'Find the best L2',
      challenge: 'tame',
    });
  });

  it('report what they cannot use, and use the rest', () => {
    const { lesson, problems } = decodeLessonParams('lang=fr&hide=odrop,nonsense,constructor&challenge=nope', ids);
    expect(lesson.language).toBeUndefined();
    expect(lesson.hidden).toEqual(['outputDropout']);
    expect(lesson.challenge).toBeUndefined();
    expect(problems).toEqual([
      { key: 'lang', value: 'fr' },
      { key: 'hide', value: 'nonsense' },
      { key: 'hide', value: 'constructor' },
      { key: 'challenge', value: 'nope' },
    ]);
  });

  it('cut a long task to 280 characters', () => {
    expect(decodeLessonParams(`brief=${'x'.repeat(500)}`, ids).lesson.brief).toHaveLength(280);
  });

  it('write a whole group as its word and round-trip', () => {
    expect(hideList(['inputDropout', 'recurrentDropout', 'outputDropout', 'l2'])).toBe('dropout,l2');
    const params = new URLSearchParams('odrop=0.3');
    const lesson = { language: 'en' as const, hidden: ['l2' as const], hideText: false, brief: 'Try it', challenge: undefined };
    encodeLessonParams(lesson, params);
    expect(params.toString()).toBe('odrop=0.3&lang=en&hide=l2&brief=Try+it');
    expect(decodeLessonParams(params.toString(), ids).lesson).toEqual(lesson);
  });
});
