// The page's augmentation (src/data/augment.ts) ported to Python: the same operations in the same
// order, each sequence augmented afresh every epoch; only the random draws differ.

/** The Python source of `augment(sequence, rng)` and `augment_batch(inputs, targets, rng)`. */
export const pythonAugmentSource = `def is_marked(item):
    """A marked step of the adding problem holds half the answer: no operation may drop or change it."""
    return ELEMENT == "marked-values" and item[1] == 1


def invent(sequence, at, rng, instead=None):
    """A new element: a token other than \`instead\`, or a value between the neighbours of position \`at\`."""
    width = len(sequence[0]) if sequence else len(instead)
    if ELEMENT == "tokens":
        current = int(np.argmax(instead)) if instead is not None and max(instead) == 1 else -1
        symbol = rng.integers(width)
        while current >= 0 and width > 1 and symbol == current:
            symbol = rng.integers(width)
        return [1.0 if index == symbol else 0.0 for index in range(width)]
    before = sequence[max(0, at - 1)][0]
    after = sequence[min(len(sequence) - 1, at + (1 if instead is not None else 0))][0]
    value = before + rng.uniform() * (after - before)
    return [value, 0.0] if ELEMENT == "marked-values" else [value]


def restore_length(sequence, length, width):
    """Back to \`length\` steps: the oldest unmarked steps go, or padding comes in at the front."""
    trimmed = list(sequence)
    index = 0
    while len(trimmed) > length and index < len(trimmed):
        if is_marked(trimmed[index]):
            index += 1
        else:
            del trimmed[index]
    if len(trimmed) >= length:
        return trimmed
    if ELEMENT == "tokens":
        padding = [0.0] * width
    else:
        first = trimmed[0][0] if trimmed else 0.0
        padding = [first, 0.0] if ELEMENT == "marked-values" else [first]
    return [list(padding) for _ in range(length - len(trimmed))] + trimmed


def augment(values, rng):
    """One sequence [time steps, features] augmented: truncate/pad, delete, insert, replace, swap, jitter."""
    length, width = values.shape
    sequence = [list(map(float, row)) for row in values]
    if ELEMENT == "tokens":
        # A token string is augmented without its front padding.
        first = next((index for index, row in enumerate(sequence) if max(row) == 1), 0)
        sequence = sequence[first:]
    used = len(sequence)
    if CROP_RATE > 0 and rng.uniform() < CROP_RATE:
        marked = [index for index, item in enumerate(sequence) if is_marked(item)]
        cut = 1 + rng.integers(used // 2) if used // 2 > 0 else 1
        sequence = restore_length(sequence[min(cut, marked[0]) if marked else cut :], used, width)
    if DELETE_RATE > 0:
        sequence = restore_length([item for item in sequence if is_marked(item) or rng.uniform() >= DELETE_RATE], used, width)
    if INSERT_RATE > 0:
        grown = []
        for step, item in enumerate(sequence):
            if rng.uniform() < INSERT_RATE:
                grown.append(invent(sequence, step, rng))
            grown.append(item)
        sequence = restore_length(grown, used, width)
    if REPLACE_RATE > 0:
        sequence = [
            invent(sequence, step, rng, item) if not is_marked(item) and rng.uniform() < REPLACE_RATE else item
            for step, item in enumerate(sequence)
        ]
    if SWAP_RATE > 0:
        step = 0
        while step + 1 < len(sequence):
            if rng.uniform() < SWAP_RATE:
                sequence[step], sequence[step + 1] = sequence[step + 1], sequence[step]
                step += 1  # a swapped element moves one place only
            step += 1
    if JITTER > 0 and ELEMENT != "tokens":
        for item in sequence:
            item[0] += JITTER * rng.normal()
    return np.array(restore_length(sequence, length, width), "float32")


def augment_batch(inputs, targets, rng):
    """This epoch's version of a training batch; validation data is never augmented."""
    augmented = np.stack([augment(sequence, rng) for sequence in inputs])
    if ELEMENT == "tokens":
        # The grammar labels an augmented string (the page also keeps the flips its label noise made).
        targets = np.array([label_of(sequence) for sequence in augmented], "float32")
    return augmented, targets
`;
