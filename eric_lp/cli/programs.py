"""The verbs on programs alone: check, solve, export, diff, textconv, bench (no TensorFlow
unless diff is asked to count class changes on a model's images)."""

from __future__ import annotations

import sys
from pathlib import Path

from .options import add_data_options, add_explanation_options, add_preprocess_option, positive_int, print_json

__all__ = ["register"]


def cmd_check(args) -> int:
    from ..core.render import shown
    from ..lang.parse import parse_program_and_notes, read_text
    program, notes = parse_program_and_notes(read_text(args.program), args.program)
    metrics = program.metrics()
    if args.json:
        print_json({"program": args.program, "sound": True, "layers": list(program.layers),
                     "classes": list(program.classes), **metrics.as_dict(), "swipl_notes": notes})
    else:
        # "sound" is eric-lp's reading; where plain swipl reads the file otherwise, the first line says so too
        sound = (f"sound for eric-lp, but plain swipl reads it differently ({len(notes)} "
                 f"note{'s' if len(notes) > 1 else ''} below)" if notes else "sound")
        print(f"{args.program}: {sound}; layers {' -> '.join(program.layers)} -> class; "
              f"classes {', '.join(program.classes)}")
        print(f"vars {metrics.vars}  rules {metrics.rules}  size {metrics.size}")
        for note in notes:
            print(shown(f"note for plain swipl: {note}"))
    return 0


def cmd_solve(args) -> int:
    from ..engines import run
    from ..lang.parse import read_facts, read_program
    program = read_program(args.program)
    facts = read_facts(args.facts, layer=program.lep)
    answer = run(program, facts, args.engine)
    rows = answer.rows()
    undecided = answer.undecided()  # images with no class or several: no prediction
    extra = _explanations(args, program, facts)
    if args.json:
        for row, parts in zip(rows, extra):
            for part in parts:
                row.update(part.to_json())
        print_json({"images": rows, **undecided})
    else:
        for row, parts in zip(rows, extra):
            print(f"image {row['image']}: {', '.join(row['classes']) or '(no class)'}"
                  f"  fired {' '.join(row['fired']) or '-'}")
            for part in parts:
                print(f"  {'sufficient: ' if hasattr(part, 'literals') else 'counterfactual '}"
                      f"{part.detail(program)}")
        print(undecided_text(len(rows), undecided))
    return 0


def _explanations(args, program, facts) -> list:
    """Per image, the explanations asked for (--sufficient, --counterfactual), each decided by clingo."""
    parts: list = [[] for _ in range(len(facts))]
    if not (args.sufficient or args.counterfactual):
        return parts
    from ..engines import reasons
    if args.counterfactual:
        reasons.check_target(program, args.counterfactual)
    if args.sufficient:
        for row, reason in zip(parts, reasons.sufficient_reasons(program, facts)):
            row.append(reason)
    if args.counterfactual:
        for row, cf in zip(parts, reasons.counterfactuals(program, facts, args.counterfactual, args.all_optimal)):
            row.append(cf)
    return parts


def undecided_text(images: int, undecided: dict) -> str:
    """The closing line of solve and infer: how many images got exactly one class."""
    decided = images - undecided["no_class"] - undecided["several_classes"]
    return (f"{images} images: {decided} with one class, {undecided['no_class']} with no class, "
            f"{undecided['several_classes']} with several classes")


def cmd_export(args) -> int:
    from ..lang.emit import emit
    from ..core.files import write_text
    from ..lang.parse import read_program
    program = read_program(args.program)
    write_text(args.output, emit(program, args.to))
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


def cmd_bench(args) -> int:
    from ..experiments import bench
    if args.what == "engines":
        result = bench.bench_engines(images=args.images or 50_000, prolog_images=args.prolog_images,
                                     progress=lambda e: print(f"timing {e} ...", file=sys.stderr))
        if args.json:
            print_json(result)
            return 0
        for name, part in (("generated", result), ((result["real"] or {}).get("program"), result["real"])):
            if part is None:
                continue
            print(f"{name}: {part['rules']} rules, size {part['size']}, {part['entry_kernels']} entry kernels, "
                  f"{part['kernels_read']} read")
            for engine, row in part["engines"].items():
                print(f"{engine:>7}: {row['images']:>7} images in {row['seconds']:.4f} s = "
                      f"{row['images_per_second']:>14,.0f} images/s")
            for pair, ratio in part["ratios"].items():
                print(f"{pair:>15}: {ratio:,.1f}x")
        print(f"engines agree: {result['engines_agree']}")
        return 0 if result["engines_agree"] else 1
    if args.what == "memory":
        return _bench_memory(bench, args)
    if args.what == "explain":
        return _bench_explain(bench, args)
    if args.what == "label":
        return _bench_label(bench, args)
    result = bench.bench_extract(args.model, args.dataset or "fashion-mnist:0,2,6", args.limit,
                                 progress=lambda name: print(f"timing {name} ...", file=sys.stderr))
    if args.json:
        print_json(result)
    else:
        for row in result["runs"]:
            print(f"{row['name']:>7} ({','.join(row['layers'])}, alpha {row['alpha']}): forward pass "
                  f"{row['forward_seconds']:.2f} s over {row['images']} images, rule induction "
                  f"{row['induction_seconds']:.2f} s = {100 * row['ratio']:.1f}% of the forward pass "
                  f"({row['rules']} rules, size {row['size']})")
    return 0


def _bench_explain(bench, args) -> int:
    result = bench.bench_explain(images=args.images or 3000, progress=lambda text: print(f"{text} ...",
                                                                                        file=sys.stderr))
    if args.json:
        print_json(result)
        return 0 if result["verification_failures"] == 0 else 1
    reason, counter = result["sufficient"], result["counterfactual"]
    print(f"{result['program']}: {result['rules']} rules, size {result['size']}, {result['kernels_read']} kernels "
          f"read; {result['images']} images, {result['rows']}")
    print(f"grounding, once: sufficient {1000 * result['ground_seconds']['sufficient']:.1f} ms, counterfactual "
          f"{1000 * result['ground_seconds']['counterfactual']:.1f} ms")
    print(f"sufficient reason: {reason['count']} in mean {reason['mean_ms']:.2f} ms, max {reason['max_ms']:.2f} ms; "
          f"{reason['mean_literals']:.2f} literals against {reason['fired_rule_literals_mean']:.2f} in the rules "
          f"that fired ({reason['one_class_images']} images with one class)")
    print(f"counterfactual to each other class: {counter['count']} in mean {counter['mean_ms']:.2f} ms, max "
          f"{counter['max_ms']:.2f} ms; {counter['mean_flips']:.2f} flips on average, {counter['unreachable']} "
          f"unreachable")
    print(f"numpy re-run of {counter['verified']} counterfactuals: {result['verification_failures']} do not derive "
          f"their target alone")
    print(f"at most {result['target_ms']:.0f} ms each: {'met' if result['target_met'] else 'NOT met'}")
    return 0 if result["verification_failures"] == 0 else 1


def _bench_label(bench, args) -> int:
    result = bench.bench_label(args.model, images=args.images or 500, repeat=args.repeat, epochs=args.epochs,
                               progress=lambda text: print(f"{text} ...", file=sys.stderr))
    if args.json:
        print_json(result)
        return 0
    print(f"{result['spec']} (seed {result['seed']}): {result['masked_images']} masked training images; model "
          f"{result['model_source']}; program at {result['layer']}: {result['rules']} rules, size {result['size']}, "
          f"{result['kernels_read']} kernels read, {result['labelled']} labelled")
    print(f"{'seconds':<34} {'each run':>28}  median of {result['repeat']}")
    for name, key in (("(a) forward pass, training split", "forward"),
                      ("(b) labelling: its phases", "label_work"), ("(b) labelling: the whole call", "label_call")):
        runs = " ".join(f"{s:6.2f}" for s in result[f"{key}_seconds"])
        print(f"{name:<34} {runs:>28}  {result[f'{key}_median']:6.2f}")
    print(f"labelling / forward pass: {result['ratio_work']:.2f} (phases), {result['ratio_call']:.2f} (whole call); "
          f"labelling faster than the forward pass: {'yes' if result['target_met'] else 'NO'}")
    whole = result["extraction_forward_seconds"]
    if whole:
        print(f"for scale: the extraction's own forward pass over train, val and test ({result['train_images']}+"
              f"{result['val_images']}+{result['test_images']} images, once, the run's first pass: Keras' warm-up "
              f"included) took {whole:.2f} s; labelling's phases are {result['label_work_median'] / whole:.2f} of it")
    return 0


def _bench_memory(bench, args) -> int:
    result = bench.bench_memory(images=args.images or 3000, old_growth=args.old_growth,
                                progress=lambda text: print(f"{text} ...", file=sys.stderr))
    if args.json:
        print_json(result)
        return 0
    for run in result["runs"]:
        whole = run["mode"].startswith("infer")  # the whole command, start-up included
        print(f"{run['mode'] if whole else run['mode'] + ' pass':>11}, {run['images']:>6} images: peak "
              f"{run['peak_mb']:,.0f} MB, {run['images_per_second']:,.0f} images/s"
              f"{' (the whole command)' if whole else ''}")
    small, big = result["images"]
    print(f"streamed: peak memory grows {result['stream_growth_mb']:,.0f} MB from {small} to {big} images")
    if "old_growth_mb" in result:
        print(f"old pass: peak memory grows {result['old_growth_mb']:,.0f} MB from {small} to {big} images")
    print(f"infer --jsonl: peak memory grows {result['infer_growth_mb']:,.0f} MB from {small} to {big} images")
    if "infer_json_growth_mb" in result:
        print(f"infer --json: peak memory grows {result['infer_json_growth_mb']:,.0f} MB from {small} to {big} "
              "images")
    print(f"streamed {result['stream_images_per_second']:,.0f} / old {result['old_images_per_second']:,.0f} "
          f"images/s over {small} images (best of two each): {result['rate_ratio']:.2f}x "
          f"(same norms: {result['same_norms']})")
    return 0


def _read_program(path):
    """A program, with an unreadable file (permissions, a folder) as a one-line error, not a traceback."""
    from ..errors import DataError
    from ..lang.parse import read_program
    try:
        return read_program(path)
    except OSError as exc:
        raise DataError(f"{path}: cannot read it ({exc.strerror or exc})") from None


def cmd_diff(args) -> int:
    """The solver's verdict decides the exit status; the rule listing and the image count follow it."""
    from ..engines.equivalence import decide
    from ..lang.diff import diff_programs
    a, b = _read_program(args.a), _read_program(args.b)
    verdict = decide(a, b, strict=args.strict)
    listing = diff_programs(a, b)
    changes = None
    if args.model:
        changes = _class_changes(args, a, b)
    if args.json:
        rules = listing.to_json()
        data = {**rules, **verdict.to_json(), "rules": rules}  # the listing's keys stay at the top too
        if changes is not None:
            data["class_changes"] = changes
        print_json(data)
    else:
        print(verdict.render(args.a, args.b, a.lep if a.lep == b.lep else None))
        print(listing.render())
        if changes is not None:
            print(f"images whose class changes: {changes['changed']} of {changes['images']} "
                  f"({changes['percent']:.2f}%)")
            for ex in changes["examples"]:
                print(f"  image {ex['image']}: {ex['a']} -> {ex['b']}")
    return 0 if verdict.equivalent else 1


def _class_changes(args, a, b) -> dict:
    """Run both programs on the same images (each through its own quantiser) and compare classes."""
    from ..pipeline.folder import load_quantiser
    from ..pipeline.infer import lep_facts
    from ..pipeline.inputs import images_input
    from ..engines import run
    from ..nn.models import load_model
    model = load_model(args.model)
    predicted = []
    sources = None
    for program, path in ((a, args.a), (b, args.b)):
        quantiser = load_quantiser(Path(path).parent, args.preprocess)  # each as extracted
        # the model's recorded split by default; no overlap check: the programs are compared, not measured
        x, _, sources = images_input(quantiser, args.dataset, args.images, None, args.data_root,
                                     args.seed, args.split, args.limit, args.model, allow_overlap=True)
        facts, _, _ = lep_facts(model, quantiser, x)
        predicted.append(run(program, facts, "numpy").predicted())
    def name(names, index):
        return names[index] if index >= 0 else None
    names_a, names_b = a.classes, b.classes
    differ = [i for i in range(len(sources)) if name(names_a, predicted[0][i]) != name(names_b, predicted[1][i])]
    return {"images": len(sources), "changed": len(differ),
            "percent": round(100.0 * len(differ) / max(len(sources), 1), 2),
            "examples": [{"image": sources[i] if isinstance(sources[i], str) else int(sources[i]),
                          "a": name(names_a, predicted[0][i]), "b": name(names_b, predicted[1][i])}
                         for i in differ[:5]]}


def cmd_textconv(args) -> int:
    from ..lang.diff import textconv
    from ..lang.parse import read_program
    sys.stdout.write(textconv(read_program(args.program)))
    return 0


def register(add) -> None:
    """Add the program verbs; `add(name, func, help)` makes one."""
    p = add("check", cmd_check, "read and validate a program; print its metrics (vars, rules, size) and a note "
            "wherever plain swipl would read the file unlike solve (a .pl file must be the Prolog form, an .lp "
            "file the clingo form)")
    p.add_argument("program", help="program file (.lp or .pl)")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = add("solve", cmd_solve, "run a program on facts (image/1, active/3) and print each image's classes")
    p.add_argument("program", help="program file (.lp or .pl)")
    p.add_argument("--facts", required=True, help="facts file: image(I). active(I, Layer, Kernel).")
    p.add_argument("--engine", choices=("numpy", "clingo", "prolog"), default="numpy",
                   help="engine to run the program with (default numpy; clingo and prolog give the same "
                        "answer)")
    add_explanation_options(p)
    p.add_argument("--json", action="store_true", help="print JSON")

    p = add("export", cmd_export, "write a program in the clingo (asp) or SWI-Prolog form")
    p.add_argument("program", help="program file (.lp or .pl)")
    p.add_argument("--to", choices=("asp", "prolog"), required=True, help="target form")
    p.add_argument("-o", "--output", required=True, help="output file")

    p = add("bench", cmd_bench, "measure speed: 'engines' (images/s of each engine), 'extract' "
            "(forward pass against rule induction) or 'memory' (peak memory of the streamed forward pass at N "
            "and 4N images, and its images/s against the old in-memory pass) or 'explain' (ms per sufficient "
            "reason and per counterfactual, each counterfactual checked by the numpy engine) or 'label' "
            "(labelling kernels from the masks of 500 training scenes against the forward pass over them)")
    p.add_argument("what", choices=("engines", "extract", "memory", "explain", "label"))
    p.add_argument("--images", type=positive_int, metavar="N",
                   help="images for numpy and clingo (default 50000); memory: N (default 3000); explain: "
                        "random rows (default 3000); label: masked training scenes (default 500)")
    p.add_argument("--repeat", type=positive_int, default=3, metavar="N",
                   help="label: runs of each side, the median reported (default 3)")
    p.add_argument("--epochs", type=positive_int, default=3, metavar="N",
                   help="label: epochs of the vgg-small trained when neither --model nor a model cached by "
                        "'experiment concepts' is there (default 3)")
    p.add_argument("--old-growth", action="store_true",
                   help="memory: also run the old in-memory pass on 4N images to show its growth")
    p.add_argument("--prolog-images", type=positive_int, default=50_000,
                   help="images for SWI-Prolog (default 50000, like the others)")
    p.add_argument("--model", metavar="MODEL", help="extract: the model (default: the demo's vgg-small); label: "
                   "a model of the scenes (default: the vgg-small 'experiment concepts' cached)")
    p.add_argument("--dataset", metavar="SPEC",
                   help="extract: the data (default fashion-mnist:0,2,6)")
    p.add_argument("--limit", type=positive_int, metavar="N", help="extract: at most N images per split")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = add("diff", cmd_diff, "decide with clingo whether two programs derive the same classes for every input "
            "of the entry layer (if not: a counterexample with the fewest active kernels), then list rules added, "
            "removed and changed per layer and the metric deltas; exit 0 when equivalent, 1 when not, 2 on error")
    p.add_argument("a", metavar="A.lp")
    p.add_argument("b", metavar="B.lp")
    p.add_argument("--strict", action="store_true",
                   help="also require the same atoms in the hidden layers both programs have")
    p.add_argument("--model", metavar="MODEL",
                   help="also run both programs (with the quantiser.json beside each) and count class changes")
    add_data_options(p, split=True)
    add_preprocess_option(p)
    p.add_argument("--json", action="store_true", help="print JSON")

    p = add("textconv", cmd_textconv, "print a program as sorted readable rules, ids aside (a git textconv "
            "driver: git config diff.eric-lp.textconv 'eric-lp textconv')")
    p.add_argument("program", metavar="PROGRAM")
