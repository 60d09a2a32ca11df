"""The verb that runs a labelled program on scene descriptions: ``eric-lp concepts``."""

from __future__ import annotations

from ..core.render import shown
from .options import add_preprocess_option, add_model_check_options, nonnegative_int, positive_int, print_json, say

__all__ = ["register"]


def cmd_concepts(args) -> int:
    from ..core.files import check_output
    from ..pipeline.concepts import concept_run, write_concept_program
    if args.output:
        check_output(args.output)
    run = concept_run(args.program, args.masks, args.images, args.model, args.truth, args.split, args.seed,
                      args.limit, args.preprocess, args.any_model, args.allow_overlap, progress=not args.json)
    if args.output:
        write_concept_program(args.program, args.masks, args.output)
        say(f"wrote {args.output}: the concept-level program (add image/1 and present/2 facts for clingo)")
    if args.json:
        print_json(run.to_json())
        return 0
    for row in run.rows()[: args.show]:
        model = f"  model {row['model_class']}" if "model_class" in row else ""
        print(f"{shown(row['image'])}: {row['class'] or '(no class)'}  label {row['label']}{model}  "
              f"present {', '.join(row['present']) or '-'}")
    if len(run.images) > args.show:
        print(f"... {len(run.images) - args.show} more (use --show N or --json)")
    print(run.render(args.truth or "the truth"))
    return 0


def register(add) -> None:
    """Add ``concepts``; `add(name, func, help)` makes one."""
    p = add("concepts", cmd_concepts, "run the labelled program on scene descriptions: the concepts each test "
            "image's mask shows become present(I, Concept) facts, a labelled entry kernel is active when its "
            "concept is present (active(I, L, K) :- present(I, C), label(L, K, C); an unlabelled one never), and "
            "clingo classifies each scene; prints the concept-level accuracy (against the true class), fidelity "
            "(against the model, with --model) and, with --truth, whether the concept-level program answers as "
            "the truth program on every scene description (or the smallest on which they part)")
    p.add_argument("--program", required=True, metavar="OUTDIR", help="folder written by extract, labelled")
    p.add_argument("--masks", required=True, metavar="MASKS",
                   help="mask folder mirroring --images, with concepts.txt (see 'eric-lp label --masks')")
    p.add_argument("--images", required=True, metavar="DIR",
                   help="image folder: one sub-folder per class, or train/, val/, test/ each laid out so")
    p.add_argument("--model", metavar="MODEL", help="the model the program was extracted from: also the "
                   "concept-level fidelity, and the program on the network's kernels for comparison")
    p.add_argument("--truth", metavar="TRUTH.lp", help="a clingo program deriving class(I, Class) from "
                   "present(I, Concept) (and image(I)), e.g. the truth.lp of 'eric-lp images --dataset scenes'")
    p.add_argument("--split", choices=("train", "val", "test"), default="test", help="which split (default test)")
    p.add_argument("--seed", type=nonnegative_int, default=None,
                   help="data seed of a folder without train/val/test (default: the model's, else 0)")
    p.add_argument("--limit", type=positive_int, metavar="N", help="at most N images of the split")
    add_preprocess_option(p)
    add_model_check_options(p)
    p.add_argument("-o", "--output", metavar="FILE.lp",
                   help="also write the concept-level program: rules, label(L, K, Concept) facts, the bridge rule")
    p.add_argument("--show", type=nonnegative_int, default=10, help="scenes to list (default 10)")
    p.add_argument("--json", action="store_true", help="print JSON")
