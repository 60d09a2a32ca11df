"""Benchmarks measured in one run, reported as rates and ratios.

`bench_engines`: images per second of each engine on a generated 64-rule,
two-layer program over 50,000 images with 512 entry kernels, and on a committed
real program (`REAL_PROGRAM`, 50,000 random rows over the kernels it reads),
each run end to end from a truth table to classes, and checked to agree.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np

from ..core.facts import Facts
from ..core.program import OUTPUT, Literal, Program, Rule

__all__ = ["random_program", "bench_engines", "REAL_PROGRAM"]

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
    from ..learn.chain import induce_program
    from ..nn.layers import kernel_layers
    from ..nn.models import load_model, model_key
    from ..nn.layers import resolve_layers
    from ..nn.quantise import NormCache, Quantiser, split_norms
    if model_path is None:
        model_path = demo_model(dataset, seed=seed, limit=limit)
    model = load_model(model_path)
    data = load_dataset(dataset, seed=seed, shape=tuple(model.input_shape[1:]), limit=limit)
    convs = [i.name for i in kernel_layers(model) if i.kind == "conv"]
    pools = [i.name for i in kernel_layers(model) if i.kind == "pool"]
    configs = [("single", [pools[-1] if pools else convs[-1]], 0.01), ("three", convs[-3:], 0.1)]
    runs = []
    for name, layers, alpha in configs:
        if progress:
            progress(name)
        chosen = resolve_layers(model, layers)
        tensors = [c.tensor for c in chosen]
        with tempfile.TemporaryDirectory() as tmp:
            cache = NormCache(tmp)
            start = time.perf_counter()
            norms = {s: split_norms(model, model_key(model_path), data, s, tensors, "l1", cache, False)[0]
                     for s in ("train", "val", "test")}
            forward = time.perf_counter() - start
        quantiser = Quantiser.fit(chosen, norms["train"][0], "l1", data.input_shape, data.class_names)
        truth = quantiser.truth(norms["train"][0])
        start = time.perf_counter()
        program = induce_program(truth, [c.atom for c in chosen], norms["train"][1], data.class_names, 5, alpha, seed)
        induction = time.perf_counter() - start
        runs.append({"name": name, "layers": layers, "alpha": alpha, "images": sum(len(data.split(s)) for s in
                     ("train", "val", "test")), "forward_seconds": forward, "induction_seconds": induction,
                     "ratio": induction / forward, **program.metrics().as_dict()})
    return {"model": str(model_path), "dataset": dataset, "runs": runs}
