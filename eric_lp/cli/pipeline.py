"""The verbs of the ERIC pipeline: extract, infer, facts, explain, visualise, label, report."""

from __future__ import annotations

from pathlib import Path

from ..core.render import shown
from ..errors import DataError
from .options import SEED_HELP, add_data_options, add_devices_option, add_explanation_options, \
    add_model_check_options, add_preprocess_option, nonnegative_int, positive_int, print_json, say

__all__ = ["register"]


def cmd_extract(args) -> int:
    from .. import api
    from ..pipeline.extract import table1_row
    settings = api.ExtractionSettings.choose(args.lep, args.layers, depth=args.depth, alpha=args.alpha,
                                             norm=args.norm, literals=args.literals, grid=args.grid,
                                             threshold=args.threshold, learner=args.learner, budget=args.budget,
                                             seed=args.seed, preprocess=args.preprocess)
    result = api.extract(args.model, args.dataset, args.images, outdir=args.output, data_root=args.data_root,
                         cache_dir=args.cache_dir, progress=not args.json, limit=args.limit, settings=settings,
                         allow_overlap=args.allow_overlap)
    if result.pixels is not None:
        say(result.pixels.note())
    for warning in result.metrics.get("warnings", ()):
        say(f"warning: {warning}")
    if args.json:
        print_json(result.metrics)
        return 0
    print(table1_row(result.metrics))
    t = result.metrics["timings"]
    print(f"forward pass {t['forward_seconds']:.1f} s{' (cached)' if t['forward_cached'] else ''}, "
          f"rule induction {t['induction_seconds']:.2f} s")
    print(f"wrote {args.output}/program.lp, program.pl, quantiser.json, metrics.json")
    return 0


def cmd_infer(args) -> int:
    from .. import api
    if args.output and not args.jsonl:
        raise DataError(f"-o {args.output}: infer writes its answers to a file as JSON lines; give --jsonl with -o")
    if args.jsonl:
        return _infer_jsonl(args)
    result = api.infer(args.model, args.program, args.dataset, args.images, args.files, args.engine,
                       args.data_root, args.seed, args.split, progress=not args.json, limit=args.limit,
                       preprocess=args.preprocess, any_model=args.any_model, allow_overlap=args.allow_overlap)
    if args.json:
        print_json(result.to_json())
        return 0
    for row in result.images[: args.show]:
        label = f"  label {row['label']}" if row["label"] is not None else ""
        print(f"{shown(row['image'])}: {row['class'] or '(no class)'}{label}  model {row['model_class']}")
    if len(result.images) > args.show:
        print(f"... {len(result.images) - args.show} more (use --show N or --json)")
    if result.accuracy is not None:
        print(f"accuracy {result.accuracy:.2f}%  ", end="")
    print(f"fidelity {result.fidelity:.2f}%  ({len(result.images)} images, engine {args.engine})")
    from .programs import undecided_text
    print(undecided_text(len(result.images), result.undecided))
    return 0


def _infer_jsonl(args) -> int:
    """`infer --jsonl`: each batch's answers written once decided (to stdout, or -o FILE renamed into
    place at the end), then a summary line; nothing is kept (`pipeline.infer.write_jsonl`)."""
    import sys
    from .. import api
    from ..core.files import writing
    stream = api.infer_stream(args.model, args.program, args.dataset, args.images, args.files, args.engine,
                              args.data_root, args.seed, args.split, progress=args.output is not None,
                              limit=args.limit, preprocess=args.preprocess, any_model=args.any_model,
                              allow_overlap=args.allow_overlap)
    from ..nn.cluster import is_chief
    if args.output is None or not is_chief():  # a worker that is not the chief: its stdout is dropped
        api.write_jsonl(stream, sys.stdout)
        return 0
    with writing(args.output) as handle:
        tally = api.write_jsonl(stream, handle)
    say(f"wrote {args.output}: {tally.images} images, one JSON line each, and a summary line")
    return 0


def cmd_facts(args) -> int:
    from .. import api
    from ..core.files import write_text
    output = Path(args.output)
    if output.suffix not in (".lp", ".pl"):
        raise DataError(f"-o {args.output}: name the facts file .lp (clingo) or .pl (SWI-Prolog, which skips "
                        "files with other extensions)")
    if output.exists() and not output.is_file():
        raise DataError(f"-o {args.output}: exists and is not a regular file; give the path of a file to write")
    result = api.facts(args.model, args.program, args.dataset, args.images, args.files, args.data_root, args.seed,
                       args.split, args.limit, args.preprocess, progress=not args.json, any_model=args.any_model,
                       allow_overlap=args.allow_overlap)
    from ..nn.cluster import is_chief
    if not is_chief():
        return 0  # the chief of the cluster writes the file
    write_text(output, result.to_text())
    if args.json:
        print_json({"facts": str(output), **result.to_json()})
    else:
        say(f"wrote {output}: {len(result.facts)} images, layer {result.facts.layer}, "
            f"{len(result.facts.kernels)} kernels")
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
                                        args.data_root, args.seed, args.limit, progress=not args.json,
                                        preprocess=args.preprocess, any_model=args.any_model,
                                        allow_overlap=args.allow_overlap, sufficient=args.sufficient,
                                        counterfactual=args.counterfactual, all_optimal=args.all_optimal)
    if args.json:
        print_json({"explanations": [e.to_json(program) for e in explanations]})
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
    if args.masks is not None:
        return _label_from_masks(args, labels, remove)
    if any(getattr(args, name) is not None for name in ("model", "images", "method")):
        raise DataError("--model, --images and --method label kernels from masks; give --masks MASKS too")
    if labels or remove or args.file:
        program = api.label(args.program, labels, remove, args.file)
    else:
        program, _ = api.load_extraction(args.program)
    if args.json:
        print_json({"labels": [{"layer": lb.layer, "kernel": lb.kernel if isinstance(lb.kernel, int)
                                 else str(lb.kernel), "name": lb.name, "provisional": lb.provisional}
                                for lb in program.labels]})
        return 0
    for lb in program.labels:
        print(f"{lb.layer}:{lb.kernel}={lb.name}{'  (provisional)' if lb.provisional else ''}")
    if not program.labels:
        print("no labels yet; set one with --set LAYER:KERNEL=NAME, or run 'eric-lp visualise' for "
              "provisional names")
    return 0


def _label_from_masks(args, labels, remove) -> int:
    """`label --masks`: name the program's kernels from segmentation masks (`pipeline.label`)."""
    from .. import api
    if remove:
        raise DataError("--remove cannot be combined with --masks; remove names in a separate call")
    if args.model is None or args.images is None:
        raise DataError("--masks needs --model MODEL and --images DIR (the masks mirror that image folder)")
    result = api.label_from_masks(args.program, args.masks, args.model, args.images, args.method or "iou",
                                  args.quantile, args.min_iou, args.margin, args.min_mass, labels, args.file,
                                  args.top, args.seed, args.limit, args.preprocess, args.any_model)
    if args.json:
        print_json(result.to_json())
        return 0
    for entry in result.kernels:
        best = ", ".join(f"{s['concept']} {s['score']:.3f}" for s in entry["scores"])
        name = entry["label"] or "(none)"
        why = {"masks": "", "person": "  (a person's name)", "none": "  (no concept matches)"}[entry["source"]]
        print(f"{entry['layer']}:{entry['kernel']}={name}{'  (provisional)' if entry['provisional'] else ''}"
              f"{why}  [{best}]")
    score = "IoU" if result.method == "iou" else "mass"
    print(f"labelled {result.labelled} of {len(result.kernels)} kernels from {result.images} masked training "
          f"images ({score}; maps {result.seconds['maps']:.2f} s, scoring {result.seconds['scoring']:.2f} s); "
          f"wrote {Path(args.program) / 'concepts.json'} and the labelled kernels' grids in "
          f"{Path(args.program) / 'kernels'}")
    advice = api.quantile_advice(result, args.quantile)
    if advice:
        print(f"note: {advice}")
    return 0


def cmd_visualise(args) -> int:
    from .. import api
    written, program = api.visualise(args.model, args.program, args.dataset, args.images, args.top, args.maps,
                                     args.data_root, args.seed, args.limit, args.cache_dir,
                                     progress=not args.json, preprocess=args.preprocess, any_model=args.any_model,
                                     masks=args.masks)
    if args.json:
        print_json({"files": [str(p) for p in written]})
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
                      args.limit, progress=not args.json, preprocess=args.preprocess, any_model=args.any_model,
                      allow_overlap=args.allow_overlap)
    checked = None
    if args.check:
        from ..pipeline.report import check_in_browser
        checked = check_in_browser(path, args.browser)
    if args.json:
        print_json({"report": str(path), **({"checked": checked} if checked else {})})
    else:
        print(f"wrote {path}")
        if checked:
            print(f"checked in {checked['browser']}: all sections shown, {checked['images']} images, "
                  "no console errors")
    return 0


def _add_program_inputs(p, files_help: str | None) -> None:
    """What the verbs that run an extracted program on images share: the model, the program's folder,
    the data (with a split when image files may be given instead), how pixels are fed."""
    p.add_argument("--model", required=True, metavar="MODEL",
                   help="the model the program was extracted from (.keras or legacy .h5)")
    p.add_argument("--program", required=True, metavar="OUTDIR", help="folder written by extract")
    add_data_options(p, split=files_help is not None)
    add_preprocess_option(p)
    add_model_check_options(p, overlap=files_help is not None)
    if files_help is not None:
        p.add_argument("files", nargs="*", metavar="IMAGE", help=files_help)


def register(add) -> None:
    """Add the pipeline verbs; `add(name, func, help)` makes one."""
    p = add("extract", cmd_extract, "extract a logic program from a model: quantise, learn rules, measure")
    p.add_argument("--model", required=True, metavar="MODEL", help="a Keras model file: .keras or legacy .h5")
    add_data_options(p, seed_help=SEED_HELP + "; rule learning uses no seed (the tree breaks a tie by the "
                     "lowest kernel index)")
    add_model_check_options(p, model=False)
    add_preprocess_option(p, extract=True)
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--lep", metavar="LAYER", help="single layer: quantise LAYER and map it to the classes; the "
                   "program names the layer by the tensor read (a conv feeding a pool is read through the pool: "
                   "--lep block3_conv2 and --lep block3_pool both give block3_pool)")
    g.add_argument("--layers", metavar="L1,L2,...",
                   help="chain of layers bottom-up, every conv layer in between included; L1 is the entry layer; "
                        "each is named by the tensor read, as with --lep")
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
                   help="tree: the paper's depth/alpha tree; budget: best-first by gini decrease per antecedent added, "
                        "within --budget")
    g.add_argument("--budget", type=int, default=200, metavar="SIZE",
                   help="with --learner budget: the most antecedents over all rules, hidden layers included "
                        "(default 200)")
    p.add_argument("--cache-dir", metavar="DIR", help="norm cache (default ~/.cache/eric-lp or $ERIC_LP_CACHE)")
    add_devices_option(p)
    p.add_argument("-o", "--output", required=True, metavar="OUTDIR", help="folder for the program and metrics")
    p.add_argument("--json", action="store_true", help="print metrics.json")

    p = add("infer", cmd_infer, "classify images with an extracted program instead of the model's upper layers")
    _add_program_inputs(p, "image files to classify")
    p.add_argument("--engine", choices=("numpy", "clingo", "prolog"), default="numpy",
                   help="engine (default numpy; clingo and prolog give the same classes)")
    add_devices_option(p)
    p.add_argument("--show", type=nonnegative_int, default=20, help="images to list (default 20)")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--json", action="store_true", help="print JSON: every answer, at the end")
    g.add_argument("--jsonl", action="store_true",
                   help="print JSON lines as the images are decided: one per image, with the fields of --json's "
                        "images entries, then {\"summary\": {...}} with the counts; memory stays flat")
    p.add_argument("-o", "--output", metavar="FILE.jsonl",
                   help="with --jsonl: write the lines to FILE (it appears whole when inference ends)")

    p = add("facts", cmd_facts, "write the entry-layer facts (image/1, active/3) of images, numbered as infer "
            "lists them, for plain clingo and SWI-Prolog: python -m clingo program.lp facts.lp")
    _add_program_inputs(p, "image files")
    p.add_argument("-o", "--output", required=True, metavar="FACTS.lp|FACTS.pl",
                   help="facts file (the same text in both forms; swipl needs the .pl name)")
    p.add_argument("--json", action="store_true", help="print JSON: the file, layer, kernels and each image's source")

    p = add("explain", cmd_explain, "explain the program's class for images: the rules that fired, layer by "
            "layer, down to kernel norms against thresholds")
    _add_program_inputs(p, "image files to explain")
    p.add_argument("--index", metavar="N[,N...]", help="images of the dataset split to explain (default 0)")
    p.add_argument("--why-not", metavar="CLASS", action="append",
                   help="also say why not CLASS: its rules and the literals that failed (repeatable)")
    add_explanation_options(p)
    p.add_argument("--engine", choices=("numpy", "clingo", "prolog"), default="numpy",
                   help="engine whose answer is explained (default numpy; clingo and prolog give the same "
                        "fired rules)")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = add("visualise", cmd_visualise, "show each kernel the program uses as its top-m training images "
            "(PNG grids and an overview), and give unnamed kernels provisional names")
    _add_program_inputs(p, None)
    p.add_argument("--top", type=int, default=10, metavar="M", help="images per kernel (default 10)")
    p.add_argument("--maps", action="store_true", help="lay each kernel's map, upsampled, over its images")
    p.add_argument("--masks", metavar="MASKS", help="the mask folder 'label --masks' read: the kernels it labelled "
                   "show the concept's mask outline (yellow) and the kernel's thresholded region (magenta)")
    p.add_argument("--cache-dir", metavar="DIR", help="norm cache (default ~/.cache/eric-lp or $ERIC_LP_CACHE)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p = add("report", cmd_report, "write OUTDIR/report.html: Table 1, rules with labels, kernel grids, "
            "explanations of right and wrong test images; one self-contained page")
    p.add_argument("program", metavar="OUTDIR", help="folder written by extract")
    p.add_argument("--model", metavar="MODEL", help="with the data: explain a few test images")
    p.add_argument("--check", action="store_true",
                   help="render the page in headless Chromium and check it shows whole, without errors")
    p.add_argument("--browser", metavar="PATH", help="with --check: the Chromium to use (default: from PATH)")
    add_data_options(p)
    add_preprocess_option(p)
    add_model_check_options(p)
    p.add_argument("--json", action="store_true", help="print JSON")

    p = add("label", cmd_label, "name kernels, by hand (--set, --file) or from segmentation masks (--masks): the "
            "names go into program.lp/.pl (label/3 facts) and into every rendering and explanation")
    p.add_argument("program", metavar="OUTDIR", help="folder written by extract")
    p.add_argument("--set", action="append", metavar="LAYER:KERNEL=NAME", help="name a kernel (repeatable)")
    p.add_argument("--file", metavar="LABELS", help="JSON or YAML file of {layer, kernel, name} entries")
    p.add_argument("--remove", action="append", metavar="LAYER:KERNEL", help="drop a kernel's name")
    g = p.add_argument_group("labels from segmentation masks (a person's --set/--file names win)")
    g.add_argument("--masks", metavar="MASKS",
                   help="mask folder mirroring --images (IMAGES/train/Bag/x.jpg -> MASKS/train/Bag/x.png; one "
                        "channel, 0 background, 255 ignored, v the concept on line v of MASKS/concepts.txt); "
                        "labels the kernels the program reads from the training images that have a mask")
    g.add_argument("--model", metavar="MODEL", help="with --masks: the model the program was extracted from")
    g.add_argument("--images", metavar="DIR", help="with --masks: the image folder the masks mirror")
    g.add_argument("--method", choices=("iou", "mass"), default=None,
                   help="iou (default): Network Dissection, the best concept by IoU of the kernel's top-quantile "
                        "region; mass: NeSyFOLD-G, the share of the kernel's activation in each concept, every "
                        "concept within --margin of the best joined into one label (bag_sandal)")
    g.add_argument("--quantile", type=float, default=0.005,
                   help="iou: a kernel's region is its map, upsampled to the image, above its top QUANTILE over "
                        "all masked images' pixels (default 0.005; the grids draw it under either method)")
    g.add_argument("--min-iou", type=float, default=0.04, help="iou: the least IoU that labels (default 0.04)")
    g.add_argument("--margin", type=float, default=0.05,
                   help="mass: concepts within MARGIN of the best share join the label (default 0.05)")
    g.add_argument("--min-mass", type=float, default=0.2,
                   help="mass: the least share of activation inside the best concept that labels (default 0.2)")
    g.add_argument("--top", type=int, default=10, metavar="M", help="masked images per labelled kernel's grid "
                   "(default 10)")
    g.add_argument("--seed", type=nonnegative_int, default=None,
                   help="data seed (default: the one the model was trained with)")
    g.add_argument("--limit", type=positive_int, metavar="N", help="use at most N images of each split")
    g.add_argument("--max-pixels", type=positive_int, metavar="N",
                   help="refuse an image or mask file above N pixels (default 50000000)")
    add_preprocess_option(g)
    g.add_argument("--any-model", action="store_true",
                   help="use a model file other than the one the program was extracted from")
    p.add_argument("--json", action="store_true", help="print JSON")
