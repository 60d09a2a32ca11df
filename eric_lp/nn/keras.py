"""The one door to Keras: TensorFlow's start-up chatter silenced, imported on first use.

The modules of eric_lp.nn ask `import_keras()` for Keras (tf.data and
tf.distribute code imports TensorFlow itself); nothing outside `eric_lp.nn`
imports TensorFlow, Keras or this module (an import-linter contract), so the
rooms above reach Keras only through nn's functions.
"""

from __future__ import annotations

import os
import sys

__all__ = ["import_keras"]


def import_keras():
    """Import Keras with TensorFlow's start-up chatter (C++ logs on fd 2) silenced."""
    if "keras" in sys.modules:
        return sys.modules["keras"]
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    saved = os.dup(2)
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        os.close(devnull)
        import keras
    finally:
        os.dup2(saved, 2)
        os.close(saved)
    return keras
