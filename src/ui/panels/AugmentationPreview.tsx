import type { AugmentationPreview as Preview, TaskSummary } from '../../state/run-slice';
import { useT } from '../../i18n/react';
import { usePlayground } from '../../state/store';
import { isMarked, tokensOf, valuesOf } from '../views/sequence';

const width = 120;
const height = 40;

function points(values: number[], low: number, high: number): string {
  const span = high - low || 1;
  return values
    .map(
      (value, step) =>
        `${((step / Math.max(1, values.length - 1)) * width).toFixed(1)},${(height - ((value - low) / span) * height).toFixed(1)}`,
    )
    .join(' ');
}

// The adding problem's marked steps, as dots on the line.
function markers(sequence: Float32Array, task: TaskSummary, low: number, high: number) {
  if (task.element !== 'marked-values') return null;
  const values = valuesOf(sequence, task.features);
  return values.map((value, step) =>
    isMarked(sequence, task.features, step) ? (
      <circle
        key={step}
        cx={(step / Math.max(1, values.length - 1)) * width}
        cy={height - ((value - low) / (high - low || 1)) * height}
        r={2.5}
      />
    ) : null,
  );
}

function Sample({ sample, task }: { sample: Preview; task: TaskSummary }) {
  if (task.element === 'tokens' && task.vocabulary) {
    return (
      <div className="preview-sample tokens">
        <code>{tokensOf(sample.original, task.vocabulary)}</code>
        <code>{tokensOf(sample.augmented, task.vocabulary)}</code>
      </div>
    );
  }
  const original = valuesOf(sample.original, task.features);
  const augmented = valuesOf(sample.augmented, task.features);
  const low = Math.min(...original, ...augmented);
  const high = Math.max(...original, ...augmented);
  return (
    <div className="preview-sample">
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} aria-hidden="true">
        <polyline className="original" points={points(original, low, high)} />
        {markers(sample.original, task, low, high)}
      </svg>
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} aria-hidden="true">
        <polyline className="augmented" points={points(augmented, low, high)} />
        {markers(sample.augmented, task, low, high)}
      </svg>
    </div>
  );
}

/** Three training samples as they are (left) and as this epoch's augmentation changes them (right). */
export function AugmentationPreview() {
  const preview = usePlayground((state) => state.preview);
  const task = usePlayground((state) => state.task);
  const words = useT().augmentationPreview;
  if (!preview || !task) return null;
  // Strings sit one above the other; lines side by side.
  const [before, after] = task.element === 'tokens' ? [words.above, words.below] : [words.left, words.right];
  return (
    <figure className="augmentation-preview" aria-labelledby="augmentation-preview-caption">
      {/* Worded to share no control's name, as getByLabel matches parts of names. */}
      <figcaption id="augmentation-preview-caption">{words.caption(before, after)}</figcaption>
      {preview.map((sample, index) => (
        <Sample key={index} sample={sample} task={task} />
      ))}
    </figure>
  );
}
