"""Naming kernels in an extracted program: the names go into ``program.lp`` and ``program.pl``."""

from __future__ import annotations

from ..lang.labels import merge_labels, read_labels
from .folder import load_extraction, save_program

__all__ = ["label"]


def label(program_dir, labels=(), remove=(), labels_file=None):
    """Set (or remove) kernel names in an extracted program; returns the new program."""
    program, _ = load_extraction(program_dir)
    labels = list(labels) + (read_labels(labels_file) if labels_file else [])
    program = merge_labels(program, labels, remove)
    save_program(program, program_dir)
    return program
