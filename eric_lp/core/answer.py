"""What an engine returns for a batch: classes derived and rules fired, per image.

Every engine (numpy, clingo, SWI-Prolog) returns an `Answer` of the same
shape, so they can be compared with `==` in the tests.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["Answer"]


@dataclass(frozen=True, eq=False)
class Answer:
    """classes: bool (n_images, n_classes); fired: bool (n_images, n_rules).

    Columns follow `class_names` and `rule_ids` (the program's order).
    """

    images: np.ndarray
    class_names: tuple
    rule_ids: tuple
    classes: np.ndarray
    fired: np.ndarray

    def predicted(self) -> np.ndarray:
        """Index of each image's class, or -1 where none or several were derived."""
        single = self.classes.sum(axis=1) == 1
        return np.where(single, self.classes.argmax(axis=1), -1)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Answer):
            return NotImplemented
        return (self.class_names == other.class_names and self.rule_ids == other.rule_ids
                and np.array_equal(self.images, other.images)
                and np.array_equal(self.classes, other.classes)
                and np.array_equal(self.fired, other.fired))

    __hash__ = None

    def rows(self) -> list[dict]:
        """One dict per image: ``{"image": 17, "classes": [...], "fired": [...]}``."""
        names, ids = np.asarray(self.class_names, dtype=object), np.asarray(self.rule_ids, dtype=object)
        return [{"image": int(img), "classes": list(names[c]), "fired": list(ids[f])}
                for img, c, f in zip(self.images.tolist(), self.classes, self.fired)]

    @classmethod
    def from_pairs(cls, images, class_names, rule_ids, class_pairs, fired_pairs) -> "Answer":
        """Build from (image id, class name) and (image id, rule id) pairs read from a solver."""
        images = np.asarray(images, dtype=np.int64)
        row = {img: i for i, img in enumerate(images.tolist())}
        ccol = {c: j for j, c in enumerate(class_names)}
        rcol = {r: j for j, r in enumerate(rule_ids)}

        def table(pairs, col, width):
            out = np.zeros((len(images), width), dtype=bool)
            if pairs:  # one fancy-index assignment: solvers return hundreds of thousands of pairs
                out[[row[img] for img, _ in pairs], [col[name] for _, name in pairs]] = True
            return out
        return cls(images, tuple(class_names), tuple(rule_ids), table(class_pairs, ccol, len(class_names)),
                   table(fired_pairs, rcol, len(rule_ids)))
