"""The ``eric-lp`` command: `main(argv) -> int`, one verb per job."""

from .main import build_parser, main

__all__ = ["main", "build_parser"]
