import { useId } from 'react';
import { useT } from '../../i18n/react';
import { loadSampleSeries, loadSeriesFile } from '../../state/series';
import { playgroundStore, usePlayground } from '../../state/store';

/** Upload a CSV (or load the sample) for the series task, and choose its column. The file never leaves the browser. */
export function SeriesLoader() {
  const series = usePlayground((state) => state.series);
  const message = usePlayground((state) => state.seriesMessage);
  const chooseColumn = usePlayground((state) => state.chooseColumn);
  const words = useT().series;
  const fileId = useId();
  const columnId = useId();
  return (
    <div className="setting series-loader">
      <label htmlFor={fileId}>{words.file}</label>
      <input
        id={fileId}
        type="file"
        accept=".csv,text/csv,text/plain"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) void loadSeriesFile(playgroundStore, file);
          event.target.value = '';
        }}
      />
      <button type="button" onClick={() => void loadSampleSeries(playgroundStore)}>
        {words.loadSample}
      </button>
      {series && series.columns.length > 1 && (
        <>
          <label htmlFor={columnId}>{words.column}</label>
          <select id={columnId} value={series.column} onChange={(event) => chooseColumn(Number(event.target.value))}>
            {series.columns.map((column, index) => (
              <option key={column.name} value={index}>
                {column.name}
              </option>
            ))}
          </select>
        </>
      )}
      {message && (
        <p className={message.problem ? 'hint problem' : 'hint'} role={message.problem ? 'alert' : undefined}>
          {message.text}
        </p>
      )}
      <p className="hint explanatory">{words.note}</p>
    </div>
  );
}
