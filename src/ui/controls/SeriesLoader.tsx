import { lazy, Suspense, useId } from 'react';
import { useT } from '../../i18n/react';
import { loadSampleSeries, loadSeriesFile } from '../../state/series';
import { playgroundStore, usePlayground } from '../../state/store';

// The words for a refused file load with it on first use: most visits never see one.
const SeriesProblemAlert = lazy(() => import('./SeriesProblemAlert'));

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
              <option key={column.position} value={index}>
                {column.header ?? words.columnAt(String(column.position))}
              </option>
            ))}
          </select>
        </>
      )}
      {message?.kind === 'read' && <p className="hint">{words.read(message.fileName, String(message.values))}</p>}
      {message?.kind === 'sampleFailed' && (
        <p className="hint problem" role="alert">
          {words.sampleFailed(String(message.status))}
        </p>
      )}
      {message?.kind === 'refused' && (
        <Suspense fallback={null}>
          <SeriesProblemAlert fileName={message.fileName} problem={message.problem} />
        </Suspense>
      )}
      <p className="hint explanatory">{words.note}</p>
    </div>
  );
}
