import type { Settings } from '../settings/schema';
import type { ElementKind } from './dataset';
import type { Random } from './random';

/** How strongly each augmentation acts (see the settings for each one's meaning); all at 0 leave a sequence untouched. */
export type AugmentationRates = Pick<Settings, 'jitter' | 'insertRate' | 'deleteRate' | 'replaceRate' | 'swapRate' | 'cropRate'>;

/** True when at least one augmentation is on. */
export function augmenting(rates: AugmentationRates): boolean {
  return (
    rates.jitter > 0 || rates.insertRate > 0 || rates.deleteRate > 0 || rates.replaceRate > 0 || rates.swapRate > 0 || rates.cropRate > 0
  );
}

type Element = number[];

// A marked step of the adding problem holds half the answer: no operation may drop or change it.
function isMarked(item: Element, element: ElementKind): boolean {
  return element === 'marked-values' && item[1] === 1;
}

// A new element for position `at` of `sequence`: from the local neighbourhood for values (somewhere
// between its neighbours), from the vocabulary for tokens (a symbol other than `instead`, if given).
function inventElement(sequence: Element[], at: number, element: ElementKind, random: Random, instead?: Element): Element {
  const width = (sequence[0] ?? instead ?? [0]).length;
  if (element === 'tokens') {
    const current = instead?.indexOf(1) ?? -1;
    let symbol = random.integer(width);
    if (current >= 0 && width > 1) while (symbol === current) symbol = random.integer(width);
    return Array.from({ length: width }, (_, index) => (index === symbol ? 1 : 0));
  }
  const before = sequence[Math.max(0, at - 1)]?.[0] ?? 0;
  const after = sequence[Math.min(sequence.length - 1, at + (instead ? 1 : 0))]?.[0] ?? before;
  const value = before + random.uniform() * (after - before);
  return element === 'marked-values' ? [value, 0] : [value];
}

// What fills the front when a sequence got shorter: nothing for tokens, else the oldest value repeated (unmarked).
function paddingElement(sequence: Element[], element: ElementKind, width: number): Element {
  if (element === 'tokens') return Array.from({ length: width }, () => 0);
  const first = sequence[0]?.[0] ?? 0;
  return element === 'marked-values' ? [first, 0] : [first];
}

// Back to `length` steps: the oldest unmarked steps go, or padding comes in at the front, so the
// newest steps, which the model answers from, stay where they were.
function restoreLength(sequence: Element[], length: number, element: ElementKind, width: number): Element[] {
  const trimmed = [...sequence];
  for (let index = 0; trimmed.length > length && index < trimmed.length;) {
    if (isMarked(trimmed[index] as Element, element)) index += 1;
    else trimmed.splice(index, 1);
  }
  if (trimmed.length >= length) return trimmed;
  const padding = paddingElement(trimmed, element, width);
  return [...Array.from({ length: length - trimmed.length }, () => [...padding]), ...trimmed];
}

/**
 * One sequence ([timeSteps × features], row-major) augmented as the seed article describes: random
 * insert, delete, replace and swap of elements, truncation with padding, and jitter. The length is
 * always restored at the front. A token string is augmented without its front padding; the adding
 * problem's two marked steps are never dropped or replaced, so the right answer stays the same.
 * Returns a new array; the input is not changed.
 */
export function augmentSequence(
  values: Float32Array,
  features: number,
  element: ElementKind,
  rates: AugmentationRates,
  random: Random,
): Float32Array {
  const length = values.length / features;
  let sequence: Element[] = Array.from({ length }, (_, step) => Array.from(values.subarray(step * features, (step + 1) * features)));
  if (element === 'tokens')
    sequence = sequence.slice(
      Math.max(
        0,
        sequence.findIndex((item) => item.includes(1)),
      ),
    );
  const used = sequence.length;
  const free = (item: Element) => !isMarked(item, element);
  if (rates.cropRate > 0 && random.uniform() < rates.cropRate) {
    const firstMarked = sequence.findIndex((item) => !free(item));
    const cut = 1 + random.integer(Math.floor(used / 2));
    sequence = restoreLength(sequence.slice(firstMarked < 0 ? cut : Math.min(cut, firstMarked)), used, element, features);
  }
  if (rates.deleteRate > 0) {
    sequence = restoreLength(
      sequence.filter((item) => !free(item) || random.uniform() >= rates.deleteRate),
      used,
      element,
      features,
    );
  }
  if (rates.insertRate > 0) {
    const grown: Element[] = [];
    sequence.forEach((item, step) => {
      if (random.uniform() < rates.insertRate) grown.push(inventElement(sequence, step, element, random));
      grown.push(item);
    });
    sequence = restoreLength(grown, used, element, features);
  }
  if (rates.replaceRate > 0) {
    sequence = sequence.map((item, step) =>
      free(item) && random.uniform() < rates.replaceRate ? inventElement(sequence, step, element, random, item) : item,
    );
  }
  if (rates.swapRate > 0) {
    for (let step = 0; step + 1 < sequence.length; step += 1) {
      if (random.uniform() >= rates.swapRate) continue;
      [sequence[step], sequence[step + 1]] = [sequence[step + 1] as Element, sequence[step] as Element];
      step += 1; // a swapped element moves one place only
    }
  }
  if (rates.jitter > 0 && element !== 'tokens') {
    // Markers are not values: only the values get noise.
    for (const item of sequence) item[0] = (item[0] as number) + rates.jitter * random.normal();
  }
  return Float32Array.from(restoreLength(sequence, length, element, features).flat());
}
