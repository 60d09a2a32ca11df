import json
from pathlib import Path

import pytest

from eric_lp.cli.main import main
from eric_lp.lang.parse import read_program

ROOT = Path(__file__).resolve().parents[2]
TABLE2 = str(ROOT / "programs/table2.lp")


def test_check_prints_metrics(capsys):
    assert main(["check", TABLE2, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["vars"], out["rules"], out["size"]) == (17, 6, 25)


def test_solve_json_on_facts(tmp_path, capsys):
    facts = tmp_path / "facts.lp"
    # image 1: crowd and no grass -> street (r1); image 2: nothing -> no class
    facts.write_text("image(1). image(2).\nactive(1, block5_pool, 334).\n")
    for engine in ("numpy", "clingo", "prolog"):
        assert main(["solve", TABLE2, "--facts", str(facts), "--engine", engine, "--json"]) == 0
        out = json.loads(capsys.readouterr().out)
        assert out == {"images": [{"image": 1, "classes": ["street"], "fired": ["r1"]},
                                  {"image": 2, "classes": [], "fired": []}],
                       "no_class": 1, "several_classes": 0}


def test_export_round_trips(tmp_path):
    out = tmp_path / "t.pl"
    assert main(["export", TABLE2, "--to", "prolog", "-o", str(out)]) == 0
    assert read_program(out) == read_program(TABLE2)


@pytest.mark.parametrize("content", [
    '#script (python)\nimport pathlib\npathlib.Path("{marker}").write_text("ran")\n#end.\n',
    ':- initialization(open("{marker}", write, S)).\n',
    '#include "{marker}".\n',
])
def test_no_code_from_a_program_file_runs(tmp_path, capsys, content):
    marker = tmp_path / "marker"
    program = tmp_path / "evil.lp"
    program.write_text(content.format(marker=marker) + (ROOT / "programs/table2.lp").read_text())
    facts = tmp_path / "facts.lp"
    facts.write_text("image(1).\n")
    for argv in (["check", str(program)], ["solve", str(program), "--facts", str(facts), "--engine", "clingo"],
                 ["solve", str(program), "--facts", str(facts), "--engine", "prolog"]):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "evil.lp:1:" in err and "directive" in err
    assert not marker.exists()


def test_bad_input_is_one_line_exit_2(tmp_path, capsys):
    (tmp_path / "bin.lp").write_bytes(b"\x00\x00")
    for argv in (["check", str(tmp_path / "missing.lp")], ["check", str(tmp_path / "bin.lp")],
                 ["solve", TABLE2, "--facts", str(tmp_path / "missing.lp")]):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert err.startswith("eric-lp: error:") and err.count("\n") == 1


def test_export_writes_nothing_on_error(tmp_path):
    out = tmp_path / "out.pl"
    assert main(["export", str(tmp_path / "missing.lp"), "--to", "prolog", "-o", str(out)]) == 2
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_bench_engines_reports_rates_and_ratios_from_one_run(capsys):
    assert main(["bench", "engines", "--images", "3000", "--prolog-images", "3000", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["engines_agree"] is True and result["rules"] == 64 and result["entry_kernels"] == 512
    assert set(result["engines"]) == {"numpy", "clingo", "prolog"}
    assert all(row["images"] == 3000 and row["images_per_second"] > 0 for row in result["engines"].values())
    assert set(result["ratios"]) == {"numpy/clingo", "numpy/prolog", "clingo/prolog"}


def test_control_characters_in_names_reach_the_terminal_escaped(tmp_path, capsys):
    evil = tmp_path / "evil\x1b[31m\nfake line.lp"
    evil.write_text("x")
    assert main(["check", str(evil)]) == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\\x1b[31m\\nfake line.lp" in err
    assert err.splitlines()[0].startswith("eric-lp: error:") and "fake line" in err.splitlines()[0]


def test_a_reader_that_goes_away_ends_the_listing_quietly(tmp_path):
    """`eric-lp solve ... | head -1`: no BrokenPipeError traceback, exit 141 like a writer killed by SIGPIPE."""
    import subprocess
    import sys
    import numpy as np
    from pathlib import Path
    from eric_lp.core.facts import Facts
    from eric_lp.lang.parse import read_program
    source = Path(__file__).resolve().parents[2] / "programs" / "fashion-mnist" / "t_shirt_top-pullover-dress.lp"
    program = read_program(source)
    truth = np.random.default_rng(0).random((20000, 64)) < 0.5
    (tmp_path / "facts.lp").write_text(Facts.from_table(program.lep, truth).to_text())
    proc = subprocess.Popen([sys.executable, "-m", "eric_lp", "solve", str(source), "--facts", "facts.lp"],
                            cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = proc.stdout.readline()
    proc.stdout.close()  # the reader goes away long before 20,000 lines are written
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 141 and first
    assert "Traceback" not in err and "BrokenPipe" not in err, err


def test_a_folder_given_as_a_program_or_facts_file_is_called_a_folder(tmp_path, capsys):
    assert main(["check", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "is a folder" in err and "no such file" not in err and err.count("\n") == 1
