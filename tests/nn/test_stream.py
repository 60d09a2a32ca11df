"""The streamed forward pass: the same pixels and norms as decoding everything, on one device or two."""

import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from conftest import TINY_SPEC
from eric_lp.errors import DataError
from eric_lp.nn.data import load_dataset
from eric_lp.nn.images import convert_images, read_image
from eric_lp.nn.preprocess import prepare
from eric_lp.nn.stream import ArrayImages, FileImages, batches, iterate_batches


def _streamed(source, preprocess="unit", batch_size=5):
    ds, failure = batches(source, preprocess, batch_size)
    return np.concatenate([np.asarray(b) for b in iterate_batches(ds, failure)])


def _jpeg_folder(root: Path, n: int = 7) -> list:
    rng = np.random.default_rng(0)
    paths = []
    for i in range(n):
        size = (40 + 7 * i, 30 + 5 * i)  # odd sizes: every image is resized
        path = root / f"{i}.jpg" if i % 2 else root / f"{i}.png"
        Image.fromarray(rng.integers(0, 256, (size[1], size[0], 3), dtype=np.uint8), "RGB").save(path)
        paths.append(str(path))
    return paths


@pytest.mark.parametrize("preprocess", ["unit", "caffe"])
def test_files_through_the_pipeline_equal_decoding_each_image(tmp_path, preprocess):
    paths = _jpeg_folder(tmp_path)
    shape = (24, 20, 3)
    old = np.stack([read_image(p, shape) for p in paths])  # what decoding a split whole gave
    got = _streamed(FileImages(tuple(paths), shape), preprocess)
    assert got.shape == (len(paths), *shape)
    np.testing.assert_allclose(got, prepare(old, preprocess), rtol=1e-6, atol=1e-5)
    picked = FileImages(tuple(paths), shape)[[5, 1]]
    np.testing.assert_allclose(picked.array(), old[[5, 1]], atol=1e-6)


def test_arrays_through_the_pipeline_equal_converting_them_whole():
    data = load_dataset(TINY_SPEC, limit=23)
    whole = convert_images(data.test.x, (32, 32, 3))
    source = data.test.images.resized((32, 32, 3))
    assert isinstance(source, ArrayImages) and source.shape == (32, 32, 3)
    np.testing.assert_allclose(_streamed(source, "tf"), prepare(whole, "tf"), atol=1e-6)
    np.testing.assert_allclose(data.resized((32, 32, 3)).test.x, whole, atol=1e-6)


def test_streamed_norms_equal_the_in_memory_pass(tiny):
    from eric_lp.nn.models import load_model
    from eric_lp.nn.quantise import forward_norms
    path, data = tiny
    model = load_model(path)
    x = data.test.x[:50]
    (streamed,), pred = forward_norms(model, data.test.images.take(np.arange(50)), ["squeeze2"], batch_size=16)
    outs = model.predict(x, verbose=0)
    (whole,), pred_whole = forward_norms(model, x, ["squeeze2"], batch_size=50)
    np.testing.assert_allclose(streamed, whole, rtol=1e-5)
    assert np.array_equal(pred, np.argmax(outs, axis=1)) and np.array_equal(pred, pred_whole)


def test_a_broken_file_is_one_line_naming_it(tmp_path):
    paths = _jpeg_folder(tmp_path, 3)
    (tmp_path / "bad.png").write_bytes(b"\x89PNG but not really")
    with pytest.raises(DataError, match=r"bad.png: not a readable image") as err:
        _streamed(FileImages((*paths, str(tmp_path / "bad.png")), (8, 8, 3)))
    assert "\n" not in str(err.value)


def test_oversized_images_and_decompression_bombs_are_refused(tmp_path):
    big = tmp_path / "big.png"
    Image.new("1", (8000, 7000)).save(big)  # 56 megapixels: above the default 50
    with pytest.raises(DataError, match=r"big.png: 8000x7000 is 56.0 megapixels, above the limit of 50"):
        read_image(big, (8, 8, 1))
    assert read_image(big, (8, 8, 1), max_pixels=60_000_000).shape == (8, 8, 1)
    bomb = tmp_path / "bomb.png"
    Image.new("1", (10000, 10000)).save(bomb)  # 100 megapixels: PIL's own bomb limit (89M)
    with pytest.raises(DataError, match=r"bomb.png: refused as a decompression bomb"):
        read_image(bomb, max_pixels=10**9)


def test_the_cli_refuses_an_oversized_image_in_one_line(tiny, tmp_path, capsys):
    from eric_lp.cli.main import main
    path, _ = tiny
    out = tmp_path / "prog"
    assert main(["extract", "--model", str(path), "--dataset", TINY_SPEC, "--limit", "60", "--lep", "squeeze2",
                 "-o", str(out), "--cache-dir", str(tmp_path / "cache"), "--json"]) == 0
    capsys.readouterr()
    img = tmp_path / "wide.png"
    Image.new("L", (400, 300)).save(img)
    assert main(["infer", "--model", str(path), "--program", str(out), "--max-pixels", "100000", str(img)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "wide.png: 400x300" in err and "--max-pixels" in err
    assert main(["infer", "--model", str(path), "--program", str(out), "--max-pixels", "200000", str(img)]) == 0


_TWO_DEVICES = textwrap.dedent("""
    import sys
    import numpy as np
    import tensorflow as tf
    from eric_lp.nn import stream
    stream.use_devices("cpu:0,cpu:1")  # splits the CPU into two logical devices before TF starts them
    from eric_lp.nn.data import load_dataset
    from eric_lp.nn.models import load_model
    from eric_lp.nn.quantise import forward_norms
    assert len(tf.config.list_logical_devices("CPU")) == 2
    model = load_model(sys.argv[1])
    x = load_dataset(sys.argv[2], limit=101).test.images
    assert type(stream.strategy()).__name__ == "MirroredStrategy"
    (two,), p2 = forward_norms(model, x, ["squeeze2", "feat_b"][:1], batch_size=16)
    stream.use_devices(None)
    assert stream.strategy() is None
    (one,), p1 = forward_norms(model, x, ["squeeze2"], batch_size=16)
    assert two.shape == one.shape == (101, 16), (two.shape, one.shape)
    assert np.array_equal(p1, p2)
    np.testing.assert_allclose(two, one, rtol=1e-6)
    print("replicas agree", np.abs(two - one).max())
""")


def test_two_logical_devices_give_the_single_device_norms(tiny, tmp_path):
    path, _ = tiny
    script = tmp_path / "two.py"
    script.write_text(_TWO_DEVICES)
    done = subprocess.run([sys.executable, str(script), str(path), TINY_SPEC], capture_output=True, text=True,
                          timeout=600, cwd=Path(__file__).parents[2])
    assert done.returncode == 0, done.stderr[-3000:]
    assert "replicas agree" in done.stdout


def test_devices_are_checked():
    from eric_lp.nn import stream
    with pytest.raises(DataError, match="expected devices such as"):
        stream.use_devices("tpu:0")
    with pytest.raises(DataError, match="--devices 'gpu:64': this machine has [0-9]+ GPUs? visible"):
        stream.use_devices("gpu:64")  # refused before any model or image is read
    with pytest.raises(DataError, match="--devices 'cpu:100000': this machine has [0-9]+ CPU cores"):
        stream.use_devices("cpu:100000")  # not 100000 logical devices (5 GB)
    assert stream.strategy() is None  # a refused choice leaves the default device
