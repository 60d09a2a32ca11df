"""The report page: every value escaped, a malformed folder refused with one line, and output
rules shown as rows of kernel thumbnails sorted by support."""

import json
import re
import shutil

import pytest

from eric_lp.cli.main import main


@pytest.fixture(scope="module")
def folder(tiny, tmp_path_factory):
    """An extraction with kernel grids (so rules get thumbnails)."""
    path, _ = tiny
    out = tmp_path_factory.mktemp("report") / "out"
    common = ["--dataset", "fashion-mnist:0,1,7", "--limit", "300"]
    assert main(["extract", "--model", str(path), *common, "--lep", "squeeze2", "-o", str(out)]) == 0
    assert main(["visualise", "--model", str(path), "--program", str(out), *common, "--top", "3"]) == 0
    return out


def _copy(folder, tmp_path):
    out = tmp_path / "copy"
    shutil.copytree(folder, out)
    return out


def test_output_rules_are_rows_of_thumbnails_by_support(folder, capsys):
    assert main(["report", str(folder)]) == 0
    page = (folder / "report.html").read_text()
    rows = re.findall(r"<tr><td class=l><code>(r\d+)</code>", page)
    program = (folder / "program.lp").read_text()
    support = {rid: int(n) for rid, n in re.findall(r"% (r\d+)\s+support=(\d+)", program)}
    output_ids = set(re.findall(r"class\(I, \w+\) :- fired\(I, (r\d+)\)", program))
    assert set(rows) == output_ids
    assert [support[r] for r in rows] == sorted((support[r] for r in rows), reverse=True)
    assert page.count('<figure class="lit') >= 1 and 'src="data:image/png;base64,' in page
    negated = program.count("not active(I")
    assert (page.count('<figure class="lit neg">') > 0) == (negated > 0)


def test_every_value_from_the_folder_is_escaped(folder, tmp_path, capsys):
    out = _copy(folder, tmp_path)
    metrics = json.loads((out / "metrics.json").read_text())
    attack = "<script>alert(1)</script>"
    metrics.update(depth=attack, alpha=attack, norm=attack, dataset=attack, lep=attack, layers=[attack])
    (out / "metrics.json").write_text(json.dumps(metrics))
    (out / "explanations.json").write_text(json.dumps([{"text": attack, "class": attack, "label": None}]))
    assert main(["report", str(out)]) == 0
    page = (out / "report.html").read_text()
    assert "<script" not in page and "&lt;script&gt;" in page


@pytest.mark.parametrize("name, content", [
    ("metrics.json", "{not json"),
    ("metrics.json", json.dumps({"vars": 1})),
    ("metrics.json", json.dumps([1, 2])),
    ("explanations.json", json.dumps({"text": 3})),
    ("explanations.json", "\udcff"),
])
def test_a_malformed_folder_is_refused_with_one_line(folder, tmp_path, capsys, name, content):
    out = _copy(folder, tmp_path)
    (out / name).write_bytes(content.encode("utf-8", "surrogateescape"))
    assert main(["report", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and name in err
