"""Streamed inference (issue 28): `api.infer_stream` decides batch by batch, `infer --jsonl` writes each
batch's answers once decided, with the fields `--json` gives and a summary line of counts."""

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from eric_lp import api
from eric_lp.cli.main import main
from eric_lp.core.scoring import agreement
from eric_lp.engines import run
from eric_lp.errors import DataError
from eric_lp.nn.models import load_model

SPEC = "fashion-mnist:0,1,7"
IMAGES = 600  # the test split at --limit 600: three batches of 256, 256 and 88


@pytest.fixture(scope="module")
def extracted(tiny, tmp_path_factory):
    """(model path, extraction folder) of the tiny net, one entry layer."""
    path, _ = tiny
    out = tmp_path_factory.mktemp("stream") / "out"
    assert main(["extract", "--model", str(path), "--dataset", SPEC, "--limit", str(IMAGES), "--lep", "squeeze2",
                 "--cache-dir", str(out.parent / "cache"), "-o", str(out), "--json"]) == 0
    return path, out


@pytest.fixture(scope="module")
def image_files(tiny, tmp_path_factory):
    """Paths of 600 test images written as PNG files, then one file that is no image."""
    _, data = tiny
    folder = tmp_path_factory.mktemp("files")
    paths = []
    for i, pixels in enumerate(data.test.images.array()[:IMAGES]):
        path = folder / f"{i:04d}.png"
        Image.fromarray((pixels[..., 0] * 255).round().astype(np.uint8), "L").save(path)
        paths.append(str(path))
    (folder / "broken.png").write_bytes(b"not an image")
    return paths, str(folder / "broken.png")


def _infer(model, out, *extra):
    return ["infer", "--model", str(model), "--program", str(out), "--dataset", SPEC, "--limit", str(IMAGES), *extra]


def _lines(text):
    rows = [json.loads(line) for line in text.splitlines()]
    return rows[:-1], rows[-1]


def test_jsonl_lines_are_the_json_entries_and_the_summary_its_totals(extracted, capsys):
    model, out = extracted
    assert main(_infer(model, out, "--json")) == 0
    whole = json.loads(capsys.readouterr().out)
    assert main(_infer(model, out, "--jsonl")) == 0
    rows, last = _lines(capsys.readouterr().out)
    assert len(rows) == IMAGES and rows == whole["images"]
    assert all("summary" not in row for row in rows)
    summary = last["summary"]
    assert {k: summary[k] for k in ("accuracy", "fidelity", "no_class", "several_classes")} == \
        {k: whole[k] for k in ("accuracy", "fidelity", "no_class", "several_classes")}
    assert summary["images"] == IMAGES
    assert summary["correct"] == sum(r["class"] == r["label"] for r in rows)
    assert summary["agreeing"] == sum(r["class"] == r["model_class"] for r in rows)


@pytest.mark.parametrize("engine", ["numpy", "clingo", "prolog"])
def test_infer_from_the_stream_is_the_whole_batch_pass(extracted, engine):
    """What `infer` returned before it streamed: one forward pass, one engine run over every image."""
    model, out = extracted
    limit = 300 if engine == "prolog" else IMAGES  # two batches are enough to cross a batch boundary
    program, quantiser = api.load_extraction(out)
    x, labels, sources = api.images_input(quantiser, SPEC, limit=limit, model=model)
    facts, norms, model_pred = api.lep_facts(load_model(model), quantiser, x)
    answer = run(program, facts, engine)
    predicted = answer.predicted()
    result = api.infer(model, out, dataset=SPEC, limit=limit, engine=engine, progress=False)
    assert result.answer == answer and np.array_equal(result.norms, norms)
    assert result.accuracy == round(agreement(predicted, labels), 2)
    assert result.fidelity == round(agreement(predicted, model_pred), 2)
    assert result.undecided == answer.undecided()
    assert [r["class"] for r in result.images] == [program.classes[p] if p >= 0 else None for p in predicted]
    assert [r["model_class"] for r in result.images] == [program.classes[p] for p in model_pred]
    assert [r["image"] for r in result.images] == sources


def test_a_batch_is_handed_on_before_later_images_are_read(extracted, image_files):
    """The broken file is the last image: a stream yields the first two batches before it fails on the
    third; a pass that read every image first would fail before yielding anything."""
    model, out = extracted
    paths, broken = image_files
    stream = api.infer_stream(model, out, files=[*paths, broken], progress=False)
    first = next(stream)
    assert len(first.images) == 256 and first.tally.images == 256
    assert [r["image"] for r in first.images] == paths[:256]
    assert len(next(stream).images) == 256
    with pytest.raises(DataError, match="broken.png"):
        next(stream)


def test_jsonl_has_written_the_decided_answers_when_a_later_image_fails(extracted, image_files, capsys):
    model, out = extracted
    paths, broken = image_files
    base = ["infer", "--model", str(model), "--program", str(out)]
    assert main([*base, "--jsonl", *paths]) == 0
    complete = capsys.readouterr().out.splitlines()
    assert main([*base, "--jsonl", *paths, broken]) == 2
    printed = capsys.readouterr()
    assert printed.out.splitlines() == complete[:512]  # two batches, no summary
    assert len(printed.err.strip().splitlines()) == 1 and "broken.png" in printed.err


def test_jsonl_to_a_file_appears_whole_or_not_at_all(extracted, image_files, tmp_path, capsys):
    model, out = extracted
    paths, broken = image_files
    base = ["infer", "--model", str(model), "--program", str(out), "--jsonl", *paths]
    target = tmp_path / "answers.jsonl"
    assert main([*base, "-o", str(target)]) == 0
    assert capsys.readouterr().out == ""
    assert main(base) == 0
    assert target.read_text() == capsys.readouterr().out
    target.write_text("before\n")
    assert main([*base, broken, "-o", str(target)]) == 2
    assert target.read_text() == "before\n"  # the failed run left the old file, and no temporary beside it
    assert sorted(p.name for p in tmp_path.iterdir()) == ["answers.jsonl"]


def test_a_bad_output_is_one_line_exit_2_before_any_work(extracted, tmp_path, capsys):
    model, out = extracted
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    (tmp_path / "file").write_text("")
    for bad, words in ((tmp_path, "folder"), (fifo, "not a regular file"),
                       (tmp_path / "file" / "x.jsonl", "Not a directory")):
        for program in (out, tmp_path / "no-program"):  # refused before the program is read
            assert main(["infer", "--model", str(model), "--program", str(program), "--dataset", SPEC,
                         "--jsonl", "-o", str(bad)]) == 2
            err = capsys.readouterr().err
            assert len(err.strip().splitlines()) == 1 and words in err and "eric-lp: error:" in err, err
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert main(_infer(model, out, "-o", str(tmp_path / "a.jsonl"))) == 2  # -o is for --jsonl
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "--jsonl" in err
    assert not (tmp_path / "a.jsonl").exists()


def test_jsonl_refuses_to_write_over_the_models_training_record(extracted, image_files, tmp_path, capsys):
    """MODEL.data.json is read (the seed, the split check): -o naming it would replace an input."""
    from eric_lp.nn.training_record import DataChoice, record_path, write_record
    model, out = extracted
    paths, _ = image_files
    copy = tmp_path / "m.keras"
    copy.write_bytes(Path(model).read_bytes())
    record = write_record(copy, [DataChoice.of("fashion-mnist:2,3,4", seed=5, limit=50)])
    assert record == record_path(copy)
    before = record.read_bytes()
    assert main(["infer", "--model", str(copy), "--program", str(out), "--any-model", "--jsonl", *paths[:3],
                 "-o", str(record)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "is also an input" in err, err
    assert record.read_bytes() == before


def test_a_reader_that_goes_away_ends_jsonl_quietly(extracted):
    """`eric-lp infer --jsonl ... | head -1`: exit 141 as a writer killed by SIGPIPE, no traceback.
    3,000 answers are more than a pipe holds, so the writer is still writing when the reader leaves."""
    model, out = extracted
    argv = _infer(model, out, "--jsonl")
    argv[argv.index("--limit") + 1] = "3000"
    env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3"}
    proc = subprocess.Popen([sys.executable, "-m", "eric_lp", *argv], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env, cwd=Path(__file__).parents[2])
    first = json.loads(proc.stdout.readline())
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=300) == 141 and "image" in first
    assert "Traceback" not in err and "BrokenPipe" not in err and "Exception" not in err, err


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full, a device whose writes fail")
def test_jsonl_to_a_full_disk_is_one_line(extracted):
    """`infer --jsonl > FILE` on a full disk: one line and exit status 2, not a traceback."""
    model, out = extracted
    env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3"}
    with open("/dev/full", "w") as full:
        proc = subprocess.run([sys.executable, "-m", "eric_lp", *_infer(model, out, "--jsonl")], stdout=full,
                              stderr=subprocess.PIPE, env=env, cwd=Path(__file__).parents[2], timeout=300)
    err = proc.stderr.decode()
    assert proc.returncode == 2 and err.count("\n") == 1, err
    assert err.startswith("eric-lp: error: <stdout>: cannot write the answers (No space left on device)"), err


def test_larger_images_stream_in_smaller_batches():
    """A batch's pixels stay within BATCH_BYTES: 256 small images, fewer large ones, never under 16."""
    from eric_lp.pipeline.infer import BATCH_BYTES, batch_size_for
    assert batch_size_for((28, 28, 1)) == 256 and batch_size_for((52, 52, 3)) == 256
    assert batch_size_for((96, 96, 3)) == 64 and batch_size_for((224, 224, 3)) == 16
    for shape in ((53, 53, 3), (96, 96, 3), (128, 128, 3)):
        size = batch_size_for(shape)
        assert size * 4 * np.prod(shape) <= BATCH_BYTES < 2 * size * 4 * np.prod(shape)
