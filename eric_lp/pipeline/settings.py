"""What one extraction is asked to do: one frozen value, built once at the edge.

The CLI and the API build an `ExtractionSettings` from their options and
pass it down whole.  What a run records is written from it and read back
into it: the program header (`meta`), ``metrics.json`` and the ``settings``
block of ``quantiser.json`` (`record` / `from_record`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from ..core.program import Meta
from ..errors import DataError
from ..learn.thresholds import check_strategy
from ..nn.preprocess import check_preprocess
from ..nn.quantise import LITERALS, NORMS

__all__ = ["ExtractionSettings", "LEARNERS"]

LEARNERS = ("tree", "budget")
#: What the budget learner's splits gain (see `learn.budget.BudgetTree`).
BUDGET_CRITERION = "gini"


@dataclass(frozen=True)
class ExtractionSettings:
    """The paper's setting by default; `literals`/`grid`, `threshold` and `learner`/`budget` are
    the extensions (see the README).

    layers: Keras layer names, bottom-up; the first is the logical entry point.
    depth: rules have at most depth+1 antecedents.  alpha: a tree node holding
    less than alpha of its parent's images becomes a leaf.  budget: the most
    antecedents the ``budget`` learner may use.  seed: the data seed (the
    train/val/test split, --limit's sample, the pixel check's sample); None:
    the seed the model was trained with (its ``MODEL.data.json``), else 0,
    settled by `api.extract`.  The trees draw nothing: a tie between two
    splits goes to the lower feature index, so no seed reaches them.
    preprocess: how pixels are fed to the model (``auto``: the model's own
    preprocessing layer, else measured on training images; see
    `eric_lp.nn.preprocess`).  What a run used is in its metrics and quantiser.
    """

    layers: tuple
    depth: int = 5
    alpha: float = 0.01
    norm: str = "l1"
    literals: str = "kernel"
    grid: int | None = None
    threshold: str = "mean"
    learner: str = "tree"
    budget: int = 200
    seed: int | None = 0
    preprocess: str = "auto"

    def __post_init__(self) -> None:
        layers = (self.layers,) if isinstance(self.layers, str) else tuple(self.layers)
        object.__setattr__(self, "layers", tuple(str(x).strip() for x in layers if str(x).strip()))
        if not self.layers:
            raise DataError("no layers given; name the entry layer (--lep) or a chain bottom-up (--layers)")
        if isinstance(self.depth, bool) or not isinstance(self.depth, int) or self.depth < 0:
            raise DataError(f"--depth {self.depth!r}: expected an integer >= 0")
        if not 0 <= self.alpha < 1:
            raise DataError(f"--alpha {self.alpha!r}: expected a number in [0, 1)")
        if self.norm not in NORMS:
            raise DataError(f"--norm {self.norm!r}: expected one of {', '.join(NORMS)}")
        if self.literals not in LITERALS:
            raise DataError(f"--literals {self.literals!r}: expected one of {', '.join(LITERALS)}")
        if self.grid is not None and (self.literals != "cell" or self.grid < 1):
            raise DataError("--grid N (N >= 1) goes with --literals cell")
        check_strategy(self.threshold)
        if self.learner not in LEARNERS:
            raise DataError(f"unknown learner {self.learner!r}; expected tree (the paper's) or budget")
        if isinstance(self.budget, bool) or not isinstance(self.budget, int) or self.budget < 0:
            raise DataError(f"--budget {self.budget!r}: expected an integer >= 0")
        if self.seed is not None and (isinstance(self.seed, bool) or not isinstance(self.seed, int) or self.seed < 0):
            raise DataError(f"--seed {self.seed!r}: expected an integer >= 0")
        check_preprocess(self.preprocess)

    @classmethod
    def choose(cls, lep: str | None = None, layers=None, **options) -> "ExtractionSettings":
        """From exactly one of `lep` (one layer) or `layers` (a chain, a list or ``"a,b,c"``)."""
        if (lep is None) == (layers is None):
            raise DataError("give exactly one of lep (single layer) or layers (a chain, entry layer first)")
        if lep is not None:
            return cls((lep,), **options)
        chain = [x.strip() for x in (layers.split(",") if isinstance(layers, str) else layers) if x.strip()]
        if not chain:
            raise DataError("--layers is empty; list layers from the entry layer upwards, "
                            "e.g. block3_conv1,block3_conv2")
        return cls(tuple(chain), **options)

    @property
    def lep(self) -> str:
        return self.layers[0]

    @property
    def is_paper(self) -> bool:
        """The paper's literals, thresholds and learner (depth, alpha and norm aside)."""
        return (self.literals, self.threshold, self.learner) == ("kernel", "mean", "tree")

    @property
    def literals_name(self) -> str:
        """``kernel``, ``cell``, ``group`` or ``cell:2x2`` (cells over a grid)."""
        return self.literals if self.grid is None else f"{self.literals}:{self.grid}x{self.grid}"

    def meta(self, lep_atom: str) -> Meta:
        """The program header: what made the program, and only what its learner used.

        The paper's tree: depth and alpha.  The budget learner: its name,
        criterion and budget instead.  The literal family when it is not kernels.
        """
        literals = None if self.literals == "kernel" else self.literals_name
        if self.learner == "budget":
            return Meta(lep=lep_atom, norm=self.norm, threshold=self.threshold, literals=literals,
                        learner=self.learner, criterion=BUDGET_CRITERION, budget=self.budget)
        return Meta(lep=lep_atom, depth=self.depth, alpha=self.alpha, norm=self.norm, threshold=self.threshold,
                    literals=literals)

    def record(self) -> dict:
        """The settings as JSON fields: the paper's always, the extensions only when used."""
        out = {"layers": list(self.layers), "lep": self.lep, "depth": self.depth, "alpha": self.alpha,
               "norm": self.norm, "seed": self.seed}
        if not self.is_paper:
            out.update(literals=self.literals_name, threshold=self.threshold, learner=self.learner)
            if self.learner == "budget":
                out["budget"] = self.budget
        if self.preprocess != "auto":  # as asked; what auto chose is recorded beside (metrics, quantiser)
            out["preprocess"] = self.preprocess
        return out

    @classmethod
    def from_record(cls, data: dict, where: str = "settings") -> "ExtractionSettings":
        """Back from `record` (``metrics.json`` or the ``settings`` of ``quantiser.json``)."""
        try:
            literals, _, grid = str(data.get("literals", "kernel")).partition(":")
            return cls(tuple(data["layers"]), int(data["depth"]), float(data["alpha"]), str(data["norm"]),
                       literals, int(grid.split("x")[0]) if grid else None, str(data.get("threshold", "mean")),
                       str(data.get("learner", "tree")), int(data.get("budget", 200)), int(data.get("seed") or 0),
                       str(data.get("preprocess", "auto")))
        except (KeyError, TypeError, ValueError) as exc:
            raise DataError(f"{where}: not an eric-lp settings record ({exc.__class__.__name__}: {exc})") from None

    def as_dict(self) -> dict:
        return asdict(self)
