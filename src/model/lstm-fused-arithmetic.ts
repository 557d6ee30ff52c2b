// The element-wise arithmetic of one LSTM time step, forward and backward, on plain Float32Arrays. The
// fused kernels (lstm-fused-kernels.ts) run it in one call per step on the wasm and cpu backends, where
// the same work as tfjs ops takes about 25 kernels per step forward and backward, each costing more in
// bookkeeping than in arithmetic (FINDINGS: ~18 µs per kernel against ~1 µs of work at 32 units).
//
// Layouts, all row-major, batch-major (b = sample, u = unit, k = gate in Keras order i, f, C̃, o):
// - augmented input [G·B, A], A = F + H + 1: row g·B + b is [x_t ⊙ m^x_g; h_{t-1} ⊙ m^h_g; 1] for gate copy g.
//   G = 1 when every gate sees the same masks (one matMul with [W_x; W_h; b] gives all four gates), G = 4 when
//   each gate has its own (Keras with recurrent dropout): then gate k is read from row block k.
// - pre-activations z [G·B, 4H] = augmented input · [W_x; W_h; b]; the forward kernel reads σ(z).
// - record [8, B, H]: planes i, f, C̃, o, C_{t-1}, C_t, tanh C_t, h_t.
// - masks [Gm, B, width], Gm = 1 (shared by the gates) or 4 (one per gate); absent means all ones.

/** The sizes every step function needs. */
export interface StepSizes {
  batch: number;
  units: number;
  /** Width of the layer's input x_t. */
  features: number;
  /** 1: the gates share one augmented input; 4: one per gate (per-gate dropout masks). */
  gateCopies: number;
}

/** Where x_t (forward) or ∂L/∂h_t from above (backward) sits in a larger array: element (b, j) at offset + b·rowStride + j. */
export interface StridedSource {
  values: Float32Array;
  offset: number;
  rowStride: number;
}

/** The dropout masks of one layer as flat arrays with their gate-copy counts. */
export interface FlatMasks {
  input?: Float32Array;
  inputCopies: number;
  recurrent?: Float32Array;
  recurrentCopies: number;
}

/** Planes of a step record, in order. */
export const recordPlanes = 8;
const [inputPlane, forgetPlane, candidatePlane, outputPlane, previousCellPlane, cellPlane, cellTanhPlane, hiddenPlane] = [
  0, 1, 2, 3, 4, 5, 6, 7,
];

/** Index of plane h_t inside a record, for reading a layer's output as the next layer's input. */
export const hiddenPlaneIndex = hiddenPlane;

// The mask value for gate copy g, sample b, column j (1 without a mask).
function maskAt(mask: Float32Array | undefined, copies: number, g: number, b: number, j: number, batch: number, width: number): number {
  return mask ? (mask[((copies === 1 ? 0 : g) * batch + b) * width + j] as number) : 1;
}

/** Writes [x ⊙ m^x_g; h ⊙ m^h_g; 1] for every gate copy g into `augmented` ([G·B, A]); `hidden` absent means h = 0. */
export function writeAugmentedInput(
  sizes: StepSizes,
  source: StridedSource,
  hidden: StridedSource | undefined,
  masks: FlatMasks,
  augmented: Float32Array,
): void {
  const { batch, units, features, gateCopies } = sizes;
  const width = features + units + 1;
  for (let g = 0; g < gateCopies; g += 1) {
    for (let b = 0; b < batch; b += 1) {
      const row = (g * batch + b) * width;
      const inputRow = source.offset + b * source.rowStride;
      for (let f = 0; f < features; f += 1) {
        augmented[row + f] = (source.values[inputRow + f] as number) * maskAt(masks.input, masks.inputCopies, g, b, f, batch, features);
      }
      for (let u = 0; u < units; u += 1) {
        const value = hidden ? (hidden.values[hidden.offset + b * hidden.rowStride + u] as number) : 0;
        augmented[row + features + u] = value * maskAt(masks.recurrent, masks.recurrentCopies, g, b, u, batch, units);
      }
      augmented[row + width - 1] = 1;
    }
  }
}

/**
 * The gate equations for one step, from σ(z) of every pre-activation (one vectorised sigmoid kernel per step,
 * XNNPACK on wasm, instead of five scalar transcendental functions per unit here) and C_{t-1} (absent:
 * zeros), into a record:
 *   i = σ(z_i), f = σ(z_f), C̃ = tanh(z_C̃), o = σ(z_o), C_t = f·C_{t-1} + i·C̃, h_t = o·tanh(C_t).
 * tanh z = 2σ(2z) − 1 and σ(2z) = s² / (s² + (1 − s)²) with s = σ(z), so tanh z = (2s − 1) / (s² + (1 − s)²),
 * exact at both saturations; tanh C_t = 2 / (1 + e^(−2C)) − 1 (Math.exp is about twice as fast as Math.tanh in V8).
 */
export function forwardStep(
  sizes: StepSizes,
  activations: Float32Array,
  previousRecord: Float32Array | undefined,
  record: Float32Array,
): void {
  const { batch, units, gateCopies } = sizes;
  const plane = batch * units;
  // Row offsets of each gate's block for one sample: gate k reads row block k when every gate has its own copy.
  const gateRow = (gate: number, b: number) => ((gateCopies === 1 ? 0 : gate) * batch + b) * 4 * units + gate * units;
  for (let b = 0; b < batch; b += 1) {
    const [inputRow, forgetRow, candidateRow, outputRow] = [gateRow(0, b), gateRow(1, b), gateRow(2, b), gateRow(3, b)];
    for (let u = 0; u < units; u += 1) {
      const at = b * units + u;
      const inputGate = activations[inputRow + u] as number;
      const forgetGate = activations[forgetRow + u] as number;
      const candidateSigmoid = activations[candidateRow + u] as number;
      const candidate =
        (2 * candidateSigmoid - 1) / (candidateSigmoid * candidateSigmoid + (1 - candidateSigmoid) * (1 - candidateSigmoid));
      const outputGate = activations[outputRow + u] as number;
      const previousCell = previousRecord ? (previousRecord[cellPlane * plane + at] as number) : 0;
      const cell = forgetGate * previousCell + inputGate * candidate;
      const cellTanh = 2 / (1 + Math.exp(-2 * cell)) - 1;
      record[inputPlane * plane + at] = inputGate;
      record[forgetPlane * plane + at] = forgetGate;
      record[candidatePlane * plane + at] = candidate;
      record[outputPlane * plane + at] = outputGate;
      record[previousCellPlane * plane + at] = previousCell;
      record[cellPlane * plane + at] = cell;
      record[cellTanhPlane * plane + at] = cellTanh;
      record[hiddenPlane * plane + at] = outputGate * cellTanh;
    }
  }
}

/**
 * ∂L/∂x for one step from ∂L/∂(augmented input) ([G·B, A]): the x columns of every gate copy, masked as the
 * forward pass masked them, summed over the copies. Written to `inputGradient` [B, F].
 */
export function inputGradientStep(sizes: StepSizes, augmentedGradient: Float32Array, masks: FlatMasks, inputGradient: Float32Array): void {
  const { batch, units, features, gateCopies } = sizes;
  const width = features + units + 1;
  for (let b = 0; b < batch; b += 1) {
    for (let f = 0; f < features; f += 1) {
      let sum = 0;
      for (let g = 0; g < gateCopies; g += 1) {
        sum +=
          (augmentedGradient[(g * batch + b) * width + f] as number) * maskAt(masks.input, masks.inputCopies, g, b, f, batch, features);
      }
      inputGradient[b * features + f] = sum;
    }
  }
}

/** What one backward step reads besides the record. */
export interface BackwardInputs {
  /** ∂L/∂(augmented input of step t + 1), [G·B, A]; absent at the last step. */
  nextAugmentedGradient?: Float32Array;
  /** ∂L/∂h_t from outside the recurrence (the layer above, or the loss); absent when none reaches this step. */
  above?: StridedSource;
  /** ∂L/∂C_t through C_{t+1}, i.e. ∂L/∂C_{t+1} · f_{t+1}; absent at the last step. */
  cellCarry?: Float32Array;
}

/**
 * Backpropagation through one time step, with σ' = σ(1 − σ) and tanh' = 1 − tanh² written with the saved
 * activations:
 *   ∂h_t = ∂h from above + Σ_g (∂aug_{t+1})_{h columns, copy g} ⊙ m^h_g
 *   ∂C_t = carry + ∂h_t · o · (1 − tanh² C_t)
 *   ∂z_i = ∂C_t · C̃ · i(1 − i),  ∂z_f = ∂C_t · C_{t-1} · f(1 − f),  ∂z_C̃ = ∂C_t · i · (1 − C̃²),  ∂z_o = ∂h_t · tanh C_t · o(1 − o)
 * Writes ∂z into `gateGradient` ([G·B, 4H]; with G = 4 gate k goes to row block k, the other blocks are 0, so
 * one matMul by [W_x; W_h; b]ᵀ gives every copy's ∂aug) and the carry ∂C_t · f_t into `cellCarry` [B, H].
 */
export function backwardStep(
  sizes: StepSizes,
  record: Float32Array,
  inputs: BackwardInputs,
  masks: FlatMasks,
  gateGradient: Float32Array,
  cellCarry: Float32Array,
): void {
  const { batch, units, features, gateCopies } = sizes;
  const plane = batch * units;
  const width = features + units + 1;
  const { nextAugmentedGradient, above, cellCarry: carryIn } = inputs;
  if (gateCopies > 1) gateGradient.fill(0);
  const gateRow = (gate: number, b: number) => ((gateCopies === 1 ? 0 : gate) * batch + b) * 4 * units + gate * units;
  for (let b = 0; b < batch; b += 1) {
    const [inputRow, forgetRow, candidateRow, outputRow] = [gateRow(0, b), gateRow(1, b), gateRow(2, b), gateRow(3, b)];
    for (let u = 0; u < units; u += 1) {
      const at = b * units + u;
      let hidden = above ? (above.values[above.offset + b * above.rowStride + u] as number) : 0;
      if (nextAugmentedGradient) {
        for (let g = 0; g < gateCopies; g += 1) {
          hidden +=
            (nextAugmentedGradient[(g * batch + b) * width + features + u] as number) *
            maskAt(masks.recurrent, masks.recurrentCopies, g, b, u, batch, units);
        }
      }
      const inputGate = record[inputPlane * plane + at] as number;
      const forgetGate = record[forgetPlane * plane + at] as number;
      const candidate = record[candidatePlane * plane + at] as number;
      const outputGate = record[outputPlane * plane + at] as number;
      const cellTanh = record[cellTanhPlane * plane + at] as number;
      const cell = (carryIn ? (carryIn[at] as number) : 0) + hidden * outputGate * (1 - cellTanh * cellTanh);
      gateGradient[inputRow + u] = cell * candidate * inputGate * (1 - inputGate);
      gateGradient[forgetRow + u] = cell * (record[previousCellPlane * plane + at] as number) * forgetGate * (1 - forgetGate);
      gateGradient[candidateRow + u] = cell * inputGate * (1 - candidate * candidate);
      gateGradient[outputRow + u] = hidden * cellTanh * outputGate * (1 - outputGate);
      cellCarry[at] = cell * forgetGate;
    }
  }
}
