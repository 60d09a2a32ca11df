import csv
import json

import pytest

from eric_lp.core.scoring import SPLITS
from eric_lp.errors import ModelError
from eric_lp.experiments.table1 import last_conv, run_figures, run_table1, triples
from eric_lp.experiments.peers import run_peers
from eric_lp.lang.parse import read_program

SMALL_TRIPLE = "fashion-mnist:0,1,7"  # pool (0, 1, 7): one triple, t-shirt/trouser/sneaker


def test_ten_triples_of_five_classes():
    assert len(triples()) == 10 and (0, 2, 6) in triples()


@pytest.fixture(scope="module")
def small_table1(tmp_path_factory):
    """(outdir, programs dir, cache, result) of Table 1 on one triple: 200 images a split, one epoch."""
    root = tmp_path_factory.mktemp("table1")
    out, programs, cache = root / "exp", root / "programs", root / "cache"
    result = run_table1(out, epochs=1, limit=200, cache_dir=cache, programs_dir=programs, pool=(0, 1, 7),
                        progress=False, say=lambda text: None)
    return out, programs, cache, result


def _csv(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_table1_is_the_papers_configuration_as_extract_makes_it(small_table1, tmp_path):
    """Table 1's row is the paper's one configuration (vgg-small's last conv, read through its pool, d = 5,
    alpha 0.01), and its program and figures are those of `eric-lp extract` with that configuration."""
    from eric_lp.cli.main import main
    out, programs, cache, result = small_table1
    [row] = _csv(out / "table1.csv")
    assert (row["layer"], row["depth"]) == ("block3_conv2", "5")
    assert "block3_conv2 (read through block3_pool), d = 5, alpha 0.01" in (out / "table1.md").read_text()
    [model] = (cache / "models").glob("*.keras")  # the model the run trained
    paper = tmp_path / "paper"
    assert main(["extract", "--model", str(model), "--dataset", SMALL_TRIPLE, "--limit", "200", "--lep",
                 "block3_conv2", "--depth", "5", "--alpha", "0.01", "--cache-dir", str(cache),
                 "-o", str(paper)]) == 0
    for suffix in (".lp", ".pl"):
        written = programs / f"t_shirt_top-trouser-sneaker{suffix}"
        assert written.read_bytes() == (paper / f"program{suffix}").read_bytes()
    metrics = json.loads((paper / "metrics.json").read_text())
    for column, key in (("m", "accuracy_model"), ("mstar", "accuracy_program"), ("fidelity", "fidelity")):
        assert [float(row[f"{column}_{s}"]) for s in SPLITS] == [metrics[key][s] for s in SPLITS]
    assert [int(row[k]) for k in ("vars", "rules", "size")] == [metrics[k] for k in ("vars", "rules", "size")]
    assert result["rows"][0]["size"] == read_program(programs / "t_shirt_top-trouser-sneaker.lp").metrics().size


def test_table1_best_on_validation_stands_beside_it(small_table1):
    """table1-best holds each triple's best (layer, d) of the sweep on validation, never worse than the
    paper's configuration, which is itself one of the sweep's rows."""
    out, _, _, result = small_table1
    sweep = _csv(out / "sweep.csv")
    assert len(sweep) == 4 * 5  # four conv layers of the last two blocks, d = 1..5
    [fixed], [best] = _csv(out / "table1.csv"), _csv(out / "table1-best.csv")
    assert fixed in sweep and best in sweep
    assert float(best["mstar_val"]) == max(float(r["mstar_val"]) for r in sweep) >= float(fixed["mstar_val"])
    markdown = (out / "table1-best.md").read_text()
    assert "**average**" in markdown and f"| {best['layer']} | {best['depth']} |" in markdown
    assert "**average**" in (out / "table1.md").read_text()
    assert [r["layer"] for r in result["best"]] == [best["layer"]]


def test_figures_and_peers_on_a_small_run(small_table1):
    out, _, cache, _ = small_table1
    quiet = lambda text: None
    written = run_figures(out, epochs=1, limit=200, cache_dir=cache, progress=False, say=quiet)
    assert [p.name for p in written] == ["fig3.png", "fig4.png", "fig5.png"]
    fig5 = _csv(out / "fig5.csv")
    assert [int(r["layers"]) for r in fig5] == [1, 2, 3, 4]
    peers = run_peers(out, SMALL_TRIPLE, epochs=1, limit=200, cache_dir=cache, progress=False, say=quiet)
    rows = {r["learner"]: r for r in peers["rows"]}
    assert set(rows) == {"eric", "sklearn-tree", "ripper", "fold-rm"}
    # CART gets as many leaves as ERIC's tree before merging; both are then merged the same way
    assert rows["sklearn-tree"]["rules_learned"] <= max(rows["eric"]["rules_learned"], 2)
    assert all(r["rules"] <= r["rules_learned"] and r["size"] <= r["size_learned"] for r in rows.values())
    assert all(0 <= r["fidelity"] <= 100 and r["size"] >= 0 for r in rows.values())


def test_last_conv_is_the_models_last_conv_layer(tiny):
    """The last conv layer, wherever its map is read: through its pool (the tiny net's feat_b into
    squeeze2), or after a batch norm and activation with no pool behind them."""
    from eric_lp.nn.keras import import_keras
    from eric_lp.nn.models import load_model
    assert last_conv(load_model(tiny[0])) == "feat_b"
    keras = import_keras()
    L = keras.layers
    inputs = keras.Input(shape=(12, 12, 1))
    x = L.MaxPooling2D(2, name="pool")(L.Conv2D(4, 3, name="c1")(inputs))
    x = L.ReLU(name="relu")(L.BatchNormalization(name="bn")(L.Conv2D(4, 3, name="c2")(x)))
    head = L.Dense(3, name="head")(L.GlobalAveragePooling2D(name="gap")(x))
    assert last_conv(keras.Model(inputs, head)) == "c2"
    no_conv = keras.Model(inputs, L.Dense(3)(L.Flatten()(L.MaxPooling2D(2)(inputs))))
    with pytest.raises(ModelError, match="no convolutional layer"):
        last_conv(no_conv)


def test_a_small_pareto_run_agrees_with_extract(tiny, tmp_path, capsys):
    """The sweep's point for the paper's setting is the program `extract` makes; every budget row
    fits its budget; the pick at the paper's size is no worse on validation than the paper."""
    import json

    from eric_lp.cli.main import main
    from eric_lp.experiments.pareto import run_pareto
    path, _ = tiny
    cache = tmp_path / "cache"
    result = run_pareto(tmp_path / "pareto", "fashion-mnist:0,1,7", model_path=path, lep="squeeze2",
                        limit=300, cache_dir=cache, progress=False, say=lambda text: None)
    assert main(["extract", "--model", str(path), "--dataset", "fashion-mnist:0,1,7", "--limit", "300",
                 "--lep", "squeeze2", "--cache-dir", str(cache), "-o", str(tmp_path / "paper")]) == 0
    metrics = json.loads((tmp_path / "paper" / "metrics.json").read_text())
    paper = result["paper"]
    assert (paper["fidelity_test"], paper["size"]) == (metrics["fidelity"]["test"], metrics["size"])
    rows = list(csv.DictReader(open(tmp_path / "pareto" / "pareto.csv")))
    budget_rows = [r for r in rows if r["learner"] == "budget"]
    assert budget_rows and all(int(r["size"]) <= int(r["param"]) for r in budget_rows)
    best = result["best_at_paper_size"]
    assert best["size"] <= paper["size"] and best["fidelity_val"] >= paper["fidelity_val"]
