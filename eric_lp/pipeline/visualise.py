"""Kernel visualisation (the paper's section 3.3): each kernel's top-m training images.

For every kernel the program uses, the m training images with the largest
norm, as one PNG grid per kernel (optionally with the kernel's map upsampled
over each image), and one overview sheet of them all.  Where no person has
named a kernel, a provisional name comes from the classes of its top images
(``shirt_9of10``).
"""

from __future__ import annotations

import io
import os
from collections import Counter
from pathlib import Path

import numpy as np

from ..core.files import write_bytes
from ..core.program import Label, Program, term_text

__all__ = ["check_kernels_folder", "grid_name", "top_images", "provisional_label", "kernel_grid", "concept_grid",
           "write_kernel_grids", "write_concept_grids", "visualise", "CONCEPTS_JSON"]

CELL = 64  # pixels per image in a grid


def grid_name(layer: str, kernel) -> str:
    """The file name of a kernel's grid in ``OUTDIR/kernels``: ``block3_pool_48.png``, ``pool_cell_3_0_1.png``."""
    stem = term_text(kernel).replace("(", "_").replace(")", "").replace(", ", "_")
    return f"{layer}_{stem}.png"


def top_images(norms: np.ndarray, kernel: int, m: int = 10) -> np.ndarray:
    """Indices of the m images with the largest norm for `kernel`, largest first (ties: lower index)."""
    column = np.asarray(norms)[:, kernel]
    order = np.argsort(-column, kind="stable")
    return order[:m]


def provisional_label(layer: str, kernel, top: np.ndarray, labels: np.ndarray, class_names) -> Label:
    """``shirt_9of10``: the commonest class among the kernel's top images, marked provisional."""
    counts = Counter(int(labels[i]) for i in top)
    cls, count = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return Label(layer, kernel, f"{class_names[cls]}_{count}of{len(top)}", provisional=True)


def _to_rgb(img: np.ndarray) -> np.ndarray:
    img = np.clip(img, 0.0, 1.0)
    if img.shape[-1] == 1:
        img = np.repeat(img, 3, axis=-1)
    return (img[..., :3] * 255).astype(np.uint8)


def _overlay(img: np.ndarray, amap: np.ndarray) -> np.ndarray:
    """The image with the kernel's map (upsampled, normalised) laid over it in red."""
    from PIL import Image
    h, w = img.shape[:2]
    amap = np.asarray(Image.fromarray(amap.astype(np.float32)).resize((w, h), Image.BILINEAR))
    peak = amap.max()
    amap = amap / peak if peak > 0 else amap
    out = img.astype(np.float32)
    out[..., 0] = np.clip(out[..., 0] * 0.5 + 255 * amap * 0.6, 0, 255)
    out[..., 1:] *= 1.0 - 0.5 * amap[..., None]
    return out.astype(np.uint8)


def kernel_grid(images: np.ndarray, maps: np.ndarray | None = None, title: str = "", box=None) -> bytes:
    """PNG bytes: images (m, h, w, c) in one row, in the given order, with an optional title strip.

    box: (top, left, bottom, right) as fractions of the image, drawn on each
    tile -- the region a cell literal reads.
    """
    from PIL import Image, ImageDraw
    m = len(images)
    strip = 14 if title else 0
    sheet = Image.new("RGB", (max(m, 1) * (CELL + 2), CELL + strip), "white")
    draw = ImageDraw.Draw(sheet)
    if title:
        draw.text((2, 1), title, fill="black")
    for i, img in enumerate(images):
        rgb = _to_rgb(img)
        if maps is not None:
            rgb = _overlay(rgb, maps[i])
        tile = Image.fromarray(rgb).resize((CELL, CELL), Image.NEAREST)
        if box is not None:
            top, left, bottom, right = box
            ImageDraw.Draw(tile).rectangle([left * CELL, top * CELL, right * CELL - 1, bottom * CELL - 1],
                                           outline=(255, 200, 0), width=2)
        sheet.paste(tile, (i * (CELL + 2), strip))
    buf = io.BytesIO()
    sheet.save(buf, format="PNG")
    return buf.getvalue()


#: What `pipeline.label.label_from_masks` writes into the program folder: each kernel's concepts and scores.
CONCEPTS_JSON = "concepts.json"
#: Outline colours of `concept_grid`: the concept's mask, the kernel's thresholded region.
CONCEPT_COLOUR, REGION_COLOUR = (255, 230, 0), (255, 0, 255)


def _outline(tile: np.ndarray, inside: np.ndarray, colour, outer: bool = False) -> None:
    """Draw the border of region `inside` (bool (h, w), resized to the tile by nearest neighbour) on `tile`
    (CELL x CELL x 3 uint8) in `colour`: the region's pixels with a 4-neighbour outside it, or with
    `outer` the pixels outside it with a 4-neighbour inside (so two outlines of one region both show)."""
    h, w = inside.shape
    rows = np.minimum((np.arange(CELL) + 0.5) * h / CELL, h - 1).astype(np.int64)
    cols = np.minimum((np.arange(CELL) + 0.5) * w / CELL, w - 1).astype(np.int64)
    big = np.pad(inside[rows[:, None], cols[None, :]], 1)
    core = big[1:-1, 1:-1]
    if outer:
        edge = ~core & (big[:-2, 1:-1] | big[2:, 1:-1] | big[1:-1, :-2] | big[1:-1, 2:])
    else:
        edge = core & ~(big[:-2, 1:-1] & big[2:, 1:-1] & big[1:-1, :-2] & big[1:-1, 2:])
    tile[edge] = colour


def concept_grid(images: np.ndarray, concept: np.ndarray, regions: np.ndarray, title: str = "") -> bytes:
    """PNG bytes: images (m, h, w, c) in one row, each with the outline of its concept mask (bool
    (m, h, w), yellow) and of the kernel's thresholded region (bool (m, h, w), magenta): what an
    automatic label from masks (`pipeline.label.label_from_masks`) rests on.  The concept's outline runs
    just outside its mask, the region's just inside it, so both show where they coincide."""
    from PIL import Image, ImageDraw
    m = len(images)
    strip = 14 if title else 0
    sheet = Image.new("RGB", (max(m, 1) * (CELL + 2), CELL + strip), "white")
    if title:
        ImageDraw.Draw(sheet).text((2, 1), title, fill="black")
    for i, img in enumerate(images):
        tile = np.array(Image.fromarray(_to_rgb(img)).resize((CELL, CELL), Image.NEAREST))
        _outline(tile, np.asarray(concept[i], dtype=bool), CONCEPT_COLOUR, outer=True)
        _outline(tile, np.asarray(regions[i], dtype=bool), REGION_COLOUR)
        sheet.paste(Image.fromarray(tile), (i * (CELL + 2), strip))
    buf = io.BytesIO()
    sheet.save(buf, format="PNG")
    return buf.getvalue()


def _overview(grids: list[bytes]) -> bytes:
    from PIL import Image
    tiles = [Image.open(io.BytesIO(g)) for g in grids]
    width = max(t.width for t in tiles)
    sheet = Image.new("RGB", (width, sum(t.height + 4 for t in tiles)), "white")
    y = 0
    for t in tiles:
        sheet.paste(t, (0, y))
        y += t.height + 4
    buf = io.BytesIO()
    sheet.save(buf, format="PNG")
    return buf.getvalue()


def check_kernels_folder(program_dir) -> Path:
    """``program_dir/kernels``, refused (before any work) when it is a symbolic link -- the grids would
    land in whatever folder it points at -- or something other than a folder."""
    from ..errors import DataError
    folder = Path(program_dir) / "kernels"
    if folder.is_symlink():
        raise DataError(f"{folder}: is a symbolic link (to {os.readlink(folder)}); visualise writes the grids "
                        "into the program folder itself, not through a link: remove the link")
    if folder.exists() and not folder.is_dir():
        raise DataError(f"{folder}: exists and is not a folder; move it away so the kernel grids can be written")
    return folder


def _write_grid(path: Path, data: bytes) -> Path:
    if path.is_symlink():  # a grid is ours to replace: the link goes, its target is left alone
        path.unlink()
    return write_bytes(path, data)


def write_kernel_grids(program: Program, layer_norms: dict, layer_maps, train_x: np.ndarray,
                       train_y: np.ndarray, class_names, outdir, m: int = 10, terms=None,
                       boxes=None) -> tuple[list[Path], list[Label]]:
    """One PNG per used kernel in ``outdir/kernels/``, an overview sheet, and provisional labels.

    layer_norms: {layer atom: float (n_train, literals)}; terms: {layer atom:
    the program term of each column} (default: column k is kernel k); boxes: a function
    (layer, term) -> the (top, left, bottom, right) region a cell literal reads;
    layer_maps: (layer atom, image indices) -> float maps (m, h, w, K), or None; train_x: float32
    (n, h, w, c) or an `nn.stream.ImageSource` (each grid reads its m images by index).
    """
    from ..lang.labels import kernels_used
    from ..core.program import term_key
    outdir = check_kernels_folder(outdir)
    used = sorted(kernels_used(program), key=lambda lk: (program.layers.index(lk[0]), term_key(lk[1])))
    written, provisional, grids = [], [], []
    for layer, kernel in used:
        if layer not in layer_norms:
            continue
        index = {t: i for i, t in enumerate(terms[layer])} if terms else None
        column = index.get(kernel) if index is not None else kernel
        if column is None or not isinstance(column, int):
            continue
        top = top_images(layer_norms[layer], column, m)
        is_cell = getattr(kernel, "functor", None) == "cell"
        maps = None
        if layer_maps is not None and (isinstance(kernel, int) or is_cell):  # a group has no single map
            maps = layer_maps(layer, top)[..., kernel.args[0] if is_cell else kernel]
        label = program.label_of(layer, kernel)
        guess = provisional_label(layer, kernel, top, train_y, class_names)
        name = label.name if label is not None and not label.provisional else guess.name + "?"
        box = boxes(layer, kernel) if boxes is not None and is_cell else None
        picked = train_x[top]  # an array, or an `ImageSource`: only these m images are read
        picked = picked if isinstance(picked, np.ndarray) else picked.array()
        grid = kernel_grid(picked, maps, f"{layer}#{term_text(kernel)}  {name}", box)
        grids.append(grid)
        written.append(_write_grid(outdir / grid_name(layer, kernel), grid))
        provisional.append(guess)
    if grids:
        written.append(_write_grid(outdir / "overview.png", _overview(grids)))
    return written, provisional


def _automatic_entries(program: Program, program_dir) -> list[dict]:
    """The concepts.json entries of the kernels whose label is still the one the masks gave."""
    import json
    from ..errors import DataError
    path = Path(program_dir) / CONCEPTS_JSON
    if not path.is_file():
        raise DataError(f"{path}: missing; --masks draws the concepts 'eric-lp label --masks' found: run it first")
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))["kernels"]
        kept = []
        for entry in entries:
            label = program.label_of(entry["layer"], entry["kernel"])
            if entry.get("source") == "masks" and label is not None and label.name == entry["automatic"]:
                kept.append({k: entry[k] for k in ("layer", "kernel", "automatic", "concepts", "threshold")})
        return kept
    except (OSError, ValueError, UnicodeDecodeError, KeyError, TypeError) as exc:
        raise DataError(f"{path}: not a concepts file ({exc.__class__.__name__}: {exc}); re-run "
                        "'eric-lp label --masks'") from None


def write_concept_grids(entries, masks, images, train, layer_norms: dict, layer_maps, shape, outdir,
                        m: int = 10) -> list[Path]:
    """For each labelled kernel (`entries` as in concepts.json), its top-m training images (as in
    `write_kernel_grids`) with the concept's mask outline, where the image has a mask, and the
    kernel's region at its concepts.json threshold; written over its grid in ``outdir/kernels``.

    layer_maps: (layer, image indices) -> float maps (m, h, w, K); shape: the images' (h, w)."""
    from ..nn.dissect import region
    from ..nn.masks import mask_path, read_concepts, read_mask
    names = read_concepts(masks)
    index = {name: i + 1 for i, name in enumerate(names)}
    folder = check_kernels_folder(outdir)
    written = []
    for entry in entries:
        layer, kernel = entry["layer"], entry["kernel"]
        if layer not in layer_norms or not isinstance(kernel, int):
            continue
        top = top_images(layer_norms[layer], kernel, m)
        kernel_maps = layer_maps(layer, top)[..., kernel:kernel + 1]
        inside = region(kernel_maps, [entry["threshold"]], shape)[..., 0]
        concept = np.zeros((len(top), *shape), dtype=bool)
        for row, i in enumerate(top):
            path = mask_path(train.sources[int(i)], images, masks)
            if path is not None:
                wanted = [index[c] for c in entry["concepts"] if c in index]
                concept[row] = np.isin(read_mask(path, shape, names), wanted)
        picked = train.images[top]
        picked = picked if isinstance(picked, np.ndarray) else picked.array()
        title = f"{layer}#{term_text(kernel)}  {entry['automatic']}"
        written.append(_write_grid(folder / grid_name(layer, kernel), concept_grid(picked, concept, inside, title)))
    return written


def visualise(model, program_dir, dataset=None, images=None, m: int = 10, maps: bool = False,
              data_root=None, seed: int | None = None, limit: int | None = None, cache_dir=None,
              progress: bool = True, preprocess: str | None = None, any_model: bool = False, masks=None):
    """Top-m training images of every kernel the program uses, as PNG grids in ``OUTDIR/kernels``.

    Kernels no person has named get provisional names from their top images'
    classes, written into the program.  The grids show the pixels; the model
    is fed them as at extraction unless `preprocess` says otherwise.  seed:
    None draws the model's recorded split (the grids show training images, so
    no overlap is checked); any_model: as `pipeline.infer.infer` takes it.
    masks: the mask folder `label --masks` read (mirroring `images`): the grids of the kernels it
    labelled draw the concept's outline and the kernel's thresholded region (`write_concept_grids`).
    Returns (written paths, program).
    """
    from ..errors import DataError
    from ..lang.labels import merge_labels
    from ..nn.layers import feature_maps, layer_shape
    from ..nn.preprocess import prepare
    from ..nn.quantise import NormCache, default_cache_dir, forward_family, region_starts, split_norms
    from .folder import check_model, load_extraction, save_program
    from .inputs import model_and_data
    program, quantiser = load_extraction(program_dir, preprocess)
    if m < 1:
        raise DataError(f"--top {m}: show at least one image per kernel")
    check_model(program_dir, model, any_model)
    check_kernels_folder(program_dir)
    if masks is not None and images is None:
        raise DataError("--masks needs --images DIR: the masks mirror that image folder")
    entries = _automatic_entries(program, program_dir) if masks is not None else []
    keras_model, key, data = model_and_data(model, dataset, images, data_root, seed, limit=limit, check=())
    tensors = [c.tensor for c in quantiser.layers]
    cache = NormCache(default_cache_dir() if cache_dir is None else cache_dir)
    (raw, _), _ = split_norms(keras_model, key, data, "train", tensors, quantiser.norm, cache, progress,
                              forward_family(quantiser.literals), quantiser.grid, quantiser.preprocess)
    norms = quantiser.features(raw)
    layer_norms = {c.atom: n for c, n in zip(quantiser.layers, norms)}
    terms = {c.atom: layer_terms for c, layer_terms in zip(quantiser.layers, quantiser.terms)}
    shapes = {c.atom: layer_shape(keras_model, c.tensor)[0:2] for c in quantiser.layers}
    tensor_of = {c.atom: c.tensor for c in quantiser.layers}

    def boxes(layer, term):  # the image region that cell(K, Row, Col) reads
        k, row, col = term.args
        h, w = shapes[layer]
        rows, cols = region_starts(h, quantiser.grid), region_starts(w, quantiser.grid)
        r1 = rows[row + 1] if row + 1 < len(rows) else h
        c1 = cols[col + 1] if col + 1 < len(cols) else w
        return rows[row] / h, cols[col] / w, r1 / h, c1 / w

    def layer_maps(layer, indices):  # the maps of a few images, only when --maps asks for them
        pixels = data.train.images.take(np.asarray(indices)).array()
        return feature_maps(keras_model, tensor_of[layer], prepare(pixels, quantiser.preprocess))
    written, provisional = write_kernel_grids(program, layer_norms, layer_maps if maps else None,
                                              data.train.images, data.train.y,
                                              data.class_names, program_dir, m, terms, boxes)
    if entries:
        concept_maps = {}

        def maps_of(layer, indices):  # every kernel's map of the top images, once per layer and images
            key = (layer, tuple(int(i) for i in indices))
            if key not in concept_maps:
                concept_maps[key] = layer_maps(layer, indices)
            return concept_maps[key]
        write_concept_grids(entries, masks, images, data.train, layer_norms, maps_of,
                            tuple(quantiser.input_shape[:2]), program_dir, m)  # over the plain grids
    program = merge_labels(program, provisional)
    save_program(program, program_dir)
    return written, program
