import csv

from eric_lp.experiments.table1 import run_figures, run_table1, triples
from eric_lp.experiments.peers import run_peers
from eric_lp.lang.parse import read_program


def test_ten_triples_of_five_classes():
    assert len(triples()) == 10 and (0, 2, 6) in triples()


def test_table1_figures_and_peers_on_a_small_run(tmp_path):
    out, programs, cache = tmp_path / "exp", tmp_path / "programs", tmp_path / "cache"
    quiet = lambda text: None
    result = run_table1(out, epochs=1, limit=200, cache_dir=cache, programs_dir=programs, pool=(0, 1, 7),
                        progress=False, say=quiet)
    sweep = list(csv.DictReader(open(out / "sweep.csv")))
    assert len(sweep) == 4 * 5  # four conv layers of the last two blocks, d = 1..5
    best = result["rows"][0]
    assert float(best["mstar_val"]) == max(float(r["mstar_val"]) for r in sweep)
    assert "**average**" in (out / "table1.md").read_text()
    program = read_program(programs / "t_shirt_top-trouser-sneaker.lp")
    assert program.metrics().size == best["size"]
    written = run_figures(out, epochs=1, limit=200, cache_dir=cache, progress=False, say=quiet)
    assert [p.name for p in written] == ["fig3.png", "fig4.png", "fig5.png"]
    fig5 = list(csv.DictReader(open(out / "fig5.csv")))
    assert [int(r["layers"]) for r in fig5] == [1, 2, 3, 4]
    peers = run_peers(out, "fashion-mnist:0,1,7", epochs=1, limit=200, cache_dir=cache, progress=False, say=quiet)
    rows = {r["learner"]: r for r in peers["rows"]}
    assert set(rows) == {"eric", "sklearn-tree", "ripper", "fold-rm"}
    assert rows["sklearn-tree"]["rules"] <= max(rows["eric"]["rules"], 2)
    assert all(0 <= r["fidelity"] <= 100 and r["size"] >= 0 for r in rows.values())


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
