import json

from eric_lp.cli.main import main
from eric_lp.lang.parse import read_program


def test_demo_pipeline_end_to_end_on_a_small_subset(tmp_path, capsys):
    out = tmp_path / "demo"
    argv = ["demo", "--limit", "400", "--epochs", "1", "-o", str(out), "--cache-dir", str(tmp_path / "cache")]
    assert main(argv) == 0
    text = capsys.readouterr().out
    assert "M*  accuracy" in text and "image " in text and "report.html" in text
    program = read_program(out / "program.lp")
    assert program.lep == "block3_pool" and program.rules
    assert (out / "kernels" / "overview.png").is_file() and (out / "report.html").is_file()
    metrics = json.loads((out / "metrics.json").read_text())
    assert metrics["images"]["train"] == 400
    # a second run reuses the model and the cached norms
    assert main(argv) == 0
    again = capsys.readouterr()
    assert "reusing" in again.err and "M*  accuracy" in again.out
    assert json.loads((out / "metrics.json").read_text())["timings"]["forward_cached"]
