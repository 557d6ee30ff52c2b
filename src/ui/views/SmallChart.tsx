import { useId, type ReactElement, type ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';
import { linearAxis, logAxis, tickLabel } from '../charts/axis-ticks';

/** A captioned figure holding one small recharts chart, with optional words under it. */
export function SmallChart({ caption, children, note }: { caption: string; children: ReactElement; note?: ReactNode }) {
  const captionId = useId();
  return (
    <figure className="small-chart" aria-labelledby={captionId}>
      <figcaption id={captionId}>{caption}</figcaption>
      <ResponsiveContainer width="100%" height={170}>
        {children}
      </ResponsiveContainer>
      {note && <div className="hint">{note}</div>}
    </figure>
  );
}

/**
 * Props for a recharts value axis that holds `values`: a domain and evenly spaced round ticks (powers of
 * ten on a log axis), labels with a real minus sign. `fromZero` starts a linear axis at 0 or below.
 */
export function valueAxisProps(values: readonly (number | undefined)[], { log = false, fromZero = false } = {}) {
  const shown = values.filter((value): value is number => value !== undefined && Number.isFinite(value) && (!log || value > 0));
  const [low, high] = shown.length > 0 ? [Math.min(...shown), Math.max(...shown)] : [0, 1];
  const axis = log ? logAxis(low, high) : linearAxis(fromZero ? Math.min(0, low) : low, high, 4);
  return {
    type: 'number' as const,
    scale: log ? ('log' as const) : ('linear' as const),
    domain: axis.domain,
    ticks: axis.ticks,
    interval: 0,
    allowDataOverflow: true,
    tickFormatter: tickLabel,
  };
}
