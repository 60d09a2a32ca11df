"""Fine-tuning for class-specific kernel sparsity: the term does what it says, the schedule keeps the best."""

import json

import numpy as np
import pytest

from eric_lp.errors import DataError
from eric_lp.nn.finetune import Schedule, assign_kernels, finetune_model, out_of_class_share, select_epoch, \
    split_report
from eric_lp.nn.layers import resolve_layers
from eric_lp.nn.models import load_model, save_model

LEP = "feat_b"  # read through its pool, squeeze2: 16 kernels


def test_assignment_is_balanced_and_follows_the_class_means():
    rng = np.random.default_rng(0)
    labels = np.repeat([0, 1, 2], 50)
    norms = rng.uniform(0.0, 0.1, size=(150, 7))
    for k, c in enumerate([2, 0, 1, 2, 0, 1, 0]):  # kernel k fires for class c
        norms[labels == c, k] += 1.0 + k / 10
    owner = assign_kernels(norms, labels, 3)
    assert owner.tolist() == [2, 0, 1, 2, 0, 1, 0]
    assert sorted(np.bincount(owner, minlength=3).tolist()) == [2, 2, 3]
    # all kernels preferring one class: the others still get their K // classes
    skewed = assign_kernels(np.where(labels[:, None] == 0, 1.0, 0.1) + norms * 0, labels, 3)
    assert np.bincount(skewed, minlength=3).tolist() == [3, 2, 2]


def test_share_and_selection():
    owner = np.array([0, 1])
    scale = np.array([1.0, 1.0])
    assert out_of_class_share(np.array([[3.0, 1.0], [0.0, 2.0]]), np.array([0, 0]), owner, scale) == \
        pytest.approx((0.25 + 1.0) / 2)
    # epochs 0..4: epoch 3 has the lowest share but lost 3 points; epoch 2 is kept
    assert select_epoch([90.0, 89.5, 89.2, 87.0, 90.0], [0.6, 0.4, 0.3, 0.1, 0.35], 90.0, 1.0) == 2
    assert select_epoch([90.0, 80.0], [0.6, 0.1], 90.0, 1.0) == 0  # nothing within the tolerance: M itself
    assert Schedule(strength=4.0, warmup=3).strength_at(1) == 1.0
    assert Schedule(strength=4.0, warmup=3).strength_at(5) == 4.0
    with pytest.raises(DataError):
        Schedule(epochs=0).check()


def _tune(tiny, strength, epochs=4, **kw):
    path, data = tiny
    model = load_model(path)
    tensor = resolve_layers(model, [LEP])[0].tensor
    schedule = Schedule(epochs=epochs, strength=strength, warmup=1, lr=1e-3, batch_size=32, tolerance=100.0, **kw)
    tuned = finetune_model(model, tensor, data, schedule)
    return model, tensor, tuned


def test_sparsity_term_lowers_out_of_class_share_and_raises_fidelity(tiny, tmp_path):
    from eric_lp import api
    path, data = tiny
    results = {}
    for strength in (0.0, 5.0):
        model, tensor, tuned = _tune(tiny, strength)
        report = split_report(model, tensor, data, tuned.owner, tuned.scale)
        out = tmp_path / f"s{strength}.keras"
        save_model(model, out)
        ex = api.extract(out, dataset="fashion-mnist:0,1,7", lep=LEP, limit=600, cache_dir=tmp_path / "cache",
                         progress=False)
        results[strength] = (report, ex.metrics)
    (plain, plain_m), (sparse, sparse_m) = results[0.0], results[5.0]
    for split in ("train", "test"):
        assert sparse[split]["share"] < plain[split]["share"] - 0.1
    assert sparse_m["fidelity"]["test"] > plain_m["fidelity"]["test"]
    assert sparse_m["fidelity"]["train"] > plain_m["fidelity"]["train"]


def test_early_stopping_restores_the_best_epoch(tiny):
    """Epoch 2 onwards is wrecked (weights scrambled after epoch 1): training stops after `patience`
    bad epochs and the model keeps the weights of the epoch chosen, not the last one's."""
    path, data = tiny
    model = load_model(path)
    tensor = resolve_layers(model, [LEP])[0].tensor
    snapshots = {}

    def on_epoch(epoch, m):
        snapshots[epoch] = [w.copy() for w in m.get_weights()]
        if epoch == 1:  # a later epoch that is worse: scramble every weight
            rng = np.random.default_rng(1)
            m.set_weights([rng.normal(0, 3.0, w.shape).astype(w.dtype) for w in m.get_weights()])

    schedule = Schedule(epochs=6, strength=2.0, warmup=0, lr=1e-4, batch_size=32, tolerance=5.0, patience=2)
    tuned = finetune_model(model, tensor, data, schedule, on_epoch=on_epoch)
    h = tuned.history
    assert tuned.epochs_run == 3 < schedule.epochs  # stopped after two bad epochs
    assert tuned.best_epoch in (0, 1)
    start = h["start_val_accuracy"] * 100
    assert max(h["val_accuracy"][1:]) * 100 < start - 5  # epochs 2, 3 are worse
    for kept, snap in zip(model.get_weights(), snapshots[tuned.best_epoch]):
        assert np.array_equal(kept, snap)
    assert not all(np.array_equal(a, b) for a, b in zip(model.get_weights(), snapshots[3]))
    report = split_report(model, tensor, data, tuned.owner, tuned.scale)
    best_acc = start if tuned.best_epoch == 0 else h["val_accuracy"][0] * 100
    assert report["val"]["accuracy"] == pytest.approx(best_acc)


def test_finetune_command_writes_model_history_and_accuracies(tiny, tmp_path, capsys):
    from eric_lp.cli.main import main
    path, _ = tiny
    out = tmp_path / "tuned.keras"
    assert main(["finetune", "--model", str(path), "--dataset", "fashion-mnist:0,1,7", "--limit", "300",
                 "--lep", LEP, "--epochs", "2", "-o", str(out), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert out.is_file() and (tmp_path / "tuned.history.json").is_file() and (tmp_path / "tuned.history.png").is_file()
    assert set(result["before"]) == set(result["after"]) == {"train", "val", "test"}
    assert sum(len(v) for v in result["kernels_per_class"].values()) == 16
    assert sorted(len(v) for v in result["kernels_per_class"].values()) == [5, 5, 6]
    history = json.loads((tmp_path / "tuned.history.json").read_text())
    assert history["best_epoch"] == result["best_epoch"] and len(history["val_accuracy"]) == result["epochs_run"]
    again = load_model(out)
    assert again.output_shape == (None, 3)
    assert main(["finetune", "--model", str(path), "--dataset", "fashion-mnist:0,1,7", "--lep", "flat",
                 "-o", str(tmp_path / "x.keras")]) == 2
    assert "has no kernels" in capsys.readouterr().err


def test_choice_by_the_program_keeps_an_epoch_the_share_would_not():
    """A constructed history: epoch 2 is the sparsest, epoch 3's program the most faithful on val; epoch 4
    is more faithful still but lost too much accuracy.  --max-size bounds the program; where no epoch fits,
    the smallest program is kept."""
    acc = [90.0, 89.8, 89.6, 89.7, 85.0]
    share = [0.6, 0.3, 0.1, 0.2, 0.05]
    fidelity = [80.0, 90.0, 88.0, 91.0, 95.0]
    sizes = [200, 150, 120, 170, 90]
    assert select_epoch(acc, share, 90.0, 0.5) == 2
    assert select_epoch(acc, share, 90.0, 0.5, fidelity, sizes) == 3
    assert select_epoch(acc, share, 90.0, 0.5, fidelity, sizes, max_size=160) == 1
    assert select_epoch(acc, share, 90.0, 0.5, fidelity, sizes, max_size=100) == 2  # none fits: the smallest
    assert select_epoch(acc, share, 90.0, 10.0, fidelity, sizes, max_size=100) == 4
    # ties in fidelity: the smaller program, then the earlier epoch
    assert select_epoch([90.0] * 3, [0.5] * 3, 90.0, 0.5, [88.0, 90.0, 90.0], [100, 120, 110]) == 2
    assert select_epoch([90.0] * 3, [0.5] * 3, 90.0, 0.5, [88.0, 90.0, 90.0], [100, 110, 110]) == 1
    # chosen as the epochs come: the choice over 0..e is the one over 0..e-1 or e itself
    for max_size in (None, 160, 100):
        for e in range(1, len(acc)):
            now = select_epoch(acc[:e + 1], share[:e + 1], 90.0, 0.5, fidelity[:e + 1], sizes[:e + 1], max_size)
            assert now in (e, select_epoch(acc[:e], share[:e], 90.0, 0.5, fidelity[:e], sizes[:e], max_size))
    with pytest.raises(DataError):
        Schedule(max_size=0).check()
    with pytest.raises(DataError):
        Schedule(distill=1.0).check()


def test_backoff_retries_from_m_at_half_the_strength_and_keeps_that_epoch(tiny):
    """A constructed failure: the val labels are scrambled during the first attempt (after M's own val
    accuracy is read), so no epoch at the full strength is within the tolerance.  With --backoff the
    training is retried from M at half the strength, and an epoch of that retry is kept (its weights, its
    history); without it, M is kept."""
    from dataclasses import replace
    path, data = tiny
    tensor = resolve_layers(load_model(path), [LEP])[0].tensor
    schedule = Schedule(epochs=2, strength=4.0, warmup=0, lr=1e-4, batch_size=32, tolerance=20.0, patience=1)

    def run(backoff):
        model = load_model(path)
        val = replace(data.val, y=data.val.y.copy())
        true_y, calls, snapshots = val.y.copy(), [], {}

        def on_epoch(epoch, m):
            calls.append(epoch)
            if epoch == 0:  # M measured; now the first attempt sees labels no model can match
                val.y[:] = (true_y + 1) % 3
            elif len(calls) == 2:  # the first attempt's only epoch (patience 1): labels back for the retry
                val.y[:] = true_y
            snapshots[len(calls)] = [w.copy() for w in m.get_weights()]
        tuned = finetune_model(model, tensor, replace(data, val=val), replace(schedule, backoff=backoff),
                               on_epoch=on_epoch)
        return model, tuned, calls, snapshots

    model, tuned, calls, snapshots = run(backoff=2)
    attempts = tuned.history["attempts"]
    assert tuned.backoffs == tuned.history["backoffs"] == 1 and len(attempts) == 2  # retried once, then kept
    assert [a["strength"] for a in attempts] == [4.0, 2.0]
    assert [a["within_tolerance"] for a in attempts] == [False, True]
    assert attempts[0]["best_epoch"] == 0 and tuned.best_epoch == attempts[1]["best_epoch"] >= 1
    assert tuned.history["strength"] == [2.0] * tuned.epochs_run  # the kept history is the retry's
    assert calls == [0, 1] + list(range(1, tuned.epochs_run + 1))
    kept = snapshots[2 + tuned.best_epoch]  # the retry's epoch, not M, not the first attempt's
    assert all(np.array_equal(a, b) for a, b in zip(model.get_weights(), kept))
    for other in (snapshots[1], snapshots[2]):  # neither M nor the first attempt's epoch
        assert not all(np.array_equal(a, b) for a, b in zip(model.get_weights(), other))
    # the retry starts afresh from M (weights and optimizer): its first epoch is a plain run's at strength 2
    plain = load_model(path)
    fresh = []
    finetune_model(plain, tensor, data, replace(schedule, strength=2.0, epochs=1, backoff=0),
                   on_epoch=lambda e, m: fresh.append([w.copy() for w in m.get_weights()]))
    assert all(np.allclose(a, b, atol=1e-6) for a, b in zip(fresh[1], snapshots[3]))

    model, tuned, _, _ = run(backoff=0)
    assert tuned.best_epoch == 0 and tuned.backoffs == 0 and len(tuned.history["attempts"]) == 1
    assert all(np.array_equal(a, b) for a, b in zip(model.get_weights(), load_model(path).get_weights()))
    with pytest.raises(DataError):
        Schedule(backoff=-1).check()
