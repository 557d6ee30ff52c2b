"""What Keras 3 computes from the project's own weights and batches.

Reads fixtures/inputs.json (written by export-inputs.run.ts) and writes fixtures/keras.json: the
forward pass, the data loss, L1/L2 penalties, gradients, one step of each optimizer with each clip
mode, 20 epochs of Adam and of AdamW, and EarlyStopping on scripted validation losses, including the
restore at the end of a run that its epoch budget ended. src/model/keras-reference.test.ts compares
the project against it. Run with Keras 3 on JAX (requirements.txt):

    python tools/keras-reference/reference.py
"""

import json
import os
from pathlib import Path

os.environ.setdefault("KERAS_BACKEND", "jax")

import jax  # noqa: E402
import keras  # noqa: E402
import numpy as np  # noqa: E402

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures"

# The project's optimizer knobs, in Keras's words: SGD has momentum 0.9, RMSProp no momentum, all
# epsilons 1e-7 (Keras's default too).
LEARNING_RATES = {"adam": 0.01, "rmsprop": 0.01, "sgd": 0.1}
STEP_WEIGHT_DECAY = 0.5
STEP_PENALTY = {"l1": 0.001, "l2": 0.01, "penaliseRecurrent": True}


def make_optimizer(kind, learning_rate, weight_decay=0.0, clip=None):
    options = {"learning_rate": learning_rate}
    if weight_decay > 0:
        options["weight_decay"] = weight_decay
    if clip is not None:
        mode, threshold = clip
        options[{"global": "global_clipnorm", "tensor": "clipnorm", "value": "clipvalue"}[mode]] = threshold
    if kind == "adam":
        return keras.optimizers.Adam(beta_1=0.9, beta_2=0.999, epsilon=1e-7, **options)
    if kind == "rmsprop":
        return keras.optimizers.RMSprop(rho=0.9, momentum=0.0, epsilon=1e-7, **options)
    return keras.optimizers.SGD(momentum=0.9, **options)


def build_model(case, l1=0.0, l2=0.0, penalise_recurrent=True):
    settings = case["settings"]
    regularizer = keras.regularizers.L1L2(l1=l1, l2=l2) if l1 > 0 or l2 > 0 else None
    _, time_steps, features = case["batch"]["shape"]
    model = keras.Sequential([keras.Input((time_steps, features))])
    for layer in range(settings["layers"]):
        model.add(
            keras.layers.LSTM(
                settings["hiddenUnits"],
                return_sequences=layer < settings["layers"] - 1,
                kernel_regularizer=regularizer,
                recurrent_regularizer=regularizer if penalise_recurrent else None,
            )
        )
    model.add(keras.layers.Dense(case["outputs"]))
    model.set_weights([np.array(w["values"], np.float32).reshape(w["shape"]) for w in case["weights"]])
    return model


def loss_function(kind):
    if kind == "regression":
        return keras.losses.MeanSquaredError()
    return keras.losses.SparseCategoricalCrossentropy(from_logits=True)


def batch_of(case):
    inputs = np.array(case["batch"]["inputs"], np.float32).reshape(case["batch"]["shape"])
    targets = np.array(case["batch"]["targets"], np.float32)
    return inputs, targets if case["kind"] == "classification" else targets.reshape(-1, 1)


def objective_and_gradients(model, kind, inputs, targets):
    loss = loss_function(kind)
    non_trainable = [v.value for v in model.non_trainable_variables]

    def objective(trainable):
        outputs, _, penalties = model.stateless_call(trainable, non_trainable, inputs, return_losses=True)
        data = loss(targets, outputs)
        penalty = sum(penalties) if penalties else 0.0
        return data + penalty, (data, penalty, outputs)

    (total, (data, penalty, outputs)), gradients = jax.value_and_grad(objective, has_aux=True)(
        [v.value for v in model.trainable_variables]
    )
    return {
        "outputs": np.asarray(outputs).ravel().tolist(),
        "dataLoss": float(data),
        "penalty": float(penalty),
        "gradients": [np.asarray(g).ravel().tolist() for g in gradients],
    }


def flat_weights(model):
    return [w.ravel().tolist() for w in model.get_weights()]


def model_case(case, with_steps):
    inputs, targets = batch_of(case)
    kind = case["kind"]
    result = objective_and_gradients(build_model(case), kind, inputs, targets)
    result["penalties"] = []
    for l1, l2, penalise_recurrent in [(0.01, 0.0, True), (0.0, 0.01, True), (0.003, 0.02, False)]:
        model = build_model(case, l1, l2, penalise_recurrent)
        penalised = objective_and_gradients(model, kind, inputs, targets)
        result["penalties"].append(
            {"l1": l1, "l2": l2, "penaliseRecurrent": penalise_recurrent, **{k: penalised[k] for k in ("penalty", "gradients")}}
        )
    if not with_steps:
        return result
    # Thresholds that clip some of this step's gradient and leave the rest, so each mode does something.
    step_model = build_model(case, STEP_PENALTY["l1"], STEP_PENALTY["l2"], STEP_PENALTY["penaliseRecurrent"])
    gradients = [np.array(g, np.float32) for g in objective_and_gradients(step_model, kind, inputs, targets)["gradients"]]
    thresholds = {
        "global": float(0.5 * np.sqrt(sum(float(np.sum(g * g)) for g in gradients))),
        "tensor": float(np.median([np.linalg.norm(g) for g in gradients])),
        "value": float(np.median(np.abs(np.concatenate([g.ravel() for g in gradients])))),
    }
    result["stepPenalty"] = STEP_PENALTY
    result["steps"] = []
    for kind_name, learning_rate in LEARNING_RATES.items():
        for weight_decay in (0.0, STEP_WEIGHT_DECAY):
            for clip_mode in ("off", "global", "tensor", "value"):
                model = build_model(case, STEP_PENALTY["l1"], STEP_PENALTY["l2"], STEP_PENALTY["penaliseRecurrent"])
                clip = None if clip_mode == "off" else (clip_mode, thresholds[clip_mode])
                model.compile(optimizer=make_optimizer(kind_name, learning_rate, weight_decay, clip), loss=loss_function(kind))
                model.train_on_batch(inputs, targets)
                result["steps"].append(
                    {
                        "optimizer": kind_name,
                        "learningRate": learning_rate,
                        "weightDecay": weight_decay,
                        "clipMode": clip_mode,
                        "clipThreshold": thresholds.get(clip_mode, 1.0),
                        "weights": flat_weights(model),
                    }
                )
    return result


def training_runs(inputs, regression_case):
    training = inputs["training"]
    settings = inputs["trainingCase"]
    time_steps, features = training["shape"]
    case = {
        "settings": settings,
        "kind": "regression",
        "outputs": 1,
        "batch": {"shape": [0, time_steps, features]},
        "weights": training["weights"],
    }
    validation_inputs = np.array(training["validation"]["inputs"], np.float32).reshape(-1, time_steps, features)
    validation_targets = np.array(training["validation"]["targets"], np.float32).reshape(-1, 1)
    runs = {}
    for name, weight_decay in (("adam", 0.0), ("adamw", settings["adamWeightDecay"])):
        model = build_model(case)
        if weight_decay > 0:
            optimizer = keras.optimizers.AdamW(learning_rate=settings["learningRate"], weight_decay=weight_decay, epsilon=1e-7)
        else:
            optimizer = make_optimizer("adam", settings["learningRate"])
        model.compile(optimizer=optimizer, loss="mse")
        train_losses, val_losses = [], []
        for batches in training["epochs"]:
            losses = []
            for batch in batches:
                x = np.array(batch["inputs"], np.float32).reshape(-1, time_steps, features)
                y = np.array(batch["targets"], np.float32).reshape(-1, 1)
                losses.append(float(model.train_on_batch(x, y)))
            train_losses.append(float(np.mean(losses)))
            predictions = np.asarray(model(validation_inputs))
            val_losses.append(float(np.mean((predictions - validation_targets) ** 2)))
        runs[name] = {"weightDecay": weight_decay, "trainLoss": train_losses, "valLoss": val_losses, "weights": flat_weights(model)}
    return runs


def early_stopping_sequences(count=400):
    """Scripted validation losses through Keras's own EarlyStopping, one or two fits each."""
    random = np.random.default_rng(2026)
    model = keras.Sequential([keras.Input((1,)), keras.layers.Dense(1)])
    sequences = []
    for index in range(count):
        length = int(random.integers(5, 60))
        shape = random.choice(["walk", "valley", "flat"])
        steps = np.arange(length)
        if shape == "walk":
            values = 1 + np.cumsum(random.normal(0, 0.05, length))
        elif shape == "valley":
            turn = random.integers(1, length)
            values = 0.5 + 0.002 * (steps - turn) ** 2 + random.normal(0, 0.02, length)
        else:
            values = np.full(length, 0.3) + random.normal(0, 0.001, length)
        # Rounding makes ties, where "below the best by more than min delta" matters.
        values = np.round(values, int(random.integers(2, 4))).tolist()
        patience = int(random.integers(1, 12))
        min_delta = float(random.choice([0.0, 0.0, 0.001, 0.01, 0.05]))
        # A second fit continues from where the first ended when the sequence says so (Train after a stop).
        second_fit = bool(index % 3 == 0)
        callback = keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience, min_delta=min_delta, restore_best_weights=True)
        callback.set_model(model)
        fits = []
        epoch = 0
        budget = length if not second_fit else int(random.integers(1, length + 1))
        while epoch < length:
            start = epoch
            callback.on_train_begin()
            model.stop_training = False
            while epoch < budget:
                model.set_weights([np.full((1, 1), epoch, np.float32), np.zeros(1, np.float32)])
                callback.on_epoch_end(epoch, {"val_loss": values[epoch]})
                epoch += 1
                if model.stop_training:
                    break
            callback.on_train_end()
            restored = int(round(float(model.get_weights()[0][0, 0])))
            fits.append(
                {
                    "startEpoch": start + 1,
                    "budgetEpoch": budget,
                    "stoppedEarly": bool(model.stop_training),
                    "lastEpoch": epoch,
                    "bestEpoch": callback.best_epoch + 1,
                    "restoredEpoch": restored + 1,
                }
            )
            if not second_fit:
                break
            budget = length
        sequences.append({"values": values, "patience": patience, "minDelta": min_delta, "fits": fits})
    return sequences


def main():
    inputs = json.loads((FIXTURES / "inputs.json").read_text())
    output = {
        "note": "Written by tools/keras-reference/reference.py from inputs.json. Do not edit by hand.",
        "keras": keras.__version__,
        "jax": jax.__version__,
        "backend": keras.backend.backend(),
        "regression": model_case(inputs["regression"], with_steps=True),
        "classification": model_case(inputs["classification"], with_steps=False),
        "training": training_runs(inputs, inputs["regression"]),
        "earlyStopping": early_stopping_sequences(),
    }
    (FIXTURES / "keras.json").write_text(json.dumps(output) + "\n")
    print("wrote", FIXTURES / "keras.json")


if __name__ == "__main__":
    main()
