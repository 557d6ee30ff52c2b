import { describe, expect, it } from 'vitest';
import { messagesOf, setLanguage } from '../i18n';
import { defaultSettings } from '../settings/schema';
import { decodeSettings } from '../settings/url-codec';
import { challengeOf, challenges, judgeChallenge } from './challenges';
import type { EpochPoint } from './run-slice';

const point = (epoch: number, valLoss: number, trainLoss = 0.05) => ({ epoch, valLoss, trainLoss }) as EpochPoint;
const tame = challengeOf('tame');
if (!tame) throw new Error('the tame challenge is missing');

describe('challenges', () => {
  it('have a title and a task in both languages', async () => {
    await setLanguage('zh-CN');
    for (const challenge of challenges) {
      expect(messagesOf('en').challenges.stories[challenge.id], challenge.id).toBeDefined();
      expect(messagesOf('zh-CN').challenges.stories[challenge.id], challenge.id).toBeDefined();
    }
    await setLanguage('en');
  });

  it('start from settings that keep their own rules', () => {
    for (const challenge of challenges) {
      const { settings, notices } = decodeSettings(challenge.query);
      expect(notices).toEqual([]);
      expect(judgeChallenge(challenge, { settings, history: [], changes: [] }).kind).toBe('running');
    }
  });

  it('are met below the target at the goal epoch, missed above it, and running before it', () => {
    const settings = { ...defaultSettings, maxEpochs: 150, outputDropout: 0.5 };
    expect(judgeChallenge(tame, { settings, history: [point(1, 0.3), point(2, 0.2)], changes: [] })).toEqual({
      kind: 'running',
      epoch: 2,
      value: 0.2,
    });
    const met = Array.from({ length: 150 }, (_, index) => point(index + 1, 0.155));
    expect(judgeChallenge(tame, { settings, history: met, changes: [] })).toEqual({ kind: 'met', value: 0.155 });
    const missed = Array.from({ length: 150 }, (_, index) => point(index + 1, 0.2));
    expect(judgeChallenge(tame, { settings, history: missed, changes: [] }).kind).toBe('missed');
  });

  it('do not count a run that breaks a rule, now or earlier in the run', () => {
    const history = Array.from({ length: 150 }, (_, index) => point(index + 1, 0.15));
    const broken = judgeChallenge(tame, { settings: { ...defaultSettings, hiddenUnits: 64 }, history, changes: [] });
    expect(broken).toEqual({ kind: 'rule-broken', rule: { name: 'hiddenUnits', atMost: 32 } });
    const switchedOff = judgeChallenge(tame, {
      settings: defaultSettings,
      history,
      changes: [{ epoch: 40, name: 'earlyStopping', from: true, to: false }],
    });
    expect(switchedOff.kind).toBe('rule-broken');
  });
});
