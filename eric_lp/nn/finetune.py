"""Faithful by training: fine-tune a model so that each LEP kernel fires for one class.

ERIC reads a kernel as on or off; a kernel that is half-on for every class
makes a poor literal.  `finetune_model` adds to the cross-entropy a
class-specific sparsity term on the LEP's kernel activations (the l1 norms of
the map ERIC quantises): each kernel is assigned to one class
(`assign_kernels`), and each image pays for the share of its activation mass
that lies outside its class's kernels.  A warm-up of the strength, early
stopping on validation accuracy and the restoring of the best epoch's weights
keep M's accuracy (`Schedule`); an optional distillation term (`Schedule.distill`)
pulls M' towards M's own soft answers.

Which epoch is kept: with a `scorer` (the pipeline passes one that runs the
extraction recipe after every epoch: quantise and learn on the training split,
score on validation), the epoch whose program is most faithful on validation
among those within the accuracy tolerance and, given ``max_size``, within that
program size (`select_epoch`); without one, the epoch of the lowest
out-of-class share, a proxy.  This module cannot import the recipe (it lives
upstream, in `eric_lp.pipeline`), hence the callback.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

import numpy as np

from ..core.scoring import SPLITS
from ..errors import DataError, ModelError
from .keras import import_keras
from .preprocess import prepare
from .quantise.forward import norm_model

__all__ = ["Schedule", "Tuned", "assign_kernels", "out_of_class_share", "select_epoch", "finetune_model",
           "evaluate", "split_report", "DEFAULT_SCHEDULE"]


#: The most milder retries `--backoff` may ask for: the last runs at 1/64 of the strength.  Each retry
#: is a whole fine-tuning run, and far below that the term hardly acts: the run would be M's training again.
MAX_BACKOFF = 6


@dataclass(frozen=True)
class Schedule:
    """How fine-tuning runs.

    strength: weight of the sparsity term, ramped up linearly: epoch e
    (1-based) uses strength * min(1, e / (warmup + 1)); lr: Adam's
    learning rate; tolerance: points of validation accuracy an epoch may lose
    against the starting model and still be chosen; patience: epochs in a row
    below that before training stops; max_size: with a program scorer, only
    epochs whose program has at most this many antecedents are kept (None: any
    size); distill: weight a in [0, 1) of the distillation term, the loss being
    (1 - a) * cross-entropy with the labels + a * cross-entropy with M's own
    class probabilities (0: labels only); backoff: where no fine-tuned epoch is
    within the tolerance, retry from the starting model at half the strength,
    then half that, up to this many times, so that a model the full strength
    moves too far still gets a milder M' rather than none.
    """

    epochs: int = 10
    strength: float = 10.0
    warmup: int = 3
    lr: float = 2e-4
    batch_size: int = 64
    tolerance: float = 0.5
    patience: int = 3
    seed: int = 0
    max_size: int | None = None
    distill: float = 0.5
    backoff: int = 2

    def check(self) -> "Schedule":
        """The schedule, each value checked (named as its option); nan fails every comparison, so each
        test is written to pass only a good value."""
        for name, value, low in (("--epochs", self.epochs, 1), ("--warmup", self.warmup, 0),
                                 ("--patience", self.patience, 1), ("batch size", self.batch_size, 1),
                                 ("--backoff", self.backoff, 0)):
            if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or not value >= low:
                raise DataError(f"{name} must be a whole number, {low} or more; got {value}")
        for name, value in (("--strength", self.strength), ("--tolerance", self.tolerance)):
            if not (np.isfinite(value) and value >= 0):
                raise DataError(f"{name} must be a finite number, 0 or more; got {value}")
        if not (np.isfinite(self.lr) and self.lr > 0):
            raise DataError(f"--lr must be a finite number above 0; got {self.lr}")
        if self.max_size is not None and (isinstance(self.max_size, bool) or
                                          not isinstance(self.max_size, (int, np.integer)) or
                                          not self.max_size >= 1):
            raise DataError(f"--max-size must be a whole number, 1 or more; got {self.max_size}")
        if self.backoff > MAX_BACKOFF:
            raise DataError(f"--backoff must be at most {MAX_BACKOFF} (the strength / {2 ** MAX_BACKOFF}); "
                            f"got {self.backoff}")
        if not (np.isfinite(self.distill) and 0 <= self.distill < 1):
            raise DataError(f"--distill must be a number from 0 up to (not including) 1; got {self.distill}")
        return self

    def strength_at(self, epoch: int) -> float:
        """The strength during epoch `epoch` (1-based)."""
        return float(self.strength) * min(1.0, epoch / (self.warmup + 1))


DEFAULT_SCHEDULE = Schedule()


def assign_kernels(norms: np.ndarray, labels: np.ndarray, classes: int) -> np.ndarray:
    """The class each kernel is assigned to, int (K,), from training norms float (n, K) and labels (n,).

    Each kernel's norms are divided by its mean over the training set; each
    class gets K // classes kernels (the first K % classes classes one more).
    Greedy on the class means of those normalised norms: the (class, kernel)
    pair with the highest mean is taken first, as long as the kernel is free
    and the class has room (ties by class, then kernel index).
    """
    norms = np.asarray(norms, dtype=np.float64)
    kernels = norms.shape[1]
    scale = _inverse_means(norms)
    means = np.stack([(norms[labels == c] * scale).mean(axis=0) if np.any(labels == c) else np.zeros(kernels)
                      for c in range(classes)])
    room = np.full(classes, kernels // classes)
    room[: kernels % classes] += 1
    owner = np.full(kernels, -1, dtype=np.int64)
    for flat in np.lexsort((np.arange(means.size), -means.ravel())):
        c, k = divmod(int(flat), kernels)
        if owner[k] < 0 and room[c] > 0:
            owner[k] = c
            room[c] -= 1
    return owner


def _inverse_means(norms: np.ndarray) -> np.ndarray:
    """1 / each kernel's mean norm (0 for a kernel that never fires), float (K,)."""
    mean = np.asarray(norms, dtype=np.float64).mean(axis=0)
    return np.where(mean > 0, 1.0 / np.where(mean > 0, mean, 1.0), 0.0)


def out_of_class_share(norms: np.ndarray, labels: np.ndarray, owner: np.ndarray, scale: np.ndarray) -> float:
    """Mean over images of the share of normalised activation (norms * scale) on kernels that are not
    the image's class's; norms float (n, K), labels int (n,), owner int (K,), scale float (K,)."""
    if len(labels) == 0:
        return 0.0
    w = np.asarray(norms, dtype=np.float64) * scale
    outside = owner[None, :] != np.asarray(labels)[:, None]
    return float(np.mean((w * outside).sum(axis=1) / (w.sum(axis=1) + 1e-8)))


def select_epoch(val_accuracy: list, val_share: list, start_accuracy: float, tolerance: float,
                 val_fidelity: list | None = None, sizes: list | None = None, max_size: int | None = None) -> int:
    """The epoch to keep (0 = the starting model), of those whose validation accuracy (percent) is within
    `tolerance` points of the starting model's.

    Without `val_fidelity`: the lowest out-of-class share (ties: the earlier).
    With `val_fidelity` and `sizes` (the program extracted after each epoch:
    its validation fidelity, percent, and its size): the highest fidelity
    (ties: the smaller program, then the earlier epoch), among the epochs whose
    program has at most `max_size` antecedents when one is given; where none
    has, the smallest program (ties: the more faithful, the earlier).  Each
    epoch's rank depends on its own numbers only, so the choice over epochs
    0..e is the choice over 0..e-1 or epoch e itself.  The lists cover epochs 0..n.
    """
    ok = [e for e, acc in enumerate(val_accuracy) if acc >= start_accuracy - tolerance - 1e-9]
    if val_fidelity is None:
        return min(ok, key=lambda e: (val_share[e], e))
    if sizes is None:
        raise ValueError("choosing by the program needs its size per epoch")

    def rank(e):
        fits = max_size is None or sizes[e] <= max_size
        return (fits, val_fidelity[e] if fits else -sizes[e], -sizes[e] if fits else val_fidelity[e], -e)
    return max(ok, key=rank)


@dataclass(frozen=True, eq=False)
class Tuned:
    """What fine-tuning did: the kernel owners, the epoch kept, and per-epoch history (epochs 1..n) of the
    attempt kept; backoffs: how many milder retries were run (`Schedule.backoff`)."""

    owner: np.ndarray
    scale: np.ndarray
    best_epoch: int
    epochs_run: int
    history: dict
    seconds: float
    backoffs: int = 0


def _from_logits(model) -> bool:
    """Whether the model's head gives logits (no softmax at the end)."""
    keras = import_keras()
    layer = model.layers[-1]
    while isinstance(layer, keras.Model):
        layer = layer.layers[-1]
    if layer.__class__.__name__ == "Softmax":
        return False
    activation = getattr(layer, "activation", None)
    return getattr(activation, "__name__", "") != "softmax"


def evaluate(model, tensor: str, x: np.ndarray, preprocess: str = "unit", batch_size: int = 256):
    """(LEP kernel norms float (n, K), M's class int (n,)) of images x (n, h, w, c) in [0, 1]."""
    net = norm_model(model, [tensor], "l1", "kernel")
    return _evaluate(net, x, preprocess, batch_size)


def _evaluate(net, x, preprocess, batch_size=256, outputs=False):
    """(norms, predicted), and with `outputs` the model's outputs float32 (n, classes) too."""
    from .cluster import my_batches, spread
    mine = my_batches(len(x), batch_size)  # alone: every image; in a cluster, this worker's batches

    def computed():
        for start in range(0, len(mine), batch_size):
            first = int(mine[start])  # each batch is a contiguous run of images
            out_norms, out = net(prepare(x[first:first + min(batch_size, len(mine) - start)], preprocess),
                                 training=False)
            yield [np.asarray(out_norms, dtype=np.float64), np.argmax(np.asarray(out), axis=1),
                   np.asarray(out, dtype=np.float32)]

    def empty():
        kernels, classes = int(net.outputs[0].shape[-1]), int(net.outputs[-1].shape[-1])
        return [np.zeros((0, kernels)), np.zeros(0, dtype=np.int64), np.zeros((0, classes), dtype=np.float32)]
    norms, predicted, raw = [], [], []
    for _, (out_norms, classes, out) in spread(len(x), batch_size, computed(), empty):
        norms.append(out_norms)
        predicted.append(classes)
        if outputs:
            raw.append(out)
    if not norms:
        empty = (np.zeros((0, 0)), np.zeros(0, dtype=np.int64))
        return empty + (np.zeros((0, 0), dtype=np.float32),) if outputs else empty
    found = (np.concatenate(norms), np.concatenate(predicted).astype(np.int64))
    return found + (np.concatenate(raw),) if outputs else found


def finetune_model(model, tensor: str, data, schedule: Schedule = DEFAULT_SCHEDULE, preprocess: str = "unit",
                   say=None, on_epoch=None, scorer=None) -> Tuned:
    """Fine-tune `model` in place: cross-entropy plus strength * out-of-class share at `tensor`.

    tensor: the Keras layer whose output is read (a `LayerChoice.tensor`);
    data: a `Dataset` in the model's input shape, pixels in [0, 1] fed as
    `preprocess` says.  Kernels are assigned to classes from the starting
    model's training norms.  After every epoch the validation accuracy and
    share are measured; at the end the weights of `select_epoch`'s epoch are
    restored.  on_epoch(epoch, model), if given, is called after epoch 0 (the
    start) and every epoch.

    scorer(model) -> dict, if given, scores the program extracted from the
    model after epoch 0 and every epoch: it must give ``val_fidelity``
    (percent) and ``size``; every number it gives is kept in the history (a
    list per key, epochs 1..n; epoch 0's under ``start_program``), and the
    epoch is chosen by the program (`select_epoch`), within
    ``schedule.max_size``.
    """
    keras = import_keras()
    import tensorflow as tf
    schedule = schedule.check()
    if len(data.train) == 0 or len(data.val) == 0:
        raise DataError("fine-tuning needs training and validation images (early stopping reads validation)")
    classes = len(data.class_names)
    keras.utils.set_random_seed(schedule.seed)
    net = norm_model(model, [tensor], "l1", "kernel")
    logits = _from_logits(model)
    started = time.perf_counter()
    train_norms, _, teacher = _evaluate(net, data.train.x, preprocess, outputs=True)
    if not logits:  # the distillation target: M's class probabilities
        teacher = np.clip(teacher, 1e-7, 1.0)
        teacher = teacher / teacher.sum(axis=1, keepdims=True)
    else:
        teacher = np.exp(teacher - teacher.max(axis=1, keepdims=True))
        teacher = (teacher / teacher.sum(axis=1, keepdims=True)).astype(np.float32)
    distill = float(schedule.distill)
    if train_norms.shape[1] < classes:
        raise ModelError(f"layer {tensor} has {train_norms.shape[1]} kernels, fewer than the {classes} classes")
    owner = assign_kernels(train_norms, data.train.y, classes)
    scale = _inverse_means(train_norms)
    outside = tf.constant((owner[None, :] != np.arange(classes)[:, None]).astype(np.float32))  # (C, K)
    scale_t = tf.constant(scale.astype(np.float32))
    variables = net.trainable_variables

    def make_step():
        """One training step with its own Adam: a retry starts from M with a fresh optimizer."""
        optimizer = keras.optimizers.Adam(learning_rate=schedule.lr)

        @tf.function(reduce_retracing=True)
        def step(x, y, soft, strength):
            with tf.GradientTape() as tape:
                norms, out = net(x, training=True)
                ce = tf.reduce_mean(keras.losses.sparse_categorical_crossentropy(y, out, from_logits=logits))
                if distill > 0:  # M's soft answers: what M knew about the classes it mixes up
                    ce = (1.0 - distill) * ce + distill * tf.reduce_mean(
                        keras.losses.categorical_crossentropy(soft, out, from_logits=logits))
                w = tf.cast(norms, tf.float32) * scale_t
                # by the label, not M's own answer: a target that follows M's argmax feeds back on itself
                # and training diverged (tried: val accuracy 87 -> 71% in two epochs at strength 5)
                share = tf.reduce_mean(tf.reduce_sum(w * tf.gather(outside, y), axis=1) /
                                       (tf.reduce_sum(w, axis=1) + 1e-8))
                loss = ce + strength * share
            grads = tape.gradient(loss, variables)
            optimizer.apply_gradients(zip(grads, variables))
            hits = tf.reduce_sum(tf.cast(tf.equal(tf.argmax(out, axis=1, output_type=tf.int32), y), tf.float32))
            return loss, ce, share, hits
        return step

    def measure():
        norms, predicted = _evaluate(net, data.val.x, preprocess)
        return 100.0 * float(np.mean(predicted == data.val.y)), out_of_class_share(norms, data.val.y, owner, scale)

    def program():
        tick = time.perf_counter()
        found = dict(scorer(model))
        found["extract_seconds"] = time.perf_counter() - tick
        for key in ("val_fidelity", "size"):
            if key not in found:
                raise ValueError(f"the program scorer gave no {key}")
        return found

    start_acc, start_share = measure()
    start_program = program() if scorer else None
    start_weights = model.get_weights()
    if on_epoch:
        on_epoch(0, model)
    x_train = prepare(data.train.x, preprocess)
    y_train = data.train.y.astype(np.int32)

    def attempt(factor: float, label: str):
        """Fine-tune from M with the strength times `factor`: (best epoch, its weights, epochs
        run, history, whether any epoch was within the tolerance)."""
        val_acc, val_share = [start_acc], [start_share]
        programs = [start_program] if scorer else []
        best, best_weights = 0, start_weights
        history = {k: [] for k in ("loss", "ce", "share", "accuracy", "val_accuracy", "val_share", "strength")}
        if scorer:
            history.update({k: [] for k in start_program})

        def choose():
            if not scorer:
                return select_epoch(val_acc, val_share, start_acc, schedule.tolerance)
            return select_epoch(val_acc, val_share, start_acc, schedule.tolerance,
                                [p["val_fidelity"] for p in programs], [p["size"] for p in programs],
                                schedule.max_size)
        rng = np.random.default_rng(schedule.seed)
        step = make_step()
        below, epoch, within = 0, 0, False
        for epoch in range(1, schedule.epochs + 1):
            strength = schedule.strength_at(epoch) * factor
            order = rng.permutation(len(y_train))
            sums = np.zeros(4)
            for s in range(0, len(order), schedule.batch_size):
                idx = np.sort(order[s:s + schedule.batch_size])
                loss, ce, share, hits = step(tf.constant(x_train[idx]), tf.constant(y_train[idx]),
                                             tf.constant(teacher[idx]), tf.constant(strength, tf.float32))
                n = len(idx)
                sums += [float(loss) * n, float(ce) * n, float(share) * n, float(hits)]
            acc, sh = measure()
            val_acc.append(acc)
            val_share.append(sh)
            for key, value in zip(("loss", "ce", "share"), sums[:3] / len(y_train)):
                history[key].append(float(value))
            history["accuracy"].append(float(sums[3] / len(y_train)))
            history["val_accuracy"].append(acc / 100.0)
            history["val_share"].append(sh)
            history["strength"].append(strength)
            found = ""
            if scorer:
                programs.append(program())
                for key, value in programs[-1].items():
                    history.setdefault(key, []).append(value)
                found = (f"  program: val fidelity {programs[-1]['val_fidelity']:.2f}%  size "
                         f"{programs[-1]['size']}  ({programs[-1]['extract_seconds']:.0f} s)")
            chosen = choose()
            if chosen == epoch:
                best, best_weights = epoch, model.get_weights()
            if on_epoch:
                on_epoch(epoch, model)
            if say:
                say(f"{label}epoch {epoch}/{schedule.epochs}: strength {strength:.2f}  loss {history['loss'][-1]:.4f}"
                    f"  ce {history['ce'][-1]:.4f}  share {history['share'][-1]:.3f}  val accuracy {acc:.2f}%  "
                    f"val share {sh:.3f}{found}{'  (kept)' if chosen == epoch else ''}")
            bad = acc < start_acc - schedule.tolerance - 1e-9  # as select_epoch reads the tolerance
            within = within or not bad
            below = below + 1 if bad else 0
            if below >= schedule.patience:
                break
        return best, best_weights, epoch, history, within

    attempts = []
    # each retry's fresh step (its own Adam) is a new trace, and from the fifth TensorFlow logs a
    # "retracing" warning: about its internals, nothing the user can act on
    tf_logger = tf.get_logger()
    level = tf_logger.level
    tf_logger.setLevel(max(level, logging.ERROR))
    try:
        for tries in range(schedule.backoff + 1):
            factor = 0.5 ** tries
            label = "" if tries == 0 else f"back-off {tries} (strength x{factor:g}): "
            if tries and say:
                say(f"no epoch kept M's val accuracy within {schedule.tolerance} points: retrying from M at strength "
                    f"{schedule.strength * factor:g}")
            model.set_weights(start_weights)
            best, best_weights, epoch, history, within = attempt(factor, label)
            attempts.append({"strength": schedule.strength * factor, "best_epoch": best,
                             "epochs_run": epoch, "within_tolerance": within,
                             "val_accuracy": list(history["val_accuracy"]),
                             **({"val_fidelity": list(history["val_fidelity"]), "size": list(history["size"])}
                                if scorer else {})})
            if within:  # a milder retry is for a strength that moved M too far, not for a program M beats
                break
    finally:
        tf_logger.setLevel(level)
    model.set_weights(best_weights)
    history.update({"start_val_accuracy": start_acc / 100.0, "start_val_share": start_share,
                    "best_epoch": best, "epochs_run": epoch,
                    "chosen_by": "program" if scorer else "share", "max_size": schedule.max_size,
                    "backoffs": len(attempts) - 1, "attempts": attempts})
    if scorer:
        history["start_program"] = start_program
    return Tuned(owner, scale, best, epoch, history, time.perf_counter() - started, len(attempts) - 1)


def split_report(model, tensor: str, data, owner: np.ndarray, scale: np.ndarray, preprocess: str = "unit") -> dict:
    """{split: {"accuracy": percent, "share": out-of-class share}} of `model` on every split of `data`."""
    net = norm_model(model, [tensor], "l1", "kernel")
    out = {}
    for split in SPLITS:
        part = data.split(split)
        norms, predicted = _evaluate(net, part.x, preprocess)
        out[split] = {"accuracy": 100.0 * float(np.mean(predicted == part.y)) if len(part) else 0.0,
                      "share": out_of_class_share(norms, part.y, owner, scale) if len(part) else 0.0}
    return out
