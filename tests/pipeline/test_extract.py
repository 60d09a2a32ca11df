import json

import numpy as np
import pytest
from PIL import Image

from eric_lp import api
from eric_lp.cli.main import main
from eric_lp.errors import DataError, ModelError
from eric_lp.pipeline.extract import extract
from eric_lp.pipeline.folder import load_quantiser
from eric_lp.pipeline.settings import ExtractionSettings
from eric_lp.nn.models import load_model, model_key, save_model
from eric_lp.lang.parse import read_program


def _extract(tiny, tmp_path, *extra):
    path, _ = tiny
    out = tmp_path / "out"
    argv = ["extract", "--model", str(path), "--dataset", "fashion-mnist:0,1,7", "--limit", "600",
            "--cache-dir", str(tmp_path / "cache"), "-o", str(out), "--json", *extra]
    return main(argv), out


def test_extract_writes_program_quantiser_and_metrics(tiny, tmp_path, capsys):
    rc, out = _extract(tiny, tmp_path, "--lep", "squeeze2")
    assert rc == 0
    metrics = json.loads((out / "metrics.json").read_text())
    printed = json.loads(capsys.readouterr().out)
    assert printed == metrics
    for key in ("accuracy_model", "accuracy_program", "fidelity"):
        assert set(metrics[key]) == {"train", "val", "test"}
    program = read_program(out / "program.lp")
    assert read_program(out / "program.pl") == program
    assert (metrics["vars"], metrics["rules"], metrics["size"]) == tuple(program.metrics().as_dict().values())
    assert metrics["fidelity"]["train"] > 70
    q = load_quantiser(out)
    assert q.lep.atom == "squeeze2" and len(q.thresholds[0]) == 16
    assert all(len(r.body) <= 6 for r in program.rules)


def test_same_inputs_same_bytes_and_cached_norms(tiny, tmp_path):
    _, first = _extract(tiny, tmp_path, "--lep", "squeeze2")
    text = (first / "program.lp").read_bytes()
    _, second = _extract(tiny, tmp_path, "--lep", "squeeze2", "-o", str(tmp_path / "again"))
    assert (tmp_path / "again" / "program.lp").read_bytes() == text
    assert json.loads((tmp_path / "again" / "metrics.json").read_text())["timings"]["forward_cached"]


def test_multi_layer_chain_and_pooled_maps(tiny, tmp_path):
    rc, out = _extract(tiny, tmp_path, "--layers", "feat_a,feat_b", "--alpha", "0.1", "--depth", "2")
    assert rc == 0
    program = read_program(out / "program.lp")
    assert program.layers == ("feat_a", "squeeze2")  # named by the tensor read: feat_b through its pool
    assert program.rules_of("squeeze2") and program.rules_of("class")
    q = load_quantiser(out)
    assert [c.tensor for c in q.layers] == ["feat_a", "squeeze2"]  # feat_b feeds a pool: read the pool


def test_engines_give_the_same_classes_on_the_test_split(tiny, tmp_path):
    path, _ = tiny
    _, out = _extract(tiny, tmp_path, "--layers", "feat_a,feat_b", "--alpha", "0.1", "--depth", "2")
    results = {e: api.infer(path, out, dataset="fashion-mnist:0,1,7", limit=600, engine=e, progress=False)
               for e in ("numpy", "clingo", "prolog")}
    classes = {e: [row["class"] for row in r.images] for e, r in results.items()}
    assert classes["numpy"] == classes["clingo"] == classes["prolog"]
    metrics = json.loads((out / "metrics.json").read_text())
    assert results["numpy"].fidelity == metrics["fidelity"]["test"]
    assert results["numpy"].accuracy == metrics["accuracy_program"]["test"]


def test_infer_json_on_image_files(tiny, tmp_path, capsys):
    path, data = tiny
    _, out = _extract(tiny, tmp_path, "--lep", "squeeze2")
    capsys.readouterr()
    files = []
    for i in range(3):
        f = tmp_path / f"img{i}.png"
        Image.fromarray((data.test.x[i, ..., 0] * 255).astype(np.uint8), "L").save(f)
        files.append(str(f))
    assert main(["infer", "--model", str(path), "--program", str(out), *files, "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert [r["image"] for r in result["images"]] == files
    assert result["accuracy"] is None and all(r["label"] is None for r in result["images"])
    assert all(r["class"] in ("t_shirt_top", "trouser", "sneaker") for r in result["images"])


@pytest.mark.parametrize("args, message", [
    (["--lep", "conv99"], "not in model; layers with kernels: stem, squeeze"),
    (["--lep", "head"], "has no kernels"),
    (["--layers", "feat_b,feat_a"], "not in ascending order"),
    (["--layers", "feat_b,squeeze2"], "same tensor twice"),
])
def test_bad_layers_are_refused(tiny, tmp_path, capsys, args, message):
    rc, out = _extract(tiny, tmp_path, *args)
    assert rc == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert not out.exists()


def test_model_without_conv_layers(tmp_path):
    from eric_lp.nn.keras import import_keras as import_keras
    keras = import_keras()
    inputs = keras.Input((28, 28, 1))
    model = keras.Model(inputs, keras.layers.Dense(3, activation="softmax")(keras.layers.Flatten()(inputs)))
    save_model(model, tmp_path / "dense.keras")
    with pytest.raises(ModelError, match="no convolutional layer"):
        api.extract(tmp_path / "dense.keras", dataset="fashion-mnist:0,1,7", limit=50, lep="dense",
                    cache_dir=tmp_path)


def test_images_that_do_not_fit_the_model(tiny, tmp_path):
    path, _ = tiny
    from eric_lp.nn.data import load_dataset
    small = load_dataset("fashion-mnist:0,1,7", limit=20, shape=(20, 20, 1))
    with pytest.raises(DataError, match=r"images have shape \(20, 20, 1\) but the model takes \(28, 28, 1\)"):
        extract(load_model(path), model_key(path), small, ExtractionSettings(("squeeze2",)), cache_dir=tmp_path)


def test_nan_activations_are_refused(tiny, tmp_path):
    path, _ = tiny
    model = load_model(path)
    weights = model.get_layer("stem").get_weights()
    weights[0][:] = np.nan
    model.get_layer("stem").set_weights(weights)
    from eric_lp.nn.data import load_dataset
    data = load_dataset("fashion-mnist:0,1,7", limit=20)
    with pytest.raises(ModelError, match="non-finite activation"):
        extract(model, "nan-model", data, ExtractionSettings(("squeeze2",)), cache_dir=tmp_path)


def test_image_folder_end_to_end(tmp_path, capsys):
    rng = np.random.default_rng(0)
    for split, n in (("train", 30), ("val", 8), ("test", 8)):
        for cls in ("bright", "dark"):
            for i in range(n):
                base = 200 if cls == "bright" else 40
                arr = np.clip(base + rng.normal(0, 20, (16, 16)), 0, 255).astype(np.uint8)
                (tmp_path / "imgs" / split / cls).mkdir(parents=True, exist_ok=True)
                Image.fromarray(arr, "L").save(tmp_path / "imgs" / split / cls / f"{i}.png")
    model = tmp_path / "m.keras"
    imgs = str(tmp_path / "imgs")
    assert main(["train", "--images", imgs, "--epochs", "2", "-o", str(model), "--json"]) == 0
    assert main(["extract", "--model", str(model), "--images", imgs, "--lep", "block3_pool", "--depth", "1",
                 "--cache-dir", str(tmp_path / "c"), "-o", str(tmp_path / "out"), "--json"]) == 0
    capsys.readouterr()
    assert main(["infer", "--model", str(model), "--program", str(tmp_path / "out"), "--images", imgs,
                 "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert len(result["images"]) == 16 and result["images"][0]["image"].endswith(".png")
    assert {r["label"] for r in result["images"]} == {"bright", "dark"}


def test_a_chain_may_not_skip_a_conv_layer(tiny, tmp_path, capsys):
    rc, _ = _extract(tiny, tmp_path, "--layers", "stem,feat_b")
    assert rc == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not consecutive" in err and "feat_a" in err


def test_the_layer_is_named_by_the_tensor_read(tiny, tmp_path, capsys):
    """A conv feeding a pool is read through the pool: --lep feat_b and --lep squeeze2 are one program,
    byte for byte, under the pool's name (so diff finds them equivalent and labels carry across)."""
    conv, pool = tmp_path / "conv", tmp_path / "pool"
    assert _extract(tiny, tmp_path, "--lep", "feat_b", "-o", str(conv))[0] == 0
    assert _extract(tiny, tmp_path, "--lep", "squeeze2", "-o", str(pool))[0] == 0
    for name in ("program.lp", "program.pl"):
        assert (conv / name).read_bytes() == (pool / name).read_bytes()
    metrics = json.loads((conv / "metrics.json").read_text())
    assert metrics["lep"] == "squeeze2" and metrics["layers"] == ["squeeze2"]
    assert read_program(conv / "program.lp").lep == "squeeze2"
    capsys.readouterr()
    assert main(["diff", str(conv / "program.lp"), str(pool / "program.lp")]) == 0


def test_the_pixel_advice_names_only_conventions_the_model_can_take():
    """A grey model was told to try caffe or torch, which are refused for one channel."""
    from eric_lp.pipeline.extract import chance_warnings
    metrics = {"accuracy_model": {"train": 50.0}, "size": 0}
    grey = chance_warnings(metrics, 2, "tf", ["conv"], channels=1)[0]
    assert "Try --preprocess unit or raw as" in grey and "caffe" not in grey.split("Try")[1]
    rgb = chance_warnings(metrics, 2, "tf", ["conv"], channels=3)[0]
    assert "unit or raw or caffe or torch" in rgb
