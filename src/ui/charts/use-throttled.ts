import { useEffect, useRef, useState } from 'react';
import type { EpochPoint } from '../../state/run-slice';
import { usePlayground } from '../../state/store';

/**
 * `value`, but changing at most once every `intervalMs`: the latest value always arrives, at most
 * `intervalMs` late. A chart that costs tens of milliseconds to draw then redraws a few times a second
 * however often its data changes.
 */
export function useThrottled<Value>(value: Value, intervalMs: number): Value {
  const [shown, setShown] = useState(value);
  const lastShownAt = useRef(-Infinity);
  useEffect(() => {
    const wait = lastShownAt.current + intervalMs - performance.now();
    const show = () => {
      lastShownAt.current = performance.now();
      setShown(() => value);
    };
    if (wait <= 0) {
      show();
      return;
    }
    const timer = setTimeout(show, wait);
    return () => clearTimeout(timer);
  }, [value, intervalMs]);
  return shown;
}

/** Shortest time between two redraws of a chart of the history (recharts takes 10–40 ms for one here). */
export const chartRedrawMs = 250;

/** The run's history as the charts draw it: at most one change per `chartRedrawMs`. */
export function useChartHistory(): EpochPoint[] {
  return useThrottled(
    usePlayground((state) => state.history),
    chartRedrawMs,
  );
}
