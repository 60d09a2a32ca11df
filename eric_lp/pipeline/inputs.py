"""What the pipeline reads: a saved model with its data, or the images a program should classify."""

from __future__ import annotations

from pathlib import Path

from ..errors import DataError, ModelError

__all__ = ["model_and_data", "images_input"]


def model_and_data(model_path, dataset=None, images=None, data_root=None, seed: int = 0, limit=None):
    """(Keras model, its content key, the `Dataset` in the model's input shape)."""
    from ..nn.data import load_dataset
    from ..nn.models import load_model, model_key
    model = load_model(model_path)
    want = tuple(model.input_shape[1:])
    if any(s is None for s in want):
        raise ModelError(f"{model_path}: the model's input shape {want} is not fixed; ERIC needs a fixed size")
    data = load_dataset(dataset, images, data_root, seed, shape=want, limit=limit)
    return model, model_key(model_path), data


def images_input(quantiser, dataset=None, images=None, files=None, data_root=None, seed: int = 0,
                 split: str = "test", limit: int | None = None):
    """(x, labels int (n,) or None, sources) from a dataset split, a folder split, or image files, in
    the input shape the quantiser was fitted on.  x is an `nn.stream.ImageSource`: nothing is
    decoded until the forward pass streams it (``x[indices]`` picks images, ``x.array()`` reads them)."""
    from ..nn.data import load_dataset
    from ..nn.stream import FileImages
    shape = tuple(quantiser.input_shape)
    given = sum(x is not None and x != [] for x in (dataset, images, files))
    if given != 1:
        raise DataError("give exactly one of --dataset, --images DIR or image files")
    if files:
        missing = [f for f in files if not Path(f).is_file()]
        if missing:
            raise DataError(f"{missing[0]}: no such image file")
        return FileImages(tuple(str(f) for f in files), shape), None, [str(f) for f in files]
    data = load_dataset(dataset, images, data_root, seed, shape=shape, limit=limit)
    if tuple(data.class_names) != tuple(quantiser.class_names):
        raise DataError(f"the data's classes ({', '.join(data.class_names)}) are not the program's "
                        f"({', '.join(quantiser.class_names)})")
    part = data.split(split)
    sources = list(part.sources) if part.sources else list(range(len(part)))
    return part.images, part.y, sources
