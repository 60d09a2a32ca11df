"""The main job end to end, on the embedded default (Fashion-MNIST classes 0, 2, 6).

Train vgg-small (or reuse the cached model), extract a program at the last
conv block, print the Table 1 row, explain three test images, write the
kernel grids and the HTML report, and say where everything is.
"""

from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["run_demo", "demo_model", "DEFAULT_DATASET"]

DEFAULT_DATASET = "fashion-mnist:0,2,6"


def _say(text: str, stream=None) -> None:
    print(text, file=stream or sys.stdout, flush=True)


def demo_model(dataset: str = DEFAULT_DATASET, epochs: int = 5, seed: int = 0, limit: int | None = None,
               cache_dir=None) -> Path:
    """The demo's vgg-small, trained once and cached, with its training record (``.data.json``, as
    ``eric-lp train`` writes it); returns its path."""
    from ..nn.data import load_dataset
    from ..nn.models import save_history, save_model, train
    from ..nn.quantise import default_cache_dir
    from ..nn.training_record import DataChoice, record_path, write_record
    cache = Path(cache_dir) if cache_dir else default_cache_dir()
    tag = dataset.replace(":", "_").replace(",", "-") + f"_seed{seed}_e{epochs}" + (f"_n{limit}" if limit else "")
    model_path = cache / "models" / f"vgg-small_{tag}.keras"
    if model_path.is_file():
        _say(f"      reusing {model_path}", sys.stderr)
        if not record_path(model_path).exists():  # cached before records were kept: its name says the draw
            write_record(model_path, [DataChoice.of(dataset, seed=seed, limit=limit)])
        return model_path
    data = load_dataset(dataset, seed=seed, limit=limit)
    model, history, accuracy, seconds = train(data, "vgg-small", epochs, seed=seed, verbose=1)
    save_model(model, model_path)
    save_history(history, model_path)
    write_record(model_path, [DataChoice.of(dataset, seed=seed, limit=limit, classes=data.class_names)])
    _say(f"      trained in {seconds:.0f} s: test accuracy {accuracy['test']:.1f}%; saved {model_path}", sys.stderr)
    return model_path


def run_demo(dataset: str = DEFAULT_DATASET, outdir="eric-lp-demo", epochs: int = 5, seed: int = 0,
             lep: str = "block3_pool", depth: int = 5, alpha: float = 0.01, limit: int | None = None,
             cache_dir=None, engine: str = "clingo") -> dict:
    """Run every step; return where the outputs are."""
    from .. import api
    from ..pipeline.extract import table1_row
    from ..nn.quantise import default_cache_dir
    outdir = Path(outdir)
    cache = Path(cache_dir) if cache_dir else default_cache_dir()

    _say(f"[1/6] model: vgg-small on {dataset}")
    model_path = demo_model(dataset, epochs, seed, limit, cache)

    _say(f"[2/6] extract: LEP {lep}, d={depth}, alpha={alpha}")
    result = api.extract(model_path, dataset=dataset, lep=lep, depth=depth, alpha=alpha, seed=seed,
                         outdir=outdir, cache_dir=cache, limit=limit)
    _say(table1_row(result.metrics))

    _say("[3/6] kernels: top-10 training images of each kernel the rules use")
    written, _ = api.visualise(model_path, outdir, dataset=dataset, seed=seed, limit=limit, cache_dir=cache)
    _say(f"      {len(written)} images in {outdir / 'kernels'}")

    _say(f"[4/6] explanations of three test images ({engine})")
    program, explanations = api.explain(model_path, outdir, dataset=dataset, indices=[0, 1, 2], engine=engine,
                                        seed=seed, limit=limit, why_not=())
    for e in explanations:
        _say(e.render(program))
        _say("")

    _say("[5/6] report")
    report = api.report(outdir, model_path, dataset=dataset, seed=seed, limit=limit)
    _say(f"      {report}")

    _say("[6/6] where everything is")
    places = {"model": str(model_path), "program (clingo)": str(outdir / "program.lp"),
              "program (SWI-Prolog)": str(outdir / "program.pl"), "quantiser": str(outdir / "quantiser.json"),
              "metrics": str(outdir / "metrics.json"), "kernel grids": str(outdir / "kernels"),
              "report": str(report)}
    for name, where in places.items():
        _say(f"      {name:<22} {where}")
    _say(f"next: eric-lp explain --model {model_path} --program {outdir} --dataset {dataset} --index 7 "
         "--why-not shirt")
    sys.stdout.flush()
    return places
