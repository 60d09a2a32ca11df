"""Benchmarks measured in one run, reported as rates and ratios.

`bench_engines`: images per second of each engine on a generated 64-rule,
two-layer program over 50,000 images with 512 entry kernels, and on a committed
real program (`REAL_PROGRAM`, 50,000 random rows over the kernels it reads),
each run end to end from a truth table to classes, and checked to agree.
`bench_memory`: peak memory of the streamed forward pass at N and 4N images,
and its speed against the old decode-everything pass; and of ``eric-lp infer
--jsonl`` (the command, in its own process) at N and 4N images.
`bench_explain`: milliseconds per sufficient reason and per counterfactual
(`eric_lp.engines.reasons`) on `REAL_PROGRAM` over random rows of the kernels
it reads, each counterfactual checked by the numpy engine.
`bench_label`: labelling a program's kernels from the masks of 500 training
scenes (`api.label_from_masks`) against the extraction's forward pass over the
same images, medians of three runs in one process.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np

from ..core.facts import Facts
from ..core.program import OUTPUT, Literal, Program, Rule

__all__ = ["random_program", "bench_engines", "bench_explain", "bench_memory", "bench_label", "memory_worker",
           "REAL_PROGRAM"]

# a committed extracted program (48 rules, 26 kernels read); present in a source checkout
REAL_PROGRAM = Path(__file__).resolve().parents[2] / "programs" / "fashion-mnist" / "t_shirt_top-pullover-shirt.lp"


def random_program(rng: np.random.Generator, entry_kernels: int = 512, hidden_kernels: int = 32,
                   hidden_rules: int = 48, output_rules: int = 16, classes: int = 4,
                   max_body: int = 6) -> Program:
    """A random stratified program: entry layer -> hidden layer -> classes."""
    def body(layer, n_kernels):
        size = int(rng.integers(1, max_body + 1))
        kernels = rng.choice(n_kernels, size=min(size, n_kernels), replace=False)
        return tuple(Literal(layer, int(k), bool(rng.random() < 0.5)) for k in kernels)
    rules = []
    for _ in range(hidden_rules):
        heads = tuple(int(h) for h in rng.choice(hidden_kernels, size=int(rng.integers(1, 3)), replace=False))
        rules.append(Rule(f"r{len(rules) + 1}", "hidden", heads, body("entry", entry_kernels)))
    names = tuple(f"c{i}" for i in range(classes))
    for _ in range(output_rules):
        rules.append(Rule(f"r{len(rules) + 1}", OUTPUT, (str(rng.choice(names)),),
                          body("hidden", hidden_kernels)))
    return Program(("entry", "hidden"), names, tuple(rules))


def _timed(fn, repeat: int) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def _head(answer, n: int):
    from ..core.answer import Answer
    return Answer(answer.images[:n], answer.class_names, answer.rule_ids, answer.classes[:n], answer.fired[:n])


def _time_engines(program: Program, facts: Facts, engines, prolog_images: int, progress, label: str) -> dict:
    """Images per second of each engine on one program and batch, the ratios, and whether they agree."""
    from ..engines import run
    results, answers = {}, {}
    small = Facts(facts.layer, facts.kernels, facts.truth[:prolog_images], facts.images[:prolog_images])
    for engine in engines:
        if progress:
            progress(f"{engine} on {label}")
        batch = small if engine == "prolog" else facts
        repeat = 20 if engine == "numpy" else 1
        seconds, answers[engine] = _timed(lambda: run(program, batch, engine), repeat)
        results[engine] = {"images": len(batch), "seconds": seconds, "images_per_second": len(batch) / seconds}
    first = answers[engines[0]]
    agree = all(_head(answers[e], prolog_images) == _head(first, prolog_images) for e in engines)
    ratios = {f"{a}/{b}": results[a]["images_per_second"] / results[b]["images_per_second"]
              for i, a in enumerate(engines) for b in engines[i + 1:]}
    metrics = program.metrics()
    return {"images": len(facts), "entry_kernels": len(facts.kernels),
            "kernels_read": len(program.kernels_read(program.lep)), "rules": metrics.rules, "size": metrics.size,
            "engines": results, "ratios": ratios, "engines_agree": agree}


def bench_engines(images: int = 50_000, kernels: int = 512, seed: int = 0, engines=("numpy", "clingo", "prolog"),
                  prolog_images: int = 50_000, progress=None, real: bool = True) -> dict:
    """Images per second of each engine, and the ratios between them, from one run.

    The top-level keys are the generated program's; ``real`` holds the same
    for `REAL_PROGRAM` (None when `real` is false or the file is absent, as
    in an installed wheel).  SWI-Prolog may be timed on the first
    `prolog_images` images only (all of them by default); the answers are
    compared on the images every engine saw.
    """
    rng = np.random.default_rng(seed)
    program = random_program(rng, entry_kernels=kernels)
    facts = Facts.from_table("entry", rng.random((images, kernels)) < 0.5)
    result = _time_engines(program, facts, engines, prolog_images, progress, "generated")
    result["real"] = None
    if real and REAL_PROGRAM.exists():
        from ..lang.parse import read_program
        extracted = read_program(REAL_PROGRAM)
        read = extracted.kernels_read(extracted.lep)
        rows = Facts(extracted.lep, tuple(read), rng.random((images, len(read))) < 0.5, np.arange(images))
        result["real"] = {"program": f"programs/fashion-mnist/{REAL_PROGRAM.name}",
                          **_time_engines(extracted, rows, engines, prolog_images, progress, REAL_PROGRAM.name)}
        result["engines_agree"] = result["engines_agree"] and result["real"]["engines_agree"]
    return result


def _times(seconds: list) -> dict:
    return {"count": len(seconds), "mean_ms": 1000 * float(np.mean(seconds)) if seconds else 0.0,
            "max_ms": 1000 * float(np.max(seconds)) if seconds else 0.0}


def bench_explain(images: int = 3000, seed: int = 0, progress=None, target_ms: float = 50.0) -> dict:
    """Time per explanation on `REAL_PROGRAM`: a sufficient reason per image, and a counterfactual to each
    class other than the image's own (every class for an image with no class or several).

    Rows are random, as `bench_engines` draws them (each kernel the program reads true with probability
    1/2), not real images: no model or quantiser is committed beside the program.  Grounding (once per
    question) is timed apart.  Every reachable counterfactual's flipped row is re-run by the numpy engine,
    which must derive its target alone (``verification_failures`` counts those that do not).  Reason
    length is set against the entry literals of the rules that fired (their union), over the images
    with exactly one class.
    """
    from ..engines import run
    from ..engines.reasons import Explainer
    from ..errors import DataError
    from ..lang.parse import read_program
    if not REAL_PROGRAM.exists():
        raise DataError(f"bench explain: {REAL_PROGRAM} is absent; run it from a source checkout of eric-lp")
    program = read_program(REAL_PROGRAM)
    read = program.kernels_read(program.lep)
    rng = np.random.default_rng(seed)
    truth = rng.random((images, len(read))) < 0.5
    answer = run(program, Facts(program.lep, tuple(read), truth, np.arange(images)), "numpy")
    explainer = Explainer(program)
    start = time.perf_counter()
    explainer.sufficient(truth[0])
    ground_sufficient = time.perf_counter() - start
    start = time.perf_counter()
    explainer.counterfactual(truth[0], program.classes[0])
    ground_counter = time.perf_counter() - start
    reason_s, counter_s, reason_len, fired_len, flips_len = [], [], [], [], []
    unreachable, flipped_rows, targets = 0, [], []
    for i, row in enumerate(truth):
        if progress and i % 1000 == 0:
            progress(f"images {i}-{min(i + 1000, images) - 1}")
        start = time.perf_counter()
        reason = explainer.sufficient(row, i)
        reason_s.append(time.perf_counter() - start)
        if len(reason.classes) == 1:
            reason_len.append(len(reason.literals))
            fired_len.append(len({lit.kernel for rule, on in zip(program.rules, answer.fired[i]) if on
                                  for lit in rule.body if lit.layer == program.lep}))
        for target in program.classes:
            if reason.classes == (target,):
                continue
            start = time.perf_counter()
            cf = explainer.counterfactual(row, target, i)
            counter_s.append(time.perf_counter() - start)
            if not cf.reachable:
                unreachable += 1
                continue
            flips_len.append(len(cf.flips))
            new = row.copy()
            for lit in cf.flips:
                new[read.index(lit.kernel)] = lit.positive
            flipped_rows.append(new)
            targets.append(program.classes.index(target))
    failures = 0
    if flipped_rows:
        check = run(program, Facts(program.lep, tuple(read), np.array(flipped_rows), np.arange(len(targets))),
                    "numpy")
        alone = np.zeros_like(check.classes)
        alone[np.arange(len(targets)), targets] = True
        failures = int(np.sum(np.any(check.classes != alone, axis=1)))
    metrics = program.metrics()
    result = {"program": f"programs/fashion-mnist/{REAL_PROGRAM.name}", "rules": metrics.rules,
              "size": metrics.size, "kernels_read": len(read), "images": images, "seed": seed,
              "rows": "random: each kernel the program reads true with probability 1/2 (not real images)",
              "ground_seconds": {"sufficient": ground_sufficient, "counterfactual": ground_counter},
              "sufficient": {**_times(reason_s), "mean_literals": float(np.mean(reason_len)) if reason_len else 0.0,
                             "fired_rule_literals_mean": float(np.mean(fired_len)) if fired_len else 0.0,
                             "one_class_images": len(reason_len)},
              "counterfactual": {**_times(counter_s), "unreachable": unreachable, "verified": len(targets),
                                 "mean_flips": float(np.mean(flips_len)) if flips_len else 0.0},
              "verification_failures": failures, "target_ms": target_ms}
    result["target_met"] = max(result["sufficient"]["max_ms"], result["counterfactual"]["max_ms"]) <= target_ms
    return result


def bench_extract(model_path=None, dataset: str = "fashion-mnist:0,2,6", limit=None, seed: int = 0,
                  progress=None) -> dict:
    """Forward-pass time against rule-induction time, single layer and three chained layers, one run.

    The forward pass is timed on train, val and test without the norm cache
    (what a first extraction pays); induction is the tree learning and
    simplification on the training truth tables.
    """
    import tempfile
    from ..nn.data import load_dataset
    from .demo import demo_model
    from ..nn.layers import kernel_layers
    from ..nn.models import load_model, model_key
    from ..pipeline.recipe import learn, quantise, read_norms
    from ..pipeline.settings import ExtractionSettings
    if model_path is None:
        model_path = demo_model(dataset, seed=seed, limit=limit)
    model = load_model(model_path)
    data = load_dataset(dataset, seed=seed, shape=tuple(model.input_shape[1:]), limit=limit)
    convs = [i.name for i in kernel_layers(model) if i.kind == "conv"]
    pools = [i.name for i in kernel_layers(model) if i.kind == "pool"]
    configs = [("single", [pools[-1] if pools else convs[-1]], 0.01), ("three", convs[-3:], 0.1)]
    runs, pixels = [], None
    for name, layers, alpha in configs:
        if progress:
            progress(name)
        settings = ExtractionSettings(tuple(layers), alpha=alpha, seed=seed)
        with tempfile.TemporaryDirectory() as tmp:  # no cache: the forward pass a first extraction pays
            norms = read_norms(model, model_key(model_path), data, settings, tmp, False, pixels)
        pixels = norms.pixels
        learned = learn(quantise(norms, settings), settings)
        runs.append({"name": name, "layers": layers, "alpha": alpha, "images": sum(len(data.split(s)) for s in
                     ("train", "val", "test")), "forward_seconds": norms.seconds,
                     "induction_seconds": learned.seconds, "ratio": learned.seconds / norms.seconds,
                     **learned.program.metrics().as_dict()})
    return {"model": str(model_path), "dataset": dataset, "runs": runs}


# -- memory of the forward pass ------------------------------------------------------
_WRAPPER = ("import json, resource, subprocess, sys; done = subprocess.run(sys.argv[1:], capture_output=True, "
            "text=True); peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss; "
            "print(json.dumps({'rc': done.returncode, 'peak_kb': peak, 'out': done.stdout, "
            "'err': done.stderr[-2000:]}))")


def _memory_folder(root: Path, images: int, size: int = 96, seed: int = 0) -> list[str]:
    """`images` generated RGB JPEGs of size x size in two class folders (smooth noise, so they compress as
    photographs do); returns their paths in the order they are used."""
    from PIL import Image
    rng = np.random.default_rng(seed)
    paths = []
    for i in range(images):
        cls = root / ("a" if i % 2 else "b")
        cls.mkdir(parents=True, exist_ok=True)
        small = rng.integers(0, 256, (12, 12, 3), dtype=np.uint8)
        path = cls / f"{i:06d}.jpg"
        Image.fromarray(small, "RGB").resize((size, size), Image.BILINEAR).save(path, quality=90)
        paths.append(str(path))
    return paths


def memory_worker(model_path: str, list_file: str, count: int, mode: str) -> None:
    """One measured run (in its own process): the forward pass over the first `count` listed images,
    streamed (``stream``) or decoded whole first as before (``memory``); prints images/s as JSON."""
    import json
    from ..nn.images import read_image
    from ..nn.models import load_model
    from ..nn.quantise import forward_norms
    from ..nn.layers import kernel_layers
    from ..nn.stream import FileImages
    paths = Path(list_file).read_text().split("\n")[:count]
    model = load_model(model_path)
    shape = tuple(model.input_shape[1:])
    tensor = [i.name for i in kernel_layers(model) if i.kind == "pool"][-1]
    start = time.perf_counter()
    if mode == "stream":
        (norms,), _ = forward_norms(model, FileImages(tuple(paths), shape), [tensor])
    else:  # the old pass: every image decoded into one array, then fed batch by batch
        from ..nn.quantise.forward import array_norms
        x = np.stack([read_image(p, shape) for p in paths])
        (norms,) = array_norms(model, x, [tensor], "l1", 256)
    seconds = time.perf_counter() - start
    print(json.dumps({"images": len(norms), "seconds": seconds, "checksum": float(np.sum(norms, dtype=np.float64))}))


def _measured(model_path: Path, list_file: Path, count: int, mode: str) -> dict:
    import json
    import subprocess
    import sys
    worker = (f"from eric_lp.experiments.bench import memory_worker; "
              f"memory_worker({str(model_path)!r}, {str(list_file)!r}, {count}, {mode!r})")
    done = subprocess.run([sys.executable, "-c", _WRAPPER, sys.executable, "-c", worker],
                          capture_output=True, text=True, check=True)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    if report["rc"] != 0:
        from ..errors import DataError
        raise DataError(f"bench memory: the {mode} run over {count} images failed: {report['err']}")
    run = json.loads(report["out"].strip().splitlines()[-1])
    return {"mode": mode, "images": count, "peak_mb": report["peak_kb"] / 1024, "seconds": run["seconds"],
            "images_per_second": count / run["seconds"], "checksum": run["checksum"]}


def _measured_infer(model_path: Path, program: Path, paths: list, count: int, mode: str, out: Path) -> dict:
    """Peak memory and wall time (start-up included) of the command ``eric-lp infer`` over the first `count`
    paths, in its own process: ``infer`` streams (``--jsonl -o FILE``), ``infer-json`` keeps every answer
    (``--json``, printed at the end); the output is checked to hold an answer per image."""
    import json
    import subprocess
    import sys
    from ..errors import DataError
    argv = [sys.executable, "-m", "eric_lp", "infer", "--model", str(model_path), "--program", str(program),
            *(["--jsonl", "-o", str(out)] if mode == "infer" else ["--json"]), *paths[:count]]
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _WRAPPER, *argv], capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - start
    report = json.loads(done.stdout.strip().splitlines()[-1])
    if report["rc"] != 0:
        raise DataError(f"bench memory: infer ({mode}) over {count} images failed: {report['err']}")
    if mode == "infer":
        with open(out, encoding="utf-8") as handle:
            answered = sum(1 for line in handle if "summary" not in json.loads(line))
    else:
        answered = len(json.loads(report["out"])["images"])
    if answered != count:
        raise DataError(f"bench memory: infer ({mode}) answered {answered} of {count} images")
    return {"mode": mode, "images": count, "peak_mb": report["peak_kb"] / 1024, "seconds": seconds,
            "images_per_second": count / seconds, "checksum": None}


def bench_memory(images: int = 3000, factor: int = 4, size: int = 96, old_growth: bool = False,
                 seed: int = 0, progress=None) -> dict:
    """Peak memory (RSS) of the forward pass over N and factor*N generated size x size JPEGs, each run in
    a fresh process; the growth between them; and the streamed pass's images/s against the old
    decode-everything pass on the same N images (best of two runs each, alternated).  `old_growth`
    also measures the old pass's growth from N to factor*N.

    The same for the command ``eric-lp infer --jsonl -o FILE`` over the image files (``infer_growth_mb``),
    with a program extracted from the same model on 300 other JPEGs; `old_growth` also measures
    ``infer --json``, which keeps every answer to the end (``infer_json_growth_mb``)."""
    import tempfile
    from ..nn.layers import kernel_layers
    from ..nn.models import build_model, save_model
    from ..api import extract
    with tempfile.TemporaryDirectory(prefix="eric-lp-bench-") as tmp:
        tmp = Path(tmp)
        if progress:
            progress(f"writing {images * factor} {size}x{size} JPEGs")
        paths = _memory_folder(tmp / "images", images * factor, size, seed)
        list_file = tmp / "images.txt"
        list_file.write_text("\n".join(paths))
        model = build_model("lenet-small", (size, size, 3), 2, seed)
        model_path = save_model(model, tmp / "model.keras")
        if progress:
            progress("extracting a program for infer from 300 other JPEGs")
        _memory_folder(tmp / "extract", 300, size, seed + 1)
        pool = [i.name for i in kernel_layers(model) if i.kind == "pool"][-1]
        extract(model_path, images=str(tmp / "extract"), lep=pool, outdir=tmp / "program",
                cache_dir=tmp / "cache", progress=False)
        # growth first; then the rate on the same N images, streamed and old alternately, twice each
        # (best of two: other work on a shared machine only ever slows a run down)
        plan = [("stream", images), ("stream", images * factor)]
        if old_growth:
            plan += [("memory", images), ("memory", images * factor)]
        plan += [("memory", images), ("stream", images), ("memory", images), ("stream", images)]
        runs = []
        for mode, count in plan:
            if progress:
                progress(f"{mode} pass over {count} images")
            runs.append(_measured(model_path, list_file, count, mode))
        infer_modes = ("infer", "infer-json") if old_growth else ("infer",)
        for mode in infer_modes:
            for count in (images, images * factor):
                if progress:
                    progress(f"{mode} over {count} images")
                runs.append(_measured_infer(model_path, tmp / "program", paths, count, mode, tmp / "answers.jsonl"))
    def best(mode):
        return max((r for r in runs if r["mode"] == mode and r["images"] == images),
                   key=lambda r: r["images_per_second"])
    stream_small, stream_big, old_small = runs[0], runs[1], best("memory")
    result = {"image_size": size, "images": [images, images * factor], "runs": runs,
              "stream_growth_mb": stream_big["peak_mb"] - stream_small["peak_mb"],
              "stream_images_per_second": best("stream")["images_per_second"],
              "old_images_per_second": old_small["images_per_second"],
              "rate_ratio": best("stream")["images_per_second"] / old_small["images_per_second"],
              "same_norms": abs(stream_small["checksum"] - old_small["checksum"]) <=
              1e-6 * abs(old_small["checksum"])}
    if old_growth:
        result["old_growth_mb"] = runs[3]["peak_mb"] - runs[2]["peak_mb"]
    for mode, key in (("infer", "infer_growth_mb"), ("infer-json", "infer_json_growth_mb")):
        peaks = {r["images"]: r["peak_mb"] for r in runs if r["mode"] == mode}
        if peaks:
            result[key] = peaks[images * factor] - peaks[images]
    return result


# -- labelling from masks against the forward pass -------------------------------------
#: The model `experiment concepts` trains and caches on the built-in scenes (its default 12 epochs).
LABEL_ARCH, LABEL_LAYER, LABEL_CACHED_EPOCHS = "vgg-small", "block3_pool", 12


def _cached_scenes_model(cache: Path, seed: int):
    """The newest vgg-small that `experiment concepts` cached on the scenes (``models/vgg-small_scenes_seed{seed}_
    <digest>_e12.keras``, with its accuracy record beside it, as `concepts.scenes_model` keeps it); None when
    there is none.  The digest names the default scenes set, so the name is globbed, not rebuilt: rebuilding
    it would compose (and perhaps export) 7,800 scenes to time 500.  The scenes are converted to the model's
    input size, as every command does."""
    found = [p for p in (cache / "models").glob(f"{LABEL_ARCH}_scenes_seed{seed}_*_e{LABEL_CACHED_EPOCHS}.keras")
             if p.with_suffix(".accuracy.json").is_file()]
    return max(found, key=lambda p: p.stat().st_mtime) if found else None


def bench_label(model_path=None, images: int = 500, repeat: int = 3, seed: int = 0, epochs: int = 3,
                data_root=None, progress=None) -> dict:
    """Labelling the kernels a program reads from the masks of `images` training scenes, against the
    extraction's forward pass over the same training images, in one process; medians of `repeat` runs.

    The scenes ``scenes:train=N,val=N/5,test=N/5`` are drawn and exported (images, masks/, truth.lp) into a
    temporary folder, which both sides read as image files.  The model: `model_path`, else the vgg-small
    `experiment concepts` cached (`_cached_scenes_model`), else a vgg-small trained here for `epochs` epochs
    on the exported scenes (``model_source`` says which).  A program is extracted as ``extract`` does
    (`api.extract`, the last pooling layer, d=5, alpha 0.01).  Then, `repeat` times each, alternated:
    (a) the forward pass of the extraction over the training split (`nn.quantise.split_norms`: the norms
    and predictions, no norm cache), and (b) `api.label_from_masks` from the masks of those images.  Of
    (b), ``label_work`` is what concepts.json records as its phases (reading the masks, the maps of the
    kernels the program reads, scoring, drawing the grids and writing the program), and ``label_call`` the
    whole call (loading the model, the image folder and the program too).  Not timed at all: importing
    TensorFlow, loading the model for (a), exporting the scenes, training, extracting.
    """
    import statistics
    import tempfile
    from .. import api
    from ..nn.data import export_images, load_dataset, load_scenes, scenes_dataset
    from ..nn.layers import kernel_layers
    from ..nn.models import load_model, model_key, save_model, train
    from ..nn.quantise import NormCache, default_cache_dir, forward_family, split_norms
    from ..nn.training_record import DataChoice, write_record
    from ..nn.model_files import read_model_file
    if model_path is not None:
        read_model_file(model_path)  # a wrong --model fails before the scenes are drawn, not after
    side = max(1, images // 5)
    spec = f"scenes:train={images},val={side},test={side}"
    with tempfile.TemporaryDirectory(prefix="eric-lp-bench-label-") as tmp:
        tmp = Path(tmp)
        if progress:
            progress(f"drawing and exporting {spec}")
        scenes = load_scenes(spec, data_root, seed)
        folder = tmp / "scenes"
        export_images(scenes_dataset(scenes, data_root), folder, scenes)
        source = "given"
        if model_path is None:
            model_path = _cached_scenes_model(default_cache_dir(), seed)
            source = f"cached by experiment concepts ({LABEL_CACHED_EPOCHS} epochs on the default scenes)"
        if model_path is None:
            if progress:
                progress(f"no cached scenes model: training {LABEL_ARCH} for {epochs} epochs on the {images} scenes")
            data = load_dataset(images=folder, seed=seed)
            model, _, accuracy, _ = train(data, LABEL_ARCH, epochs, seed=seed, verbose=0)
            model_path = save_model(model, tmp / f"{LABEL_ARCH}.keras")
            write_record(model_path, [DataChoice.of(images=folder, seed=seed, classes=data.class_names)])
            source = (f"trained here: {LABEL_ARCH}, {epochs} epochs on the {images} scenes (test accuracy "
                      f"{accuracy['test']:.1f}%)")
        model_path = Path(model_path)
        model = load_model(model_path)
        layers = kernel_layers(model)
        pools = [i.name for i in layers if i.kind == "pool"]
        lep = LABEL_LAYER if LABEL_LAYER in pools else pools[-1] if pools else \
            [i.name for i in layers if i.kind == "conv"][-1]
        if progress:
            progress(f"extracting at {lep} from {model_path.name}")
        program_dir = tmp / "program"
        # the timing needs no honest split: a cached model trained on other scenes of the same generator may
        # have seen these val/test scenes
        extraction = api.extract(model_path, images=folder, lep=lep, seed=seed, outdir=program_dir,
                                 cache_dir=tmp / "cache", progress=False, allow_overlap=True)
        data = load_dataset(images=folder, seed=seed, shape=tuple(model.input_shape[1:]))
        settings, quantiser = extraction.settings, extraction.quantiser
        tensors = [c.tensor for c in quantiser.layers]
        key = model_key(model_path)

        def forward():
            split_norms(model, key, data, "train", tensors, settings.norm, NormCache(None), False,
                        forward_family(settings.literals), settings.grid, quantiser.preprocess)

        forward_s, work_s, call_s, phases, labelled = [], [], [], [], None
        for i in range(repeat):
            if progress:
                progress(f"repeat {i + 1}/{repeat}: forward pass over {len(data.train)} training images, then "
                         "labelling from their masks")
            start = time.perf_counter()
            forward()
            forward_s.append(time.perf_counter() - start)
            start = time.perf_counter()
            labelled = api.label_from_masks(program_dir, folder / "masks", model_path, folder, seed=seed)
            call_s.append(time.perf_counter() - start)
            phases.append({k: v for k, v in labelled.seconds.items() if k != "total"})
            work_s.append(sum(phases[-1].values()))
    forward_med, work_med, call_med = (statistics.median(s) for s in (forward_s, work_s, call_s))
    return {"spec": spec, "val_images": side, "test_images": side, "seed": seed, "model": str(model_path),
            "model_source": source, "layer": lep,
            "train_images": len(data.train), "masked_images": labelled.images,
            "kernels_read": len(extraction.program.kernels_read(extraction.program.lep)),
            "labelled": labelled.labelled, "rules": extraction.metrics["rules"], "size": extraction.metrics["size"],
            # the extraction's own forward pass, once, over train, val and test (for scale; a fresh norm cache)
            "extraction_forward_seconds": extraction.metrics.get("timings", {}).get("forward_seconds"),
            "repeat": repeat, "forward_seconds": forward_s, "label_work_seconds": work_s,
            "label_call_seconds": call_s, "label_phases": phases,
            "forward_median": forward_med, "label_work_median": work_med, "label_call_median": call_med,
            "ratio_work": work_med / forward_med, "ratio_call": call_med / forward_med,
            "target_met": work_med < forward_med}
