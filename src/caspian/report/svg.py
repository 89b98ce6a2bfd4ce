"""Matplotlib figures to standalone SVG text (no display, no files, deterministic)."""

from __future__ import annotations

import io
import re
from typing import Any

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt

#: colours of the report (also used by the CSS)
INK = "#1f2933"
MUTED = "#7b8794"
ACCENT = "#c2410c"  # new this year
ACCENT_2 = "#0f766e"  # upgraded / second series
LAND = "#eef0f2"
CORE = "#d9e2ec"
WATER = "#f8fafc"

STAGE_COLOURS: dict[str, str] = {
    "proposed": "#9aa5b1",
    "negotiating": "#9aa5b1",
    "concluded": "#62b0e8",
    "initialed": "#2186eb",
    "signed": "#0f766e",
    "ratified": "#7c3aed",
    "in_force": "#4c1d95",
    "implemented": "#4c1d95",
    "reaffirmed": "#d97706",
    "upgraded": "#c2410c",
    "superseded": "#616e7c",
    "suspended": "#b91c1c",
    "terminated": "#7f1d1d",
}

POLE_COLOURS = ("#b91c1c", "#d97706", "#2563eb", "#0f766e", "#7c3aed", "#a16207",
                "#db2777", "#64748b")


def new_figure(width: float, height: float) -> tuple[Any, Any]:
    plt.rcParams.update({
        "svg.fonttype": "none",
        "svg.hashsalt": "caspian",
        "font.family": "DejaVu Sans",
        "font.size": 8,
        "axes.edgecolor": MUTED,
        "axes.labelcolor": INK,
        "xtick.color": INK,
        "ytick.color": INK,
    })
    fig, ax = plt.subplots(figsize=(width, height))
    return fig, ax


def to_svg(fig: Any, *, key: str) -> str:
    """The figure as SVG markup without XML prolog; element ids prefixed by `key` so that
    several charts can sit in one page."""
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None})
    plt.close(fig)
    text = buffer.getvalue()
    text = text[text.index("<svg"):]
    text = re.sub(r"(\d\.\d\d)\d+", r"\1", text)  # 0.01 pt is finer than any printer
    text = re.sub(r'id="([^"]+)"', lambda m: f'id="{key}-{m.group(1)}"', text)
    text = re.sub(r"url\(#([^)]+)\)", lambda m: f"url(#{key}-{m.group(1)})", text)
    text = re.sub(r'xlink:href="#([^"]+)"', lambda m: f'xlink:href="#{key}-{m.group(1)}"', text)
    return text
