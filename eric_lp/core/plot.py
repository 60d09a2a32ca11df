"""Figures as PNG bytes, drawn off-screen: the one place matplotlib is set up."""

from __future__ import annotations

import io

__all__ = ["pyplot", "png_bytes"]


def pyplot():
    """matplotlib.pyplot on the Agg back end (no display needed), imported on first use."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    return plt


def png_bytes(fig, dpi: int = 90) -> bytes:
    """The figure as PNG bytes; the figure is closed."""
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi)
    pyplot().close(fig)
    return buf.getvalue()
