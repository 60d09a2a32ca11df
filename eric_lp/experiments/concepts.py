"""``eric-lp experiment concepts``: explanations in concepts, checked against the truth of the scenes.

On the built-in scenes benchmark (`eric_lp.nn.scenes`, exported with its
masks and ``truth.lp``), for each model shape: train it (cached), extract a
program at its last conv block, label the kernels the program reads from
the masks of the training scenes (`pipeline.label.label_from_masks`,
Network Dissection's IoU), and run the labelled program on the test scenes'
descriptions (`pipeline.concepts.concept_run`).  One table reports, per
model: its test accuracy, the program's test fidelity and size, the share
of the entry kernels the program reads that carry a concept, how many of
those labels agree with the kernel's *image-level oracle* concept, the
concept-level accuracy and fidelity, and the diff against ``truth.lp``.

The oracle of a kernel is the concept whose presence best predicts the
kernel being active over the masked training scenes: the concept c with the
highest share of scenes where "c present" and "kernel active" (its
quantised norm above the program's threshold) agree; ties go to the
earlier concept of ``concepts.txt``.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np

from .table1 import write_csv

__all__ = ["run_concepts", "MODELS", "scenes_folder", "scenes_model", "oracle_concepts"]

#: The model shapes compared, and the layer each is read at: the last conv block, through its pooling.
MODELS = (("vgg-small", "block3_pool"), ("lenet-small", "s6"))
#: How the kernels are labelled, each in turn (the last one stays in the program): Network Dissection's own
#: setting (a kernel's region is its top 0.5% of pixels, IoU 0.04 labels), then the region widened to the
#: top 5%.  A scenes item covers 4-15% of a scene's pixels on average, so a 0.5% region can reach an IoU of
#: about 0.005 / 0.08 = 0.06 at best, nested wholly inside the item: ND's cut of 0.04 then labels almost
#: nothing; at 5% the same cut labels the kernels whose region lies on one concept.
LABELLINGS = (("ND q=0.005", {"quantile": 0.005}), ("q=0.05", {"quantile": 0.05}))
DEFAULT_SCENES = "scenes"


def _say(text: str) -> None:
    print(text, flush=True)


def scenes_folder(spec: str, seed: int, cache: Path, data_root=None) -> Path:
    """The scenes of `spec` exported into the cache (images, masks/ and truth.lp), under a name that holds
    a digest of their pixels, masks, classes and truth program: scenes drawn otherwise (another seed, or
    another version of the generator) never reuse a stale folder, nor the models trained on it."""
    import hashlib
    from ..nn.data import export_images, load_scenes, scenes_dataset
    scenes = load_scenes(spec, data_root, seed)
    digest = hashlib.sha256()
    for split in ("train", "val", "test"):
        part = scenes.split(split)
        for array in (part.images, part.masks, part.labels):
            digest.update(np.ascontiguousarray(array).tobytes())
    digest.update((scenes.truth + scenes.concepts_txt() + ",".join(scenes.class_names)).encode("utf-8"))
    name = spec.replace(":", "_").replace(",", "-").replace("=", "")
    folder = cache / "scenes" / f"{name}_seed{seed}_{digest.hexdigest()[:12]}"
    if not ((folder / "truth.lp").is_file() and (folder / "masks" / "concepts.txt").is_file()):
        export_images(scenes_dataset(scenes, data_root), folder, scenes)
    return folder


def scenes_model(arch: str, folder: Path, epochs: int, seed: int, cache: Path, say=_say) -> tuple[Path, dict]:
    """`arch` trained on the exported scenes (cached with its training record and test accuracy)."""
    from ..nn.data import load_dataset
    from ..nn.models import save_history, save_model, train
    from ..core.files import write_json
    from ..nn.training_record import DataChoice, write_record
    path = cache / "models" / f"{arch}_{folder.name}_e{epochs}.keras"
    info = path.with_suffix(".accuracy.json")
    if path.is_file() and info.is_file():
        say(f"      reusing {path}")
        return path, json.loads(info.read_text())
    data = load_dataset(images=folder, seed=seed)
    model, history, accuracy, seconds = train(data, arch, epochs, seed=seed, verbose=0)
    save_model(model, path)
    save_history(history, path)
    write_record(path, [DataChoice.of(images=folder, seed=seed, classes=data.class_names)])
    record = {"accuracy": accuracy, "seconds": round(seconds, 1)}
    write_json(info, record)
    say(f"      trained {arch} in {seconds:.0f} s: test accuracy {accuracy['test']:.1f}%")
    return path, record


def oracle_concepts(model_path, program_dir, folder: Path) -> dict:
    """{kernel: (oracle concept, share of training scenes where its presence equals the kernel's activity)}
    for each entry kernel the program reads, over the training scenes that have a mask."""
    from ..nn.masks import read_concepts
    from ..nn.models import load_model
    from ..pipeline.concepts import scene_descriptions
    from ..pipeline.folder import load_extraction
    from ..pipeline.infer import lep_facts
    from ..pipeline.inputs import images_input
    program, quantiser = load_extraction(program_dir)
    masks = folder / "masks"
    concepts = read_concepts(masks)
    x, _, sources = images_input(quantiser, images=folder, split="train", model=model_path)
    kept, present = scene_descriptions(sources, folder, masks, concepts)
    facts, _, _ = lep_facts(load_model(model_path), quantiser, x[np.asarray(kept)])
    read = program.kernels_read(program.lep)
    active = facts.truth_of(read)                                             # (n, kernels read)
    shown = np.array([[c in p for c in concepts] for p in present], dtype=bool)  # (n, concepts)
    agree = (active[:, :, None] == shown[:, None, :]).mean(axis=0)             # (kernels read, concepts)
    best = agree.argmax(axis=1)  # the first of equals: concepts.txt order
    return {k: (concepts[best[j]], float(agree[j, best[j]])) for j, k in enumerate(read)}


def _row(arch: str, lep: str, how: str, model_info: dict, extraction, labelled, run, oracle: dict) -> dict:
    named = run.concept_labels.concept_of()
    agree = sum(1 for k, cs in named.items() if k in oracle and cs == (oracle[k][0],))
    verdict = run.truth
    return {
        "model": arch, "layer": lep, "labelling": how,
        "model_test_accuracy": round(float(extraction.metrics["accuracy_model"]["test"]), 2),
        "fidelity_test": round(float(extraction.metrics["fidelity"]["test"]), 2),
        "program_test_accuracy": round(float(extraction.metrics["accuracy_program"]["test"]), 2),
        "rules": extraction.metrics["rules"], "size": extraction.metrics["size"],
        "kernels_read": len(run.kernels_read), "labelled": run.labelled,
        "labelled_percent": round(100.0 * run.labelled / max(len(run.kernels_read), 1), 1),
        "oracle_agree": agree, "oracle_percent": round(100.0 * agree / max(len(named), 1), 1),
        "concept_accuracy": run.accuracy, "concept_fidelity": run.fidelity,
        "test_scenes": len(run.images), "masked_train_images": labelled.images,
        "labelling_seconds": labelled.seconds.get("total"),
        # the extraction's forward pass over the training images, for scale (None when the norm cache served it)
        "forward_seconds": None if extraction.metrics.get("timings", {}).get("forward_cached")
        else extraction.metrics.get("timings", {}).get("forward_seconds"),
        "truth": "equivalent" if verdict.equivalent else verdict.counterexample.short(),
        "truth_agrees_with_labels": run.truth_agrees,
        "train_seconds": model_info.get("seconds"),
    }


def _table(rows: list[dict]) -> str:
    head = ("| model | layer | M test acc. | fidelity test | size | labelling | entry kernels labelled | "
            "labels = oracle | concept-level acc. | concept-level fid. | against truth.lp (smallest disagreeing "
            "scene) |\n|---|---|---|---|---|---|---|---|---|---|---|\n")
    body = "".join(
        f"| {r['model']} | {r['layer']} | {r['model_test_accuracy']:.1f} | {r['fidelity_test']:.1f} | {r['size']} | "
        f"{r['labelling']} | "
        f"{r['labelled']}/{r['kernels_read']} ({r['labelled_percent']:.0f}%) | {r['oracle_agree']}/{r['labelled']} "
        f"({r['oracle_percent']:.0f}%) | {r['concept_accuracy']:.1f} | {r['concept_fidelity']:.1f} | "
        f"{r['truth']} |\n" for r in rows)
    return head + body


def run_concepts(outdir, spec: str = DEFAULT_SCENES, models=MODELS, epochs: int = 12, seed: int = 0,
                 cache_dir=None, data_root=None, say=_say, progress: bool = False, labellings=LABELLINGS) -> dict:
    """The experiment; writes into `outdir`: truth.lp, one folder per model (the extraction labelled by the
    last of `labellings`: program.lp/.pl, quantiser.json, metrics.json, concepts.json; concept-program.lp,
    the concept-level program; oracle.json, each read kernel's label and oracle), concepts.md/.csv/.json
    (the table: a row per model and labelling)."""
    from .. import api
    from ..core.files import check_output_folder, write_text
    from ..nn.quantise import default_cache_dir
    from ..pipeline.concepts import concept_run, write_concept_program
    from ..core.program import term_text
    outdir = check_output_folder(outdir)
    cache = Path(cache_dir) if cache_dir else default_cache_dir()
    say(f"[1/5] scenes: {spec}, seed {seed}")
    folder = scenes_folder(spec, seed, cache, data_root)
    masks, truth = folder / "masks", folder / "truth.lp"
    outdir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(truth, outdir / "truth.lp")
    rows, details = [], {}
    for arch, lep in models:
        say(f"[2/5] {arch}: train ({epochs} epochs)")
        model_path, info = scenes_model(arch, folder, epochs, seed, cache, say)
        out = outdir / arch
        say(f"[3/5] {arch}: extract at {lep}, d=5, alpha 0.01")
        extraction = api.extract(model_path, images=folder, lep=lep, outdir=out, cache_dir=cache, progress=progress)
        oracle = oracle_concepts(model_path, out, folder)
        details[arch] = {}
        for how, options in labellings:
            say(f"[4/5] {arch}: label from the masks of the training scenes ({how})")
            labelled = api.label_from_masks(out, masks, model_path, folder, **options)
            say(f"[5/5] {arch}: the labelled program on the test scenes' descriptions, and against truth.lp")
            run = concept_run(out, masks, folder, model_path, truth, progress=progress)
            named = run.concept_labels.concept_of()
            kernels = [{"kernel": term_text(k), "label": "_".join(named.get(k, ())) or None,
                        "oracle": oracle[k][0], "oracle_agreement": round(oracle[k][1], 4)} for k in run.kernels_read]
            row = _row(arch, lep, how, info, extraction, labelled, run, oracle)
            rows.append(row)
            details[arch][how] = {"row": row, "options": options, "truth": run.truth.to_json(), "kernels": kernels}
            say(run.render("truth.lp"))
        write_concept_program(out, masks, out / "concept-program.lp")
        write_text(out / "oracle.json", json.dumps({"labelling": how, "kernels": kernels}, indent=2) + "\n")
    table = _table(rows)
    caption = (f"Scenes `{spec}` (seed {seed}): {rows[0]['test_scenes']} test scenes; labels from "
               f"{rows[0]['masked_train_images']} masked training scenes, by Network Dissection's IoU (a kernel's "
               "region: its map, upsampled, above its top q of pixels; IoU 0.04 labels); the program folders "
               f"keep the last labelling ({labellings[-1][0]}).")
    write_text(outdir / "concepts.md", caption + "\n\n" + table)
    write_csv(outdir / "concepts.csv", rows)
    write_text(outdir / "concepts.json", json.dumps({"spec": spec, "seed": seed, "epochs": epochs,
                                                     "models": details}, indent=2) + "\n")
    return {"rows": rows, "table": table, "caption": caption, "folder": str(folder)}
