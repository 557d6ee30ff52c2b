import { describe, expect, it } from 'vitest';
import { fakeRunClient } from './fake-run-client.testing';
import { loadSeriesText } from './series';
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
    expect(store.getState().series?.columns.map((column) => column.name)).toEqual(['day', 'temperature']);
    expect(store.getState().series?.column).toBe(1);
    expect(store.getState().seriesMessage).toEqual({ text: 'weather.csv: 100 values read. They stay in this browser.', problem: false });
    expect(sent.at(-1)).toMatchObject({ name: 'build', args: { series: expect.any(Float32Array) } });
  });

  it.each([
    ['empty', ''],
    ['not numeric', 'name\nalice\nbob\n'],
    ['too short', 'v\n1\n2\n3\n'],
  ])('leaves the settings and the run untouched for a file that is %s, and says why', async (_, text) => {
    const { store, sent } = connected();
    store.getState().changeSetting('l2', 0.001);
    const before = { settings: store.getState().settings, runId: store.getState().runId, commands: sent.length };
    await loadSeriesText(store, 'bad.csv', text);
    expect(store.getState().settings).toBe(before.settings);
    expect(store.getState().runId).toBe(before.runId);
    expect(sent).toHaveLength(before.commands);
    expect(store.getState().seriesMessage?.problem).toBe(true);
    expect(store.getState().seriesMessage?.text).toMatch(/^bad\.csv: /);
  });
});
