"""The verbs on models and data: train, images, layers."""

from __future__ import annotations

from ..errors import DataError
from .options import add_data_options, add_model_check_options, add_preprocess_option, print_json, say

__all__ = ["register"]


def cmd_train(args) -> int:
    from ..nn.data import load_dataset
    from ..core.files import check_output
    from ..nn.models import DEFAULT_RECIPE, PAPER_RECIPE, history_paths, save_history, save_model, train
    from ..nn.training_record import DataChoice, record_path, write_record
    recipe = PAPER_RECIPE if args.paper else DEFAULT_RECIPE
    seed = 0 if args.seed is None else args.seed
    for key, value in recipe.items():  # options given on the command line win over the recipe
        if getattr(args, key) is None:
            setattr(args, key, value)
    if not args.output.endswith(".keras"):
        raise DataError(f"-o {args.output}: the model file must end in .keras")
    for path, what in ((args.output, "model file"), (history_paths(args.output)[0], "history"),
                       (history_paths(args.output)[1], "history plot"), (record_path(args.output), "training record")):
        check_output(path, what)  # before the training, not after it
    data = load_dataset(args.dataset, args.images, args.data_root, seed, limit=args.limit)
    say(f"training {args.arch} on {data.name} ({', '.join(data.class_names)}): {len(data.train)} train, "
         f"{len(data.val)} val, {len(data.test)} test images; {args.epochs} epochs, {args.optimizer} "
         f"lr={args.lr}, batch {args.batch_size}")
    model, history, accuracy, seconds = train(data, args.arch, args.epochs, args.optimizer, args.lr,
                                              args.batch_size, seed, verbose=0 if args.json else 1,
                                              weights=args.weights)
    save_model(model, args.output)
    hist_json, hist_png = save_history(history, args.output)
    record = write_record(args.output, [DataChoice.of(args.dataset, args.images, args.data_root, seed, args.limit,
                                                      data.class_names)])
    result = {"model": args.output, "arch": args.arch, "classes": list(data.class_names),
              "accuracy": {k: round(v, 2) for k, v in accuracy.items()}, "train_seconds": round(seconds, 1),
              "history": str(hist_json), "plot": str(hist_png), "data": str(record), "seed": seed}
    if args.json:
        print_json(result)
    else:
        print(f"accuracy  train {accuracy['train']:.1f}%  val {accuracy['val']:.1f}%  test {accuracy['test']:.1f}%"
              f"  ({seconds:.0f} s)")
        print(f"saved {args.output}, history {hist_json} and {hist_png}, and the split it was trained on "
              f"(--seed {seed}) in {record}")
    return 0


def cmd_layers(args) -> int:
    from ..nn.layers import kernel_layers
    from ..nn.models import load_model
    model = load_model(args.model)
    infos = kernel_layers(model)
    if args.json:
        print_json({"model": args.model, "layers": [
            {"name": i.name, "kind": i.kind, "class": i.cls, "kernels": i.kernels,
             "output_shape": list(i.output_shape), "feeds_pool": i.feeds_pool, "reads": i.reads} for i in infos]})
        return 0
    if not infos:
        print(f"{args.model}: no layer with a 4-d output (no conv or pooling layer)")
        return 0
    width = max(24, *(len(i.name) + 1 for i in infos))
    print(f"{'layer':<{width}} {'kind':<10} {'class':<20} {'kernels':>7}  {'output':<14} reads")
    for i in infos:
        shape = "x".join(str(s) for s in i.output_shape)
        reads = "" if i.reads == i.name else i.reads
        print(f"{i.name:<{width}} {i.kind:<10} {i.cls:<20} {i.kernels:>7}  {shape:<14} {reads}".rstrip())
    return 0


def cmd_images(args) -> int:
    from ..nn.data import (check_export_folder, export_images, load_dataset, load_scenes, parse_dataset_spec,
                           scenes_dataset)
    if args.images:
        raise DataError("images writes a dataset out as PNG files; give --dataset, not --images")
    if not args.dataset:
        raise DataError("images needs --dataset SPEC (fashion-mnist[:ids], mnist5k[:ids] or scenes[:N])")
    check_export_folder(args.output)
    seed = 0 if args.seed is None else args.seed
    scenes = None
    if parse_dataset_spec(args.dataset)[0] == "scenes":  # the masks and truth.lp come with the images
        scenes = load_scenes(args.dataset, args.data_root, seed)
        data = scenes_dataset(scenes, args.data_root).limited(args.limit, seed)
    else:
        data = load_dataset(args.dataset, None, args.data_root, seed, limit=args.limit)
    counts = export_images(data, args.output, scenes)
    if args.json:
        result = {"folder": args.output, "images": counts, "classes": list(data.class_names)}
        if scenes is not None:
            result.update(masks=f"{args.output}/masks", truth=f"{args.output}/truth.lp",
                          concepts=list(scenes.concepts))
        print_json(result)
    else:
        print(f"wrote {sum(counts.values())} PNG files to {args.output}/{{train,val,test}}/<class>/ "
              f"({', '.join(f'{k} {v}' for k, v in counts.items())})")
        if scenes is not None:
            print(f"wrote their masks to {args.output}/masks/ (concepts: {args.output}/masks/concepts.txt) "
                  f"and the truth program to {args.output}/truth.lp")
    return 0


def cmd_finetune(args) -> int:
    from ..api import finetune
    from dataclasses import replace
    from ..nn.finetune import DEFAULT_SCHEDULE
    given = {k: getattr(args, k) for k in ("epochs", "strength", "warmup", "lr", "tolerance", "patience",
                                           "max_size", "distill", "backoff")
             if getattr(args, k) is not None}
    from ..pipeline.finetune import check_choice
    # before the progress line and the data
    schedule = s = check_choice(args.choose, replace(DEFAULT_SCHEDULE, **given).check())
    keeping = ("the sparsest epoch" if args.choose == "share" else "the epoch whose program is most faithful on "
               "val" + (f" (size at most {s.max_size})" if s.max_size else ""))
    say(f"fine-tuning {args.model} at {args.lep}: {s.epochs} epochs, strength {s.strength} (warm-up {s.warmup}), "
        f"Adam lr={s.lr}, keeping {keeping} within {s.tolerance} points of M's val accuracy")
    result = finetune(args.model, args.output, dataset=args.dataset, images=args.images, lep=args.lep,
                      schedule=schedule, data_root=args.data_root, limit=args.limit, preprocess=args.preprocess,
                      say=None if args.json else say, seed=args.seed, allow_overlap=args.allow_overlap,
                      choose=args.choose)
    if args.json:
        print_json(result.to_json())
        return 0
    print(f"{'':<10} {'train':>7} {'val':>7} {'test':>7}   out-of-class share (test)")
    for name, rep in (("M", result.before), ("M'", result.after)):
        print(f"{name + ' acc':<10} " + " ".join(f"{rep[s]['accuracy']:7.2f}" for s in ("train", "val", "test"))
              + f"   {rep['test']['share']:.3f}")
    if result.programs:
        print(f"{'program':<10} {'train':>7} {'val':>7} {'test':>7}   rules  size  (fidelity; the paper's extraction)")
        for name, rep in (("M", result.programs["start"]), ("M'", result.programs["kept"])):
            print(f"{name:<10} " + " ".join(f"{rep[s + '_fidelity']:7.2f}" for s in ("train", "val", "test"))
                  + f"   {rep['rules']:5d} {rep['size']:5d}")
    if result.programs and result.programs.get("max_size_met") is False:
        print(f"no program within the tolerance had at most {s.max_size} antecedents (--max-size): kept the "
              f"smallest, size {result.programs['kept']['size']}")
    if result.backoffs:
        print(f"no epoch at strength {result.schedule.strength:g} stayed within the tolerance: retried from M "
              f"{result.backoffs} time(s), the last at strength {result.schedule.strength * 0.5 ** result.backoffs:g}")
    print(f"kept epoch {result.best_epoch} of {result.epochs_run} run ({result.seconds:.0f} s"
          + (f", of which {result.programs['extract_seconds']:.0f} s extracting" if result.programs else "")
          + f"); saved {result.model}, history {result.history} and {result.plot}")
    return 0


def register(add) -> None:
    """Add the model and data verbs; `add(name, func, help)` makes one."""
    p = add("train", cmd_train, "train a CNN (vgg-small or the paper's VGG16) on a dataset and save it, with "
            "the split it was trained on in MODEL.data.json")
    add_data_options(p, seed_help="seed for the train/val/test split, --limit's sample and the training, 0 or "
                                  "above (default 0); kept in MODEL.data.json, the default of every later command")
    p.add_argument("--arch", choices=("vgg-small", "vgg16", "lenet-small"), default="vgg-small",
                   help="vgg-small (default; sized for 28x28 on a CPU), vgg16 (Keras' VGG16, weights=None) or "
                        "lenet-small (5x5 convolutions, average pooling: a shape other than VGG's)")
    p.add_argument("--epochs", type=int, help="epochs (default 5; 100 with --paper)")
    p.add_argument("--optimizer", choices=("sgd", "adam"), help="optimizer (default adam; sgd with --paper)")
    p.add_argument("--lr", type=float, help="learning rate (default 1e-3; 1e-5 with --paper)")
    p.add_argument("--batch-size", type=int, help="batch size (default 32)")
    p.add_argument("--weights", metavar="FILE", help="vgg16: start from a local Keras ImageNet weights file "
                   "(vgg16_weights_tf_dim_ordering_tf_kernels[_notop].h5, or .weights.h5); nothing is downloaded")
    p.add_argument("--paper", action="store_true",
                   help="the paper's recipe: SGD, lr 1e-5, categorical cross-entropy, batch 32, 100 epochs; "
                        "options given with it override the recipe's values")
    p.add_argument("-o", "--output", required=True, metavar="MODEL.keras", help="where to save the model")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = add("finetune", cmd_finetune, "fine-tune a model for class-specific kernel sparsity at its LEP "
            "(cross-entropy plus the out-of-class share of each image's kernel activations), so that the "
            "extracted program is more faithful; saves M' with its history and its data record, and prints "
            "accuracy before and after")
    p.add_argument("--model", required=True, metavar="M",
                   help="the trained model: a .keras file or a legacy .h5 (told apart by their bytes)")
    add_data_options(p)
    add_model_check_options(p, model=False)
    add_preprocess_option(p, extract=True)
    p.add_argument("--lep", default="block3_pool", help="the entry layer whose kernels become class-specific "
                   "(default block3_pool)")
    p.add_argument("--epochs", type=int, help="at most this many epochs (default 10; early stopping may end sooner)")
    p.add_argument("--strength", type=float, help="weight of the sparsity term after the warm-up (default 10)")
    p.add_argument("--warmup", type=int, help="epochs over which the strength ramps up linearly (default 3)")
    p.add_argument("--lr", type=float, help="Adam's learning rate (default 2e-4)")
    p.add_argument("--tolerance", type=float, help="points of val accuracy an epoch may lose against M and still "
                   "be kept (default 0.5)")
    p.add_argument("--patience", type=int, help="stop after this many epochs in a row outside the tolerance "
                   "(default 3)")
    p.add_argument("--choose", choices=("program", "share"), default="program",
                   help="which epoch is kept: 'program' (default): after every epoch the paper's extraction runs "
                   "on the training split and the epoch whose program is most faithful on val is kept; 'share': "
                   "the lowest out-of-class share on val (a proxy, no extraction)")
    p.add_argument("--max-size", type=int, metavar="N", help="keep only an epoch whose program has at most N "
                   "antecedents (the smallest one if none has)")
    p.add_argument("--distill", type=float, metavar="A", help="weight in [0, 1) of M's own class probabilities "
                   "beside the labels in the cross-entropy (default 0.5; 0: the labels alone)")
    p.add_argument("--backoff", type=int, metavar="N", help="where no epoch stays within the tolerance, retry from M "
                   "at half the strength, at most N times (default 2, at most 6; 0: keep M)")
    p.add_argument("-o", "--output", required=True, metavar="M2.keras", help="where to save the fine-tuned model")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = add("images", cmd_images, "write a dataset's splits as PNG files, one folder per class "
            "(train/, val/, test/): an image folder to try --images with; scenes also writes each image's "
            "mask under DIR/masks/ (for --masks DIR/masks) and the program that decides the classes, DIR/truth.lp")
    add_data_options(p, seed_help="seed for the train/val/test split and --limit's sample, 0 or above (default 0)")
    p.add_argument("-o", "--output", required=True, metavar="DIR")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = add("layers", cmd_layers, "list a model's layers with kernels (4-d outputs, nested models as OUTER/INNER): kind, "
            "kernel count, output shape and the layer ERIC reads for each")
    p.add_argument("model", metavar="MODEL", help="a Keras model file: .keras or legacy .h5")
    p.add_argument("--json", action="store_true", help="print JSON")
