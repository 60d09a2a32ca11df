"""An extraction folder is one unit: an interrupted write leaves the old set, a mixed set is refused."""

import json
import shutil

import pytest

from conftest import TINY_SPEC
from eric_lp.cli.main import main
from eric_lp.errors import DataError
from eric_lp.pipeline import folder as folder_module
from eric_lp.pipeline.folder import FILES, MANIFEST, load_extraction


def _extract(tiny_path, out, tmp_path, *extra):
    return main(["extract", "--model", str(tiny_path), "--dataset", TINY_SPEC, "--limit", "90", "--lep", "squeeze2",
                 "-o", str(out), "--cache-dir", str(tmp_path / "cache"), "--json", *extra])


def _snapshot(out):
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()}


def test_the_manifest_lists_every_file(tiny, tmp_path, capsys):
    import hashlib
    out = tmp_path / "prog"
    assert _extract(tiny[0], out, tmp_path) == 0
    files = json.loads((out / MANIFEST).read_text())["files"]
    assert sorted(files) == sorted(FILES)
    assert all(hashlib.sha256((out / n).read_bytes()).hexdigest() == d for n, d in files.items())
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".prog.")]  # no staging folder left


def test_an_interrupted_extraction_leaves_the_old_set(tiny, tmp_path, capsys, monkeypatch):
    out = tmp_path / "prog"
    assert _extract(tiny[0], out, tmp_path) == 0
    (out / "kernels").mkdir()
    (out / "kernels" / "a.png").write_bytes(b"grid")
    before = _snapshot(out)
    real = folder_module._write_file

    def dies_on_quantiser(path, data):
        if path.name == "quantiser.json":
            raise KeyboardInterrupt  # killed mid-write, after program.lp and program.pl
        real(path, data)
    monkeypatch.setattr(folder_module, "_write_file", dies_on_quantiser)
    assert _extract(tiny[0], out, tmp_path, "--depth", "2", "--norm", "l2") == 130
    assert _snapshot(out) == before and (out / "kernels" / "a.png").read_bytes() == b"grid"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".prog.")]
    load_extraction(out)
    monkeypatch.setattr(folder_module, "_write_file", real)
    assert _extract(tiny[0], out, tmp_path, "--depth", "2", "--norm", "l2") == 0
    assert _snapshot(out)["program.lp"] != before["program.lp"]
    assert (out / "kernels" / "a.png").read_bytes() == b"grid"  # other files carried over
    assert json.loads((out / "quantiser.json").read_text())["norm"] == "l2"


def test_infer_refuses_a_mixed_set_naming_the_file(tiny, tmp_path, capsys):
    old, new = tmp_path / "old", tmp_path / "new"
    assert _extract(tiny[0], old, tmp_path) == 0
    assert _extract(tiny[0], new, tmp_path, "--norm", "l2", "--depth", "2") == 0
    shutil.copy(old / "quantiser.json", new / "quantiser.json")  # new program.lp beside the old quantiser
    capsys.readouterr()
    code = main(["infer", "--model", str(tiny[0]), "--program", str(new), "--dataset", TINY_SPEC, "--limit", "20"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "quantiser.json: does not match manifest.json" in err
    for verb in (["explain", "--model", str(tiny[0]), "--program", str(new), "--dataset", TINY_SPEC, "--limit", "5"],
                 ["facts", "--model", str(tiny[0]), "--program", str(new), "--dataset", TINY_SPEC, "--limit", "5",
                  "-o", str(tmp_path / "f.lp")]):
        assert main(verb) == 2 and "quantiser.json" in capsys.readouterr().err
    (new / "program.pl").unlink()
    with pytest.raises(DataError, match="program.pl: missing, but manifest.json lists it"):
        load_extraction(new)


def test_a_folder_without_manifest_still_loads_and_label_adds_one(tiny, tmp_path, capsys):
    out = tmp_path / "prog"
    assert _extract(tiny[0], out, tmp_path) == 0
    (out / MANIFEST).unlink()
    (out / "program.lp").write_text((out / "program.lp").read_text() + "% edited by hand\n")
    program, _ = load_extraction(out)  # an old folder: no check
    kernel = sorted(program.kernels_read(program.lep))[0]
    assert main(["label", str(out), "--set", f"{program.lep}:{kernel}=stripes"]) == 0
    files = json.loads((out / MANIFEST).read_text())["files"]
    assert sorted(files) == sorted(FILES) and "stripes" in (out / "program.lp").read_text()
    load_extraction(out)
    assert main(["label", str(out), "--set", f"{program.lep}:{kernel}=dots"]) == 0
    load_extraction(out)  # label keeps the manifest in step with what it rewrote
