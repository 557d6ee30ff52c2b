/** The sizes that fix an LSTM training step's arithmetic. */
export interface LstmStepShape {
  batchSize: number;
  timeSteps: number;
  features: number;
  hiddenUnits: number;
  /** Width of the dense head's output. */
  outputs: number;
}

/**
 * Matrix-multiply FLOPs of one forward pass (a multiply-add counts 2): the four gates of every time step,
 * [x_t, h_{t-1}] (F + H wide) times a [F + H, 4H] matrix, 2·B·T·(F + H)·4H, plus the dense head on h_T,
 * 2·B·H·outputs. Element-wise work (activations, gate products, loss, Adam) is left out.
 */
function forwardFlops(shape: LstmStepShape): number {
  const { batchSize, timeSteps, features, hiddenUnits, outputs } = shape;
  return 2 * batchSize * timeSteps * (features + hiddenUnits) * 4 * hiddenUnits + 2 * batchSize * hiddenUnits * outputs;
}

/**
 * Matrix-multiply FLOPs of one training step: the forward pass plus a backward pass counted as twice the
 * forward (each matMul's gradient needs one matMul for its input and one for its weights), so 3 × forward.
 */
export function trainingStepFlops(shape: LstmStepShape): number {
  return 3 * forwardFlops(shape);
}

/** FLOPs of one n×n by n×n matMul. */
export function squareMatMulFlops(size: number): number {
  return 2 * size ** 3;
}
