import { describe, expect, it } from 'vitest';
import { fakeRunClient } from './fake-run-client.testing';
import { loadSeriesFile, loadSeriesText } from './series';
import { createPlaygroundStore } from './store';
import { connectTraining } from './training';

const goodCsv = `day,temperature\n${Array.from({ length: 100 }, (_, day) => `${day},${Math.sin(day / 5).toFixed(3)}`).join('\n')}\n`;

function connected() {
  const store = createPlaygroundStore();
  const { client, sent } = fakeRunClient();
  connectTraining(store, client);
  return { store, sent };
}

describe('loadSeriesText', () => {
  it('switches to the series task with the first column of measurements, not a row counter', async () => {
    const { store, sent } = connected();
    await loadSeriesText(store, 'weather.csv', goodCsv);
    expect(store.getState().settings.task).toBe('series');
    expect(store.getState().series?.columns.map((column) => column.header)).toEqual(['day', 'temperature']);
    expect(store.getState().series?.column).toBe(1);
    expect(store.getState().seriesMessage).toEqual({ kind: 'read', fileName: 'weather.csv', values: 100 });
    expect(sent.at(-1)).toMatchObject({ name: 'build', args: { series: expect.any(Float32Array) } });
  });

  it.each([
    ['empty', '', { kind: 'empty' }],
    ['not numeric', 'name\nalice\nbob\n', { kind: 'noNumbers', decimalComma: undefined }],
    ['too short', 'v\n1\n2\n3\n', { kind: 'tooShort', length: 3, needed: 19 }],
  ])('leaves the settings and the run untouched for a file that is %s, and says why', async (_, text, problem) => {
    const { store, sent } = connected();
    store.getState().changeSetting('l2', 0.001);
    const before = { settings: store.getState().settings, runId: store.getState().runId, commands: sent.length };
    await loadSeriesText(store, 'bad.csv', text);
    expect(store.getState().settings).toBe(before.settings);
    expect(store.getState().runId).toBe(before.runId);
    expect(sent).toHaveLength(before.commands);
    expect(store.getState().seriesMessage).toEqual({ kind: 'refused', fileName: 'bad.csv', problem });
  });

  it('refuses a file over the size limit before reading it', async () => {
    const { store } = connected();
    await loadSeriesFile(store, new File(['1\n'.repeat(2_500_001)], 'big.csv'));
    expect(store.getState().seriesMessage).toEqual({ kind: 'refused', fileName: 'big.csv', problem: { kind: 'tooLarge', megabytes: 5 } });
    expect(store.getState().settings.task).not.toBe('series');
  });
});
