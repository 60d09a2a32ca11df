import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
sys.path.insert(0, str(Path(__file__).parent))

TINY_SPEC = "fashion-mnist:0,1,7"  # t-shirt, trouser, sneaker: a tiny net learns them in seconds


def tiny_model(input_shape=(28, 28, 1), classes=3, seed=0):
    """A small CNN whose layer names are not Keras' block* names."""
    from eric_lp.nn.keras import import_keras as import_keras
    keras = import_keras()
    keras.utils.set_random_seed(seed)
    L = keras.layers
    inputs = keras.Input(shape=input_shape, name="pixels")
    x = L.Conv2D(8, 3, padding="same", activation="relu", name="stem")(inputs)
    x = L.MaxPooling2D(2, name="squeeze")(x)
    x = L.Conv2D(12, 3, padding="same", activation="relu", name="feat_a")(x)
    x = L.Conv2D(16, 3, padding="same", activation="relu", name="feat_b")(x)
    x = L.MaxPooling2D(2, name="squeeze2")(x)
    x = L.Flatten(name="flat")(x)
    outputs = L.Dense(classes, activation="softmax", name="head")(x)
    model = keras.Model(inputs, outputs, name="tiny")
    model.compile(optimizer=keras.optimizers.Adam(3e-3), loss="categorical_crossentropy", metrics=["accuracy"])
    return model


@pytest.fixture(scope="session")
def tiny(tmp_path_factory):
    """(model path, dataset) of a tiny net trained on 600 Fashion-MNIST images."""
    from eric_lp.nn.data import load_dataset
    from eric_lp.nn.keras import import_keras as import_keras
    from eric_lp.nn.models import save_model
    keras = import_keras()
    data = load_dataset(TINY_SPEC, limit=600)
    model = tiny_model()
    model.fit(data.train.x, keras.utils.to_categorical(data.train.y, 3), epochs=3, batch_size=32, verbose=0)
    path = tmp_path_factory.mktemp("models") / "tiny.keras"
    save_model(model, path)
    return path, data
