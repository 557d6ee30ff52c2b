import type { TaskName } from '../settings/schema';

// Each task's generator, ported from src/data/*.ts line by line; numpy draws the numbers, so the data
// follows the same process as the page's but is not the same draw. Every function returns
// (inputs [samples, time steps, features], targets [samples]) for training and validation.

const sines = `def make_data(rng):
    """Forecast the next value of a noisy sum of three sines (src/data/sines.ts)."""
    amplitudes = 0.3 + 0.7 * rng.uniform(size=3)
    amplitudes /= amplitudes.sum()
    frequencies = 0.01 + 0.09 * rng.uniform(size=3)  # cycles per time step
    phases = 2 * np.pi * rng.uniform(size=3)

    def signal(times):
        return np.sum(amplitudes * np.sin(2 * np.pi * frequencies * times[..., None] + phases), axis=-1)

    def draw(samples):
        starts = rng.uniform(size=samples) * 10_000
        times = starts[:, None] + np.arange(WINDOW_LENGTH + 1)
        clean = signal(times)
        observed = clean + NOISE * rng.normal(size=clean.shape)
        return observed[:, :-1, None].astype("float32"), observed[:, -1].astype("float32")

    return draw(TRAINING_SAMPLES), draw(VALIDATION_SAMPLES)
`;

const adding = `def make_data(rng):
    """The adding problem (Hochreiter & Schmidhuber 1997; src/data/adding.ts): each step holds a value
    in [0, 1] and a marker; two steps are marked, one in each half; the target is the sum of their values."""
    half = WINDOW_LENGTH // 2

    def draw(samples):
        inputs = np.zeros((samples, WINDOW_LENGTH, 2), "float32")
        inputs[:, :, 0] = rng.uniform(size=(samples, WINDOW_LENGTH))
        first = rng.integers(0, half, size=samples)
        second = half + rng.integers(0, WINDOW_LENGTH - half, size=samples)
        rows = np.arange(samples)
        inputs[rows, first, 1] = 1
        inputs[rows, second, 1] = 1
        targets = inputs[rows, first, 0] + inputs[rows, second, 0] + NOISE * rng.normal(size=samples)
        return inputs, targets.astype("float32")

    return draw(TRAINING_SAMPLES), draw(VALIDATION_SAMPLES)
`;

const reber = `VOCABULARY = "BTPSXVE"
# The Reber grammar as a graph: from each state, two equally likely (symbol, next state) moves; -1 ends.
TRANSITIONS = [[("T", 1), ("P", 2)], [("S", 1), ("X", 3)], [("T", 2), ("V", 4)], [("X", 2), ("S", -1)], [("P", 3), ("V", -1)]]


def reber_string(rng):
    text, state = "B", 0
    while state != -1:
        symbol, state = TRANSITIONS[state][rng.integers(2)]
        text += symbol
    return text + "E"


def embedded_reber_string(rng):
    embedded = "T" if rng.uniform() < 0.5 else "P"
    return f"B{embedded}{reber_string(rng)}{embedded}E"


def follows_grammar(text):
    if len(text) < 9 or text[0] != "B" or text[-1] != "E" or text[1] not in "TP" or text[-2] != text[1]:
        return False
    inner = text[2:-2]
    if inner[:1] != "B" or inner[-1:] != "E":
        return False
    state = 0
    for symbol in inner[1:-1]:
        if state == -1:
            return False
        moves = [move for move in TRANSITIONS[state] if move[0] == symbol]
        if not moves:
            return False
        state = moves[0][1]
    return state == -1


def corrupted_string(rng, max_length):
    """One symbol away from the grammar; half the time the closing T/P no longer matches the opening one."""
    while True:
        text = embedded_reber_string(rng)
        if len(text) > max_length:
            continue
        if rng.uniform() < 0.5:
            corrupted = text[:-2] + ("P" if text[-2] == "T" else "T") + "E"
        else:
            position = 2 + rng.integers(len(text) - 4)
            others = [symbol for symbol in "TPSXV" if symbol != text[position]]
            corrupted = text[:position] + others[rng.integers(len(others))] + text[position + 1 :]
        if not follows_grammar(corrupted):
            return corrupted


def one_hot(text, length):
    """One-hot symbols, padded at the front so every string ends on the last step."""
    sequence = np.zeros((length, len(VOCABULARY)), "float32")
    for index, symbol in enumerate(text):
        sequence[length - len(text) + index, VOCABULARY.index(symbol)] = 1
    return sequence


def decode(sequence):
    return "".join(VOCABULARY[row.argmax()] for row in sequence if row.max() == 1)


def label_of(sequence):
    """The grammar's verdict on a (possibly augmented) one-hot string: 1 grammatical, 0 not."""
    return 1.0 if follows_grammar(decode(sequence)) else 0.0


def make_data(rng):
    """Embedded Reber strings (class 1) versus strings one symbol away (class 0); src/data/reber.ts."""
    length = max(WINDOW_LENGTH, 12)
    label_flip = NOISE / 2

    def draw(samples):
        inputs, targets = [], []
        for _ in range(samples):
            valid = rng.uniform() < 0.5
            if valid:
                text = embedded_reber_string(rng)
                while len(text) > length:
                    text = embedded_reber_string(rng)
            else:
                text = corrupted_string(rng, length)
            inputs.append(one_hot(text, length))
            label = 1.0 if valid else 0.0
            targets.append(1 - label if rng.uniform() < label_flip else label)
        return np.stack(inputs), np.array(targets, "float32")

    return draw(TRAINING_SAMPLES), draw(VALIDATION_SAMPLES)
`;

const series = `def make_data(rng):
    """Your series (src/data/series.ts): windows of past values forecast the next one; the first 80 %
    trains, the rest validates (split by time), standardised with the training part."""
    values = SERIES.astype("float64")
    window = min(WINDOW_LENGTH, int(len(values) * 0.8) - 8)
    split = int(len(values) * 0.8)
    mean, spread = values[:split].mean(), values[:split].std()
    scaled = (values - mean) / (spread if spread > 0 else 1)

    def windows(first, last, count):
        targets = np.sort(rng.permutation(np.arange(first, last))[: min(count, max(0, last - first))])
        inputs = np.stack([scaled[target - window : target] for target in targets])[:, :, None]
        return inputs.astype("float32"), scaled[targets].astype("float32")

    return windows(window, split, TRAINING_SAMPLES), windows(split, len(values), VALIDATION_SAMPLES)
`;

/** The Python source of a task's `make_data(rng)`. */
export const pythonTaskSource: Record<TaskName, string> = { sines, adding, reber, series };
