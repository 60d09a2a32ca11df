"""Fine-tuning chosen by the program: the extraction run after each epoch is `extract`'s own, the kept
epoch's program beats M's, --max-size is honoured, and a model eric-lp did not build takes the defaults."""

import json
import shutil

import pytest

from conftest import TINY_SPEC

LEP = "feat_b"  # the tiny model's own layer names: a functional CNN eric-lp did not build
LIMIT = 600


@pytest.fixture(scope="module")
def tuned_by_program(tiny, tmp_path_factory):
    """M (the tiny functional CNN trained in the session) fine-tuned with the defaults, chosen by the program."""
    from eric_lp import api
    path, _ = tiny
    out = tmp_path_factory.mktemp("tuned") / "m2.keras"
    return api.finetune(path, out, dataset=TINY_SPEC, lep=LEP, limit=LIMIT)


def test_unseen_model_with_the_defaults_gives_a_more_faithful_program(tuned_by_program):
    result = tuned_by_program
    start, kept = result.programs["start"], result.programs["kept"]
    assert result.best_epoch >= 1  # a fine-tuned epoch, not M itself
    assert kept["val_fidelity"] > start["val_fidelity"]
    assert kept["test_fidelity"] > start["test_fidelity"]  # on images the choice never saw
    assert result.after["val"]["accuracy"] >= result.before["val"]["accuracy"] - result.schedule.tolerance - 1e-9


def test_per_epoch_extraction_is_the_extract_recipe(tuned_by_program, tiny, tmp_path):
    """`extract` on the saved M' (and on M) gives the very program numbers the choice was made on."""
    from eric_lp import api
    result = tuned_by_program
    for path, numbers in ((result.model, result.programs["kept"]), (tiny[0], result.programs["start"])):
        m = api.extract(path, dataset=TINY_SPEC, lep=LEP, limit=LIMIT, cache_dir=tmp_path / "cache",
                        progress=False).metrics
        assert m["size"] == numbers["size"] and m["rules"] == numbers["rules"]
        for split in ("train", "val", "test"):
            assert m["fidelity"][split] == pytest.approx(numbers[f"{split}_fidelity"], abs=0.01)


def test_history_shows_accuracy_fidelity_and_size_per_epoch(tuned_by_program):
    result = tuned_by_program
    history = json.loads(result.history.read_text())
    n = history["epochs_run"]
    assert history["chosen_by"] == "program"
    for key in ("val_accuracy", "val_fidelity", "test_fidelity", "size", "rules", "extract_seconds"):
        assert len(history[key]) == n
    kept = history["best_epoch"]
    fid = [history["start_program"]["val_fidelity"]] + history["val_fidelity"]
    ok = [e for e, acc in enumerate([history["start_val_accuracy"]] + history["val_accuracy"])
          if acc * 100 >= history["start_val_accuracy"] * 100 - result.schedule.tolerance - 1e-9]
    assert fid[kept] == max(fid[e] for e in ok)
    assert result.plot.stat().st_size > 0


def test_max_size_is_honoured(tuned_by_program, tiny, tmp_path, capsys):
    """Bounded below the size of the program kept freely: the run keeps the most faithful epoch whose
    program fits (or, if none does, the smallest)."""
    from eric_lp.cli.main import main
    free = tuned_by_program.programs["kept"]["size"]
    bound = free - 1
    out = tmp_path / "small.keras"
    assert main(["finetune", "--model", str(tiny[0]), "--dataset", TINY_SPEC, "--limit", str(LIMIT), "--lep", LEP,
                 "--max-size", str(bound), "-o", str(out), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    history = json.loads(out.with_suffix(".history.json").read_text())
    sizes = [history["start_program"]["size"]] + history["size"]
    fid = [history["start_program"]["val_fidelity"]] + history["val_fidelity"]
    accs = [history["start_val_accuracy"]] + history["val_accuracy"]
    ok = [e for e, a in enumerate(accs) if a * 100 >= accs[0] * 100 - 0.5 - 1e-9]
    fits = [e for e in ok if sizes[e] <= bound]
    kept = result["best_epoch"]
    assert history["max_size"] == bound
    if fits:
        assert result["programs"]["kept"]["size"] == sizes[kept] <= bound
        assert fid[kept] == max(fid[e] for e in fits)
    else:
        assert sizes[kept] == min(sizes[e] for e in ok)
    assert main(["finetune", "--model", str(tiny[0]), "--dataset", TINY_SPEC, "--lep", LEP, "--max-size", "50",
                 "--choose", "share", "-o", str(tmp_path / "x.keras")]) == 2
    assert "--max-size" in capsys.readouterr().err
    assert not (tmp_path / "x.keras").exists()


def test_max_size_below_every_program_is_said(tiny, tmp_path, capsys):
    """No program fits --max-size 1: the smallest is kept, and the output says the bound was not met."""
    from eric_lp.cli.main import main
    argv = ["finetune", "--model", str(tiny[0]), "--dataset", TINY_SPEC, "--limit", str(LIMIT), "--lep", LEP,
            "--max-size", "1", "--epochs", "1"]
    assert main(argv + ["-o", str(tmp_path / "a.keras"), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["programs"]["kept"]["size"] > 1 and result["programs"]["max_size_met"] is False
    assert main(argv + ["-o", str(tmp_path / "b.keras")]) == 0
    assert "at most 1 antecedents (--max-size): kept the smallest, size" in capsys.readouterr().out


def test_backoffs_say_nothing_of_tensorflow_retracing(tiny, tmp_path, capfd, caplog):
    """Each retry's fresh step is a new trace; TensorFlow's "retracing" warning (its internals, nothing the
    user can act on) reached stderr from the third attempt on."""
    from eric_lp.cli.main import main
    assert main(["finetune", "--model", str(tiny[0]), "--dataset", TINY_SPEC, "--limit", "300", "--lep", LEP,
                 "--choose", "share", "--epochs", "1", "--patience", "1", "--tolerance", "0", "--lr", "0.5",
                 "--backoff", "3", "-o", str(tmp_path / "b.keras")]) == 0
    captured = capfd.readouterr()
    assert "retried from M 3 time(s)" in captured.out
    assert "retracing" not in captured.err, captured.err
    assert not [r for r in caplog.records if "retracing" in r.getMessage()]  # pytest takes the log records


def test_experiment_writes_m_and_m_prime_side_by_side(tiny, tmp_path):
    from dataclasses import replace
    from eric_lp.experiments.finetune import run_finetune
    from eric_lp.nn.finetune import DEFAULT_SCHEDULE
    model = tmp_path / "models" / "tiny.keras"
    model.parent.mkdir()
    shutil.copy(tiny[0], model)
    result = run_finetune(tmp_path / "out", TINY_SPEC, model, LEP, limit=300, cache_dir=tmp_path / "cache",
                          schedule=replace(DEFAULT_SCHEDULE, epochs=3), progress=False, say=lambda *_: None)
    (row,) = result["rows"]
    table = (tmp_path / "out" / "finetune.md").read_text()
    assert row["classes"] in table and "**average (1)**" in table and "Partial" not in table
    assert row["loss_test"] == pytest.approx(row["m_accuracy_test"] - row["t_mstar_test"], abs=0.01)
    summary = json.loads((tmp_path / "out" / "finetune.json").read_text())
    assert summary["triples_done"] == 1 and not summary["partial"]
    assert summary["finetune"][row["classes"]]["programs"]["kept"]["size"] == row["t_size"]
    stem = "-".join(row["classes"].split(","))
    for suffix in (".lp", ".pl", ".finetuned.lp", ".finetuned.pl"):
        assert (tmp_path / "out" / "finetune" / f"{stem}{suffix}").is_file()


def test_table_marks_an_m_prime_kept_from_a_backoff():
    from eric_lp.experiments.finetune import COLUMNS, finetune_table
    rows = [{"classes": c, **{k: 90.0 for _, k in COLUMNS}, "best_epoch": e, "backoffs": b}
            for c, e, b in (("a,b,c", 4, 0), ("d,e,f", 3, 1))]
    table = finetune_table(rows, 2)
    assert "| 4 |" in table and "| 3 (x0.5) |" in table and "retry from M" in table
    assert "(x0.5)" not in finetune_table(rows[:1], 2) and "retry" not in finetune_table(rows[:1], 2)
