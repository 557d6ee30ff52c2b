import { useId, type ReactElement, type ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';

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

/** Tick labels with two significant digits, so log axes stay short. */
export function shortNumber(value: number): string {
  return String(Number(value.toPrecision(2)));
}
