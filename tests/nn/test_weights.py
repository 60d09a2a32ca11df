"""train --arch vgg16 --weights FILE: VGG16 starts from a local ImageNet weights file, in either
format keras.applications uses, matching layers by name; nothing is fetched."""

import h5py
import numpy as np
import pytest

from eric_lp.errors import ModelError
from eric_lp.nn.keras import import_keras
from eric_lp.nn.models import build_model


@pytest.fixture(scope="module")
def source():
    keras = import_keras()
    keras.utils.set_random_seed(7)
    return keras.applications.VGG16(weights=None, include_top=False, input_shape=(32, 32, 3))


def _same(model, source, name):
    return all(np.array_equal(a, b) for a, b in zip(model.get_layer(name).get_weights(),
                                                    source.get_layer(name).get_weights()))


def test_keras3_weights_file_without_the_top(source, tmp_path):
    path = tmp_path / "vgg16_notop.weights.h5"
    source.save_weights(path)
    model = build_model("vgg16", (32, 32, 3), 3, seed=0, weights=path)
    fresh = build_model("vgg16", (32, 32, 3), 3, seed=0)
    assert _same(model, source, "block1_conv1") and _same(model, source, "block5_conv3")
    assert not _same(fresh, source, "block1_conv1")  # the weights came from the file, not the seed


def test_legacy_h5_file_as_keras_applications_downloads_it(source, tmp_path):
    from keras.src.legacy.saving import legacy_h5_format
    path = tmp_path / "vgg16_weights_tf_dim_ordering_tf_kernels_notop.h5"
    with h5py.File(path, "w") as f:
        legacy_h5_format.save_weights_to_hdf5_group(f, source)
    model = build_model("vgg16", (32, 32, 3), 3, seed=0, weights=path)
    assert _same(model, source, "block3_conv2")


def test_bad_weights_are_refused(tmp_path):
    with pytest.raises(ModelError, match="no such weights file"):
        build_model("vgg16", (32, 32, 3), 3, weights=tmp_path / "missing.h5")
    with pytest.raises(ModelError, match="vgg-small has none"):
        build_model("vgg-small", (28, 28, 1), 3, weights=tmp_path / "missing.h5")
    other = tmp_path / "other.weights.h5"
    keras = import_keras()
    tiny = keras.Sequential([keras.Input((4,)), keras.layers.Dense(2)])
    tiny.save_weights(other)
    with pytest.raises(ModelError, match="not VGG16 weights"):
        build_model("vgg16", (32, 32, 3), 3, weights=other)
