"""The ``eric-lp`` verbs that need a model or data (TensorFlow is imported lazily)."""

from __future__ import annotations


def register(add) -> None:
    """Add the model and data commands to the parser; `add(name, func, help)` makes one."""
