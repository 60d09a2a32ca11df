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
        """Index of each image's class, or -1 where none or several were derived: an image with
        two classes is no prediction of either (scoring counts -1 as a miss)."""
        single = self.classes.sum(axis=1) == 1
        return np.where(single, self.classes.argmax(axis=1), -1)

    def undecided(self) -> dict:
        """How many images got no class, and how many several: the images `predicted` gives -1.
        An extracted program derives exactly one class for every image; a hand-written one need not."""
        derived = self.classes.sum(axis=1)
        return {"no_class": int(np.sum(derived == 0)), "several_classes": int(np.sum(derived > 1))}

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
