import * as tf from '@tensorflow/tfjs-core';
import type { MathBackendCPU } from '@tensorflow/tfjs-backend-cpu';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import {
  backwardStep,
  forwardStep,
  hiddenPlaneIndex,
  inputGradientStep,
  recordPlanes,
  writeAugmentedInput,
  type FlatMasks,
  type StepSizes,
} from './lstm-fused-arithmetic';

// Registered tfjs kernels that run one LSTM time step's element-wise work in one call (see
// lstm-fused-arithmetic.ts for the arithmetic and layouts). The matrix products stay tfjs matMuls (XNNPACK
// on wasm). Only wasm and cpu get them: their tensors live in memory JavaScript can read in place. They
// have no gradients of their own: the hand-derived backward pass (lstm-fused.ts) calls the backward kernel.

/** The backends the fused kernels are registered for. */
export const fusedBackends = ['wasm', 'cpu'] as const;

/** Kernel names; unique to this project so they cannot clash with tfjs's own. */
export const fusedKernelNames = {
  firstInput: 'OverfittingLstmFirstInput',
  forward: 'OverfittingLstmForwardStep',
  backward: 'OverfittingLstmBackwardStep',
  inputGradient: 'OverfittingLstmInputGradient',
} as const;

/** Attributes every fused kernel takes: the step's sizes, and where a strided source's rows start. */
export type FusedAttrs = StepSizes & { sourceOffset: number; sourceRowStride: number; emitHidden: boolean };

type Inputs = Record<string, Float32Array | undefined>;

/** One fused kernel, independent of the backend: its output shapes, and the arithmetic on flat arrays. */
interface FusedKernel {
  name: string;
  outputShapes(present: (name: string) => boolean, attrs: FusedAttrs): number[][];
  run(inputs: Inputs, outputs: Float32Array[], attrs: FusedAttrs): void;
}

function flatMasks(inputs: Inputs, { batch, units, features }: StepSizes): FlatMasks {
  const { inputMask, recurrentMask } = inputs;
  return {
    input: inputMask,
    inputCopies: inputMask ? inputMask.length / (batch * features) : 1,
    recurrent: recurrentMask,
    recurrentCopies: recurrentMask ? recurrentMask.length / (batch * units) : 1,
  };
}

const augmentedShape = ({ batch, units, features, gateCopies }: StepSizes) => [gateCopies * batch, features + units + 1];

const kernels: FusedKernel[] = [
  {
    // [x_0 ⊙ m^x_g; 0; 1] for the first step, whose h_{-1} is zero.
    name: fusedKernelNames.firstInput,
    outputShapes: (_, attrs) => [augmentedShape(attrs)],
    run(inputs, [augmented], attrs) {
      const source = { values: inputs.source as Float32Array, offset: attrs.sourceOffset, rowStride: attrs.sourceRowStride };
      writeAugmentedInput(attrs, source, undefined, flatMasks(inputs, attrs), augmented as Float32Array);
    },
  },
  {
    // The gate equations; then, when the next x is given, the next step's augmented input; h_t on request.
    name: fusedKernelNames.forward,
    outputShapes: (present, attrs) => [
      [recordPlanes, attrs.batch, attrs.units],
      ...(present('nextSource') ? [augmentedShape(attrs)] : []),
      ...(attrs.emitHidden ? [[attrs.batch, attrs.units]] : []),
    ],
    run(inputs, outputs, attrs) {
      const record = outputs[0] as Float32Array;
      forwardStep(attrs, inputs.activations as Float32Array, inputs.previousRecord, record);
      const plane = attrs.batch * attrs.units;
      let next = 1;
      if (inputs.nextSource) {
        const source = { values: inputs.nextSource, offset: attrs.sourceOffset, rowStride: attrs.sourceRowStride };
        const hidden = { values: record, offset: hiddenPlaneIndex * plane, rowStride: attrs.units };
        writeAugmentedInput(attrs, source, hidden, flatMasks(inputs, attrs), outputs[next] as Float32Array);
        next += 1;
      }
      if (attrs.emitHidden) (outputs[next] as Float32Array).set(record.subarray(hiddenPlaneIndex * plane, (hiddenPlaneIndex + 1) * plane));
    },
  },
  {
    // ∂z for the step and the cell carry; with the next step's ∂aug also ∂x of the next step.
    name: fusedKernelNames.backward,
    outputShapes: (present, attrs) => [
      [attrs.gateCopies * attrs.batch, 4 * attrs.units],
      [attrs.batch, attrs.units],
      ...(present('nextAugmentedGradient') ? [[attrs.batch, attrs.features]] : []),
    ],
    run(inputs, [gateGradient, cellCarry, nextInputGradient], attrs) {
      const masks = flatMasks(inputs, attrs);
      const above = inputs.above ? { values: inputs.above, offset: attrs.sourceOffset, rowStride: attrs.sourceRowStride } : undefined;
      const stepInputs = {
        ...(inputs.nextAugmentedGradient ? { nextAugmentedGradient: inputs.nextAugmentedGradient } : {}),
        ...(above ? { above } : {}),
        ...(inputs.cellCarry ? { cellCarry: inputs.cellCarry } : {}),
      };
      backwardStep(attrs, inputs.record as Float32Array, stepInputs, masks, gateGradient as Float32Array, cellCarry as Float32Array);
      if (inputs.nextAugmentedGradient && nextInputGradient)
        inputGradientStep(attrs, inputs.nextAugmentedGradient, masks, nextInputGradient);
    },
  },
  {
    // ∂x of the first step, from its ∂aug.
    name: fusedKernelNames.inputGradient,
    outputShapes: (_, attrs) => [[attrs.batch, attrs.features]],
    run(inputs, [inputGradient], attrs) {
      inputGradientStep(attrs, inputs.augmentedGradient as Float32Array, flatMasks(inputs, attrs), inputGradient as Float32Array);
    },
  },
];

function asAttrs(attrs: tf.NamedAttrMap | undefined): FusedAttrs {
  return attrs as unknown as FusedAttrs;
}

// wasm: outputs are allocated on the module's heap first, because an allocation may grow the heap and
// detach every view taken before it; then inputs and outputs are read and written in place.
function wasmKernelFunc(kernel: FusedKernel): tf.KernelFunc {
  return ({ inputs, attrs, backend }) => {
    const wasm = backend as BackendWasm;
    const fused = asAttrs(attrs);
    const outputs = kernel.outputShapes((name) => inputs[name] !== undefined, fused).map((shape) => wasm.makeOutput(shape, 'float32'));
    const views: Inputs = Object.fromEntries(
      Object.entries(inputs).map(([name, info]) => [name, info ? (wasm.typedArrayFromHeap(info) as Float32Array) : undefined]),
    );
    kernel.run(
      views,
      outputs.map((output) => wasm.typedArrayFromHeap(output) as Float32Array),
      fused,
    );
    return outputs;
  };
}

// cpu: tensors are JavaScript typed arrays already.
function cpuKernelFunc(kernel: FusedKernel): tf.KernelFunc {
  return ({ inputs, attrs, backend }) => {
    const cpu = backend as MathBackendCPU;
    const fused = asAttrs(attrs);
    const shapes = kernel.outputShapes((name) => inputs[name] !== undefined, fused);
    const values = shapes.map((shape) => new Float32Array(tf.util.sizeFromShape(shape)));
    const views: Inputs = Object.fromEntries(
      Object.entries(inputs).map(([name, info]) => [name, info ? (cpu.data.get(info.dataId)?.values as Float32Array) : undefined]),
    );
    kernel.run(views, values, fused);
    return shapes.map((shape, index) => cpu.makeTensorInfo(shape, 'float32', values[index]));
  };
}

/** Registers the fused kernels for wasm and cpu (once; later calls do nothing). */
export function registerFusedKernels(): void {
  for (const kernel of kernels) {
    if (!tf.getKernel(kernel.name, 'wasm'))
      tf.registerKernel({ kernelName: kernel.name, backendName: 'wasm', kernelFunc: wasmKernelFunc(kernel) });
    if (!tf.getKernel(kernel.name, 'cpu'))
      tf.registerKernel({ kernelName: kernel.name, backendName: 'cpu', kernelFunc: cpuKernelFunc(kernel) });
  }
}

/** Whether the active backend runs the fused kernels. */
export function fusedKernelsAvailable(): boolean {
  return (fusedBackends as readonly string[]).includes(tf.getBackend());
}
