"""The verbs that run whole jobs: demo (the main job) and the paper's experiments."""

from __future__ import annotations

import sys
from pathlib import Path

from .options import nonnegative_int, positive_int, print_json

__all__ = ["register"]

DEFAULT_TRIPLE = "fashion-mnist:0,2,6"  # peers and pareto: the demo's triple
# Training epochs of each cached model: the paper's triples reach their accuracy in 5; vgg-small on the
# scenes is at about 83% on validation after 5 and 92% after 12 (programs/scenes/README.md).
DEFAULT_EPOCHS = {"concepts": 12}


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
    if args.epochs is None:
        args.epochs = DEFAULT_EPOCHS.get(args.what, 5)
    out = Path(args.output or ("programs/scenes" if args.what == "concepts" else "programs/fashion-mnist"))
    if args.what == "table1":
        programs = None if args.no_programs else Path(args.programs)
        result = experiment.run_table1(out, args.epochs, args.seed, args.limit, args.cache_dir, programs,
                                       progress=not args.json, say=say)
        if args.json:
            print_json({"rows": result["rows"], "best": result["best"]})
        else:
            print(result["table"])
            print()
            print(result["best_table"])
            print(f"wrote {out / 'table1.md'}, {out / 'table1.csv'}, {out / 'table1-best.md'}, "
                  f"{out / 'table1-best.csv'} and {out / 'sweep.csv'}")
    elif args.what == "figures":
        written = experiment.run_figures(out, args.epochs, args.seed, args.limit, args.cache_dir,
                                         progress=not args.json, say=say)
        if args.json:
            print_json({"files": [str(p) for p in written]})
        else:
            print("wrote " + ", ".join(str(p) for p in written))
    elif args.what == "pareto":
        spec = None if args.images else (args.dataset or DEFAULT_TRIPLE)
        result = pareto.run_pareto(out, spec, args.images, args.model, args.lep or "block3_pool", args.epochs,
                                       args.seed, args.limit, args.cache_dir, progress=not args.json, say=say,
                                       finetuned=args.finetuned)
        if args.json:
            print_json({k: result[k] for k in ("paper", "best_at_paper_size", "best_at_size_200",
                                                "finetuned_paper", "finetuned_best_at_size_200") if k in result})
        else:
            for name in ("paper", "best_at_paper_size", "best_at_size_200", "finetuned_paper",
                         "finetuned_best_at_size_200"):
                r = result.get(name)
                if r:
                    print(f"{name:>20}: {r['literals']} / {r['threshold']} / {r['learner']} {r['param']}: "
                          f"test fidelity {r['fidelity_test']:.1f} at size {r['size']}")
            print(f"wrote {out / 'pareto.md'}, {out / 'pareto.csv'} and {out / 'pareto.png'}")
    elif args.what == "concepts":
        from ..experiments.concepts import run_concepts
        result = run_concepts(out, args.dataset or "scenes", epochs=args.epochs, seed=args.seed,
                              cache_dir=args.cache_dir, say=say, progress=not args.json)
        if args.json:
            print_json({"rows": result["rows"]})
        else:
            print(result["caption"])
            print(result["table"])
            print(f"wrote {out / 'concepts.md'}, {out / 'concepts.csv'}, {out / 'concepts.json'}, {out / 'truth.lp'} "
                  "and each model's labelled program in its own folder")
    elif args.what == "finetune":
        from ..experiments.finetune import run_finetune
        # all ten triples unless one is named (--dataset, or --model with its --dataset)
        result = run_finetune(out, args.dataset, args.model, args.lep or "block3_pool", args.epochs, args.seed,
                              args.limit, args.cache_dir, progress=not args.json, say=say)
        if args.json:
            print_json({"rows": result["rows"], "finetune": result["finetune"]})
        else:
            print(result["table"])
            print(f"wrote {out / 'finetune.md'}, {out / 'finetune.csv'}, {out / 'finetune.json'} and the programs "
                  f"in {out / 'finetune'}")
    else:
        result = peers.run_peers(out, args.dataset or DEFAULT_TRIPLE, args.lep or "block3_conv2", 5, 0.01, args.epochs, args.seed, args.limit,
                                      args.cache_dir, progress=not args.json, say=say)
        if args.json:
            print_json({"rows": result["rows"]})
        else:
            print(result["table"])
            print(f"wrote {out / 'peers.md'} and {out / 'peers.csv'}")
    return 0


def register(add) -> None:
    """Add the job verbs; `add(name, func, help)` makes one."""
    p = add("demo", cmd_demo, "the main job: train vgg-small (or reuse it), extract, explain, visualise, "
            "report -- on Fashion-MNIST t-shirt/pullover/shirt unless told otherwise")
    p.add_argument("--dataset", default="fashion-mnist:0,2,6", metavar="SPEC",
                   help="dataset (default fashion-mnist:0,2,6)")
    p.add_argument("--epochs", type=int, default=5, help="training epochs (default 5)")
    p.add_argument("--lep", default="block3_pool", help="logical entry point (default block3_pool)")
    p.add_argument("--depth", type=int, default=5, help="depth d (default 5)")
    p.add_argument("--alpha", type=float, default=0.01, help="alpha (default 0.01)")
    p.add_argument("--seed", type=nonnegative_int, default=0, help="seed, 0 or above (default 0)")
    p.add_argument("--limit", type=positive_int, metavar="N", help="at most N images per split (quick runs)")
    p.add_argument("--cache-dir", metavar="DIR", help="model and norm cache (default ~/.cache/eric-lp)")
    p.add_argument("-o", "--output", default="eric-lp-demo", metavar="OUTDIR",
                   help="where to write the program, grids and report (default eric-lp-demo)")

    p = add("experiment", cmd_experiment, "the paper's experiments on Fashion-MNIST: 'table1' (all ten triples "
            "of classes 0,2,3,4,6 at the paper's configuration: the last conv layer read through its pooling, "
            "d=5, alpha 0.01; beside it each triple's best LEP and d on validation), 'figures' (Figs. 3-5), "
            "'peers' (FOLD-RM, RIPPER and a CART tree on the same truth tables), 'pareto' (fidelity against "
            "size of the extensions); and 'concepts' (vgg-small and lenet-small on the built-in scenes: extract, "
            "label from the masks, run the labelled program on the test scenes' descriptions, compare with "
            "truth.lp; --dataset scenes[:N] for another size)")
    p.add_argument("what", choices=("table1", "figures", "peers", "pareto", "finetune", "concepts"))
    p.add_argument("-o", "--output", metavar="DIR",
                   help="where tables, CSVs and plots go (default programs/fashion-mnist; concepts: programs/scenes)")
    p.add_argument("--programs", default="programs/fashion-mnist", metavar="DIR",
                   help="table1: where each triple's program at the paper's configuration goes "
                   "(default programs/fashion-mnist)")
    p.add_argument("--no-programs", action="store_true", help="table1: do not write the programs")
    p.add_argument("--dataset", metavar="SPEC", help="peers, pareto: the triple (default fashion-mnist:0,2,6); "
                   "finetune: one triple instead of all ten")
    p.add_argument("--lep", help="peers: the entry layer (default block3_conv2, whose pooled map is "
                   "block3_pool); pareto: default block3_pool")
    p.add_argument("--model", metavar="MODEL", help="pareto: the model (default: the cached vgg-small)")
    p.add_argument("--images", metavar="DIR", help="pareto: an image folder instead of --dataset")
    p.add_argument("--finetuned", metavar="M2", help="pareto: also sweep this fine-tuned model (eric-lp finetune's "
                   "output from the same model and data): the fine-tuned family")
    p.add_argument("--epochs", type=positive_int, help="training epochs of each cached model (default 5; "
                   "concepts: 12)")
    p.add_argument("--seed", type=nonnegative_int, default=0, help="seed, 0 or above (default 0)")
    p.add_argument("--limit", type=positive_int, metavar="N", help="at most N images per split (quick runs)")
    p.add_argument("--cache-dir", metavar="DIR", help="model and norm cache (default ~/.cache/eric-lp)")
    p.add_argument("--json", action="store_true", help="print JSON")
