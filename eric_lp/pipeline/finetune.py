"""Fine-tune a saved model for class-specific kernel sparsity at its LEP, and save it.

The training itself is `eric_lp.nn.finetune`; this step loads the model and
the data, checks every output path before the work starts, writes the model
(atomically), its history (JSON and a PNG plot) and measures M before and
after on every split.  The epoch kept is chosen by the program: after every
epoch `ProgramScorer` runs the extraction recipe (`pipeline.recipe`, the same
steps as `extract`: the forward pass, thresholds and tree fitted on the training
split) and scores the program on validation.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from pathlib import Path

from ..core.files import check_output
from ..errors import DataError
from ..nn.finetune import DEFAULT_SCHEDULE, Schedule, finetune_model, split_report
from ..nn.layers import resolve_layers
from ..nn.preprocess import PixelCheck, choose_preprocess
from ..nn.quantise import NormCache
from .inputs import load_model_data
from .recipe import learn, quantise, read_norms
from .settings import ExtractionSettings

__all__ = ["Finetuning", "finetune", "ProgramScorer", "CHOICES"]

#: How the epoch is chosen: by the extracted program (the default) or by the out-of-class share (a proxy).
CHOICES = ("program", "share")


class ProgramScorer:
    """The extraction recipe on a model being fine-tuned: called with the model after an epoch, it reads
    the norms of every split (no norm cache: the weights change every epoch), fits the thresholds and
    learns the program on the training split as `extract` does, and gives its fidelity per split
    (``val_fidelity`` chooses), the program's validation accuracy, its rules and size."""

    def __init__(self, data, settings: ExtractionSettings, pixels: PixelCheck):
        self.data, self.settings, self.pixels = data, settings, pixels

    def __call__(self, model) -> dict:
        norms = read_norms(model, "", self.data, self.settings, NormCache(None), progress=False, pixels=self.pixels)
        learned = learn(quantise(norms, self.settings), self.settings)
        m = learned.program.metrics()
        return {**{f"{s}_fidelity": float(learned.scores[s]["fidelity"]) for s in ("train", "val", "test")},
                "val_program_accuracy": float(learned.scores["val"]["accuracy_program"]),
                "rules": int(m.rules), "size": int(m.size)}


@dataclass(frozen=True, eq=False)
class Finetuning:
    """A fine-tuned model M' and how it compares with M.

    before / after: {split: {"accuracy": percent, "share": mean out-of-class
    activation share}}; owner: the class index each LEP kernel was assigned to;
    pixels: how images were fed to the model, and why (``preprocess`` is its name);
    programs: with the epoch chosen by the program, that program's numbers
    at the start (``start``) and at the epoch kept (``kept``), else None;
    backoffs: how many milder retries from M were run (`Schedule.backoff`),
    the epoch kept being of the last one.
    """

    model: Path
    history: Path
    plot: Path
    lep: str
    tensor: str
    schedule: Schedule
    preprocess: str
    before: dict
    after: dict
    best_epoch: int
    epochs_run: int
    seconds: float
    owner: tuple
    class_names: tuple
    pixels: PixelCheck | None = None
    programs: dict | None = None
    backoffs: int = 0

    def to_json(self) -> dict:
        return {"model": str(self.model), "history": str(self.history), "plot": str(self.plot), "lep": self.lep,
                "tensor": self.tensor, "schedule": asdict(self.schedule), "preprocess": self.preprocess,
                **_pixels_record(self.pixels),
                "best_epoch": self.best_epoch, "epochs_run": self.epochs_run, "seconds": round(self.seconds, 1),
                "backoffs": self.backoffs, "strength_used": self.schedule.strength * 0.5 ** self.backoffs,
                "classes": list(self.class_names),
                "kernels_per_class": {c: [k for k, o in enumerate(self.owner) if o == i]
                                      for i, c in enumerate(self.class_names)},
                "before": _rounded(self.before), "after": _rounded(self.after),
                **({"programs": self.programs} if self.programs else {})}


def _pixels_record(check: PixelCheck | None) -> dict:
    """``preprocess_check``, and ``warnings`` when another convention scores clearly better (as extract)."""
    if check is None:
        return {}
    warning = check.warning()
    return {"preprocess_check": check.record(), **({"warnings": [warning]} if warning else {})}


def _rounded(report: dict) -> dict:
    return {s: {"accuracy": round(v["accuracy"], 2), "share": round(v["share"], 4)} for s, v in report.items()}


def check_choice(choose: str, schedule: Schedule) -> Schedule:
    """The schedule, refused with `choose` where they do not go together (the CLI asks before it says
    anything, `finetune` again for the API)."""
    if choose not in CHOICES:
        raise DataError(f"--choose {choose!r}: expected one of {', '.join(CHOICES)}")
    if choose == "share" and schedule.max_size is not None:
        raise DataError("--max-size bounds the extracted program, so it needs --choose program")
    return schedule


def finetune(model, output, dataset=None, images=None, lep: str = "block3_pool",
             schedule: Schedule = DEFAULT_SCHEDULE, data_root=None, limit: int | None = None,
             preprocess: str | None = "auto", say=None, seed: int | None = None,
             allow_overlap: bool = False, choose: str = "program",
             settings: ExtractionSettings | None = None) -> Finetuning:
    """Fine-tune the model saved at `model` and save M' at `output` (``.keras``); returns a `Finetuning`.

    lep: the layer whose kernels are made class-specific (read as `extract`
    reads it: a conv through its pool); schedule: epochs, strength, warm-up,
    learning rate, tolerance and patience (see `nn.finetune.Schedule`).
    seed: the data seed, which also seeds the fine-tuning (it replaces
    schedule.seed); None: the seed M was trained with (``M.data.json``), else
    schedule.seed.  The epoch is kept by val accuracy, so a split whose val
    (or test) images M was trained on is refused unless `allow_overlap`.
    M' gets its own record (``M2.data.json``): M's draws and this one.
    choose: ``program`` (default): keep the epoch whose extracted program is
    most faithful on validation (within the tolerance and schedule.max_size),
    the program being extracted by `settings` (default: the paper's setting at
    `lep`, as `extract` would); ``share``: the lowest out-of-class share.
    """
    from ..nn.cluster import is_chief
    from ..nn.models import check_input, history_paths, save_history, save_model
    from ..nn.training_record import extended, record_path, write_record
    output = Path(output)
    if output.suffix != ".keras":
        raise DataError(f"-o {output}: the model file must end in .keras")
    hist_json, hist_png = history_paths(output)
    for path, what in ((output, "model file"), (hist_json, "history"), (hist_png, "history plot"),
                       (record_path(output), "training record")):
        check_output(path, what)  # before the training, not after it
    schedule = check_choice(choose, schedule.check())
    loaded = load_model_data(model, dataset, images, data_root, seed, limit=limit, allow_overlap=allow_overlap,
                             fallback_seed=schedule.seed)
    keras_model, data = loaded.model, loaded.data
    schedule = replace(schedule, seed=loaded.split.choice.seed)
    check_input(keras_model, data)
    chosen = resolve_layers(keras_model, [lep])[0]
    check = choose_preprocess(keras_model, preprocess, data.train, schedule.seed)
    pixels = check.name
    if say is not None:
        say(check.note())
        if check.warning():
            say(f"warning: {check.warning()}")
    scorer = None
    if choose == "program":
        settings = replace(settings or ExtractionSettings((lep,)), preprocess=pixels, seed=schedule.seed)
        if resolve_layers(keras_model, [settings.lep])[0].tensor != chosen.tensor:
            raise DataError(f"the program is extracted at {settings.lep}, the kernels are tuned at {lep}: "
                            "give the same layer")
        scorer = ProgramScorer(data, settings, check)
    tuned = finetune_model(keras_model, chosen.tensor, data, schedule, pixels, say=say, scorer=scorer)
    programs = None
    if scorer is not None:
        keys = ("train_fidelity", "val_fidelity", "test_fidelity", "val_program_accuracy", "rules", "size")
        kept = {k: tuned.history["start_program"][k] if tuned.best_epoch == 0 else
                tuned.history[k][tuned.best_epoch - 1] for k in keys}
        programs = {"settings": settings.record(), "start": {k: tuned.history["start_program"][k] for k in keys},
                    "kept": kept, "extract_seconds": round(tuned.history["start_program"]["extract_seconds"] + sum(
                        tuned.history["extract_seconds"]), 1)}
        if schedule.max_size is not None:  # none fitting, `select_epoch` keeps the smallest: the user is told
            programs["max_size_met"] = kept["size"] <= schedule.max_size
    # before: the starting model's numbers, measured with the same kernel owners (a fresh copy from disk)
    from ..nn.models import load_model
    before = split_report(load_model(model), chosen.tensor, data, tuned.owner, tuned.scale, pixels)
    after = split_report(keras_model, chosen.tensor, data, tuned.owner, tuned.scale, pixels)
    history = {**tuned.history, "lep": chosen.layer, "tensor": chosen.tensor, "schedule": asdict(schedule),
               "split": loaded.split.to_json(),
               "before": _rounded(before), "after": _rounded(after), "preprocess": pixels, **_pixels_record(check)}
    if is_chief():  # in a cluster (`nn.cluster`), the chief alone writes; every worker took the same steps
        save_model(keras_model, output)
        write_record(output, extended(loaded.record, loaded.split.choice))
        save_history(history, output)
    return Finetuning(output, hist_json, hist_png, chosen.layer, chosen.tensor, schedule, pixels, before, after,
                      tuned.best_epoch, tuned.epochs_run, tuned.seconds, tuple(int(o) for o in tuned.owner),
                      tuple(data.class_names), check, programs, tuned.backoffs)

