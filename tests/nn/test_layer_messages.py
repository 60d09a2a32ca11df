"""What a refused layer choice says: a layer's name is called a layer name, and the chain an error
suggests is one the same check accepts."""

import re

import pytest

from conftest import tiny_model
from eric_lp.errors import DataError, ModelError
from eric_lp.nn.keras import import_keras
from eric_lp.nn.layers import resolve_layers


def _model_with_layer(name):
    keras = import_keras()
    L = keras.layers
    inputs = keras.Input(shape=(8, 8, 1))
    x = L.Conv2D(2, 3, name=name)(inputs)
    outputs = L.Dense(2, name="head")(L.Flatten()(x))
    return keras.Model(inputs, outputs)


@pytest.mark.parametrize("name, message", [("not", "layer name 'not' would become 'not', a reserved word"),
                                           ("\u65e5\u672c", "layer name '\u65e5\u672c': '\u65e5\u672c' has no ASCII"),
                                           ("__", "layer name '__' has no letters or digits")])
def test_a_layer_name_that_makes_no_atom_is_called_a_layer_name(name, message):
    with pytest.raises(DataError) as info:
        resolve_layers(_model_with_layer(name), [name])
    assert str(info.value).startswith(message) and "class name" not in str(info.value)


@pytest.mark.parametrize("chain", [["stem", "squeeze2"], ["squeeze", "squeeze2"], ["stem", "feat_b"],
                                   ["squeeze", "feat_b"]])
def test_the_chain_a_consecutiveness_error_suggests_is_accepted(chain):
    model = tiny_model()
    with pytest.raises(ModelError, match="not consecutive") as info:
        resolve_layers(model, chain)
    suggested = re.search(r"--layers (\S+)\)", str(info.value)).group(1).split(",")
    assert suggested[0] == chain[0]
    choices = resolve_layers(model, suggested)
    # the suggested chain ends at the tensor the user asked for
    assert choices[-1].tensor == resolve_layers(model, chain[-1:])[0].tensor
