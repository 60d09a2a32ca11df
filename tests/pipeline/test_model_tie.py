"""A program runs on the model it was extracted from: quantiser.json and metrics.json name its sha256."""

import hashlib
import json

import pytest

from conftest import TINY_SPEC, tiny_model
from eric_lp import api
from eric_lp.cli.main import main
from eric_lp.errors import ModelError
from eric_lp.nn.models import save_model

LIMIT = "90"


@pytest.fixture(scope="module")
def extracted(tiny, tmp_path_factory):
    """(model A, the folder extracted from it, model B: the same architecture, other weights)."""
    path, _ = tiny
    root = tmp_path_factory.mktemp("tie")
    out = root / "out"
    assert main(["extract", "--model", str(path), "--dataset", TINY_SPEC, "--limit", LIMIT, "--lep", "squeeze2",
                 "--depth", "2", "--cache-dir", str(root / "cache"), "-o", str(out), "--json"]) == 0
    other = save_model(tiny_model(seed=1), root / "other.keras")
    return path, out, other


def test_the_folder_records_the_model_file_and_the_tensors(extracted):
    path, out, _ = extracted
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    quantiser = json.loads((out / "quantiser.json").read_text())
    metrics = json.loads((out / "metrics.json").read_text())
    assert quantiser["model"] == metrics["model"] == {"sha256": digest, "tensors": ["squeeze2"]}


@pytest.mark.parametrize("verb", ["infer", "facts", "explain", "visualise", "report"])
def test_another_model_is_refused_in_one_line(extracted, verb, tmp_path, capsys):
    path, out, other = extracted
    data = ["--dataset", TINY_SPEC, "--limit", LIMIT]
    argv = {"infer": ["infer", "--model", str(other), "--program", str(out), *data],
            "facts": ["facts", "--model", str(other), "--program", str(out), *data, "-o", str(tmp_path / "f.lp")],
            "explain": ["explain", "--model", str(other), "--program", str(out), *data],
            "visualise": ["visualise", "--model", str(other), "--program", str(out), *data],
            "report": ["report", str(out), "--model", str(other), *data]}[verb]
    capsys.readouterr()
    assert main(argv) == 2
    err = capsys.readouterr().err
    got = hashlib.sha256(other.read_bytes()).hexdigest()[:12]
    want = hashlib.sha256(path.read_bytes()).hexdigest()[:12]
    assert err.count("\n") == 1 and f"(sha256 {got}) is not the model" in err and f"(sha256 {want})" in err
    assert "--any-model" in err


def test_any_model_runs_it_anyway_and_the_api_refuses_alike(extracted, capsys):
    path, out, other = extracted
    assert main(["infer", "--model", str(other), "--program", str(out), "--dataset", TINY_SPEC, "--limit", LIMIT,
                 "--any-model", "--json"]) == 0
    assert main(["infer", "--model", str(path), "--program", str(out), "--dataset", TINY_SPEC, "--limit", LIMIT,
                 "--json"]) == 0
    with pytest.raises(ModelError, match="is not the model"):
        api.infer(other, out, dataset=TINY_SPEC, limit=int(LIMIT), progress=False)
    assert api.infer(other, out, dataset=TINY_SPEC, limit=int(LIMIT), progress=False, any_model=True).images


def test_a_folder_written_before_the_hash_loads_unchecked(extracted, tmp_path):
    import shutil
    _, out, other = extracted
    old = tmp_path / "old"
    shutil.copytree(out, old)
    quantiser = json.loads((old / "quantiser.json").read_text())
    del quantiser["model"]
    (old / "quantiser.json").write_text(json.dumps(quantiser))
    (old / "manifest.json").unlink()  # as folders were written before either existed
    assert main(["infer", "--model", str(other), "--program", str(old), "--dataset", TINY_SPEC, "--limit", LIMIT,
                 "--json"]) == 0
