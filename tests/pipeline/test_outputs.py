"""Outputs, round two (issue 24, item 6): a folder keeps its mode, an output is never one of the
command's inputs, nothing is written through a link that points elsewhere or dangles, `images`
replaces an earlier export whole, and staging folders a killed run left are cleaned."""

import os
import stat
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from conftest import TINY_SPEC
from eric_lp.cli.main import main
from eric_lp.core.files import clean_staging, staging_folder
from eric_lp.lang.labels import kernels_used
from eric_lp.pipeline.folder import load_extraction

ROOT = Path(__file__).resolve().parents[2]
TABLE2 = ROOT / "programs" / "table2.lp"


def _one_error(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("eric-lp: error: ") and "Traceback" not in err, err
    return err


@pytest.fixture(scope="module")
def extracted(tiny, tmp_path_factory):
    base = tmp_path_factory.mktemp("outputs")
    out = base / "prog"
    argv = ["extract", "--model", str(tiny[0]), "--dataset", TINY_SPEC, "--limit", "90", "--lep", "squeeze2",
            "-o", str(out), "--cache-dir", str(base / "cache"), "--json"]
    assert main(argv) == 0
    return tiny[0], out, argv


def _snapshot(folder):
    return {p.relative_to(folder): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_extract_and_label_keep_a_private_folders_mode(extracted, capsys):
    model, out, argv = extracted
    os.chmod(out, 0o700)
    assert main(argv) == 0
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o700
    program, _ = load_extraction(out)
    layer, kernel = sorted(kernels_used(program), key=str)[0]
    assert main(["label", str(out), "--set", f"{layer}:{kernel}=private_name"]) == 0
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o700 and "private_name" in (out / "program.lp").read_text()
    os.chmod(out, 0o755)
    assert main(argv) == 0
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o755


def test_facts_refuses_to_write_over_the_program_it_reads(extracted, capsys):
    model, out, _ = extracted
    before = _snapshot(out)
    for name in ("program.lp", "quantiser.json", "manifest.json"):
        assert main(["facts", "--model", str(model), "--program", str(out), "--dataset", TINY_SPEC,
                     "--limit", "5", "-o", str(out / name)]) == 2
        assert "is also an input" in _one_error(capsys)
    assert main(["finetune", "--model", str(model), "--dataset", TINY_SPEC, "--lep", "squeeze2",
                 "-o", str(model)]) == 2
    assert "is also an input" in _one_error(capsys)
    assert _snapshot(out) == before


def test_export_refuses_its_own_input_by_any_name(tmp_path, capsys):
    program = tmp_path / "p.lp"
    program.write_bytes(TABLE2.read_bytes())
    (tmp_path / "hard.lp").hardlink_to(program)
    (tmp_path / "soft.lp").symlink_to(program)
    for output in (program, tmp_path / "hard.lp", tmp_path / "soft.lp", tmp_path / "." / "p.lp"):
        assert main(["export", str(program), "--to", "prolog", "-o", str(output)]) == 2
        assert "is also an input" in _one_error(capsys)
    assert program.read_bytes() == TABLE2.read_bytes()
    assert main(["export", str(program), "--to", "prolog", "-o", str(tmp_path / "p.pl")]) == 0


def test_an_output_inside_the_image_folder_it_reads_is_refused(tmp_path, capsys):
    images = tmp_path / "images"
    (images / "a").mkdir(parents=True)
    (images / "b").mkdir()
    assert main(["train", "--images", str(images), "-o", str(images / "model.keras")]) == 2
    assert "lies in" in _one_error(capsys)
    assert sorted(p.name for p in images.iterdir()) == ["a", "b"]


def test_visualise_never_writes_through_a_kernels_link(extracted, tmp_path, capsys):
    model, out, _ = extracted
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (out / "kernels").symlink_to(elsewhere)
    try:
        before = _snapshot(out)
        assert main(["visualise", "--model", str(model), "--program", str(out), "--dataset", TINY_SPEC,
                     "--limit", "30", "--top", "2", "--json"]) == 2
        assert "symbolic link" in _one_error(capsys)
        assert list(elsewhere.iterdir()) == [] and _snapshot(out) == before
    finally:
        (out / "kernels").unlink()


def test_a_grid_that_is_a_link_is_replaced_not_written_through(extracted, tmp_path, capsys):
    from eric_lp.pipeline.visualise import grid_name
    model, out, _ = extracted
    program, _ = load_extraction(out)
    layer, kernel = sorted(kernels_used(program), key=str)[0]
    victim = tmp_path / "victim.png"
    victim.write_bytes(b"mine")
    (out / "kernels").mkdir(exist_ok=True)
    grid = out / "kernels" / grid_name(layer, kernel)
    grid.symlink_to(victim)
    assert main(["visualise", "--model", str(model), "--program", str(out), "--dataset", TINY_SPEC,
                 "--limit", "30", "--top", "2", "--json"]) == 0
    capsys.readouterr()
    assert victim.read_bytes() == b"mine"
    assert not grid.is_symlink() and grid.read_bytes().startswith(b"\x89PNG")


def test_a_dangling_link_is_refused_as_an_output_and_makes_nothing(tmp_path, capsys):
    nowhere = tmp_path / "nowhere"
    (tmp_path / "out.lp").symlink_to(nowhere / "deep" / "out.lp")
    (tmp_path / "dir").symlink_to(nowhere / "folder")
    cases = [["export", str(TABLE2), "--to", "asp", "-o", str(tmp_path / "out.lp")],
             ["export", str(TABLE2), "--to", "asp", "-o", str(tmp_path / "dir" / "x.lp")],
             ["extract", "--model", "m.keras", "--dataset", TINY_SPEC, "--lep", "x", "-o", str(tmp_path / "dir")],
             ["images", "--dataset", TINY_SPEC, "-o", str(tmp_path / "dir" / "sub")]]
    for argv in cases:
        assert main(argv) == 2
        assert "does not exist" in _one_error(capsys)
    assert not nowhere.exists()


def _pngs(folder):
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*.png"))


def test_images_replaces_an_earlier_export_whole_and_refuses_other_folders(tmp_path, capsys):
    out = tmp_path / "pngs"
    assert main(["images", "--dataset", TINY_SPEC, "--limit", "6", "-o", str(out), "--json"]) == 0
    first = _pngs(out)
    assert main(["images", "--dataset", "fashion-mnist:2,3", "--limit", "3", "-o", str(out), "--json"]) == 0
    second = _pngs(out)
    assert len(second) == 9 and not set(first) & set(second)  # no image of the first export is left
    capsys.readouterr()
    (out / "notes.txt").write_text("keep me")
    assert main(["images", "--dataset", TINY_SPEC, "--limit", "6", "-o", str(out)]) == 2
    assert "not an earlier" in _one_error(capsys)
    assert (out / "notes.txt").read_text() == "keep me" and _pngs(out) == second
    assert [p.name for p in tmp_path.iterdir()] == ["pngs"]  # no staging folder left behind


def _dead_pid() -> int:
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(proc.stdout)


def test_staging_folders_of_a_killed_run_are_cleaned_on_the_next(extracted, capsys):
    model, out, argv = extracted
    dead = _dead_pid()
    stale = [out.parent / f".prog.{dead}.abcd_123.new", out.parent / f".prog.{dead}.zz99zz99.old"]
    kept = [out.parent / f".prog.{os.getpid()}.abcdefgh.new",  # a live process's: still being written
            out.parent / ".prog.abcdefgh.new",  # no pid in the name: whose it is cannot be told
            out.parent / f".prog2.{dead}.abcdefgh.new",  # another folder's
            out.parent / f".prog.{dead}.abcdefgh.new.keep"]  # not the pattern
    for folder in stale + kept:
        folder.mkdir()
        (folder / "program.lp").write_text("half")
    assert main(argv) == 0
    assert not any(p.exists() for p in stale) and all(p.exists() for p in kept)
    for folder in kept:
        (folder / "program.lp").unlink()
        folder.rmdir()


def test_a_staging_folder_is_named_for_its_process_and_cleaned_when_that_dies(tmp_path):
    target = tmp_path / "out"
    code = ("import os, sys; from pathlib import Path; from eric_lp.core.files import staging_folder; "
            f"staging_folder(Path({str(target)!r})); os._exit(9)")  # dies as SIGKILL would leave it
    subprocess.run([sys.executable, "-c", code], check=False)
    left = [p for p in tmp_path.iterdir()]
    assert len(left) == 1 and left[0].name.startswith(".out.") and left[0].name.endswith(".new")
    mine = staging_folder(target)
    assert not left[0].exists() and mine.name.startswith(f".out.{os.getpid()}.")
    assert clean_staging(target) == [] and mine.exists()
