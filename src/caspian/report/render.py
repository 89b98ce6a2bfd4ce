"""Render a :class:`YearInReview` as HTML (self-contained: inline CSS, charts as data
URIs), Markdown (footnotes; charts as SVG files beside it) or PDF (WeasyPrint from the
same HTML), with the Jinja2 templates in ``report/templates``."""

from __future__ import annotations

import base64
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from caspian.errors import InputError, RenderError
from caspian.report import phrasing as say
from caspian.report.model import Note, YearInReview
from caspian.report.sections import pending_label

Format = Literal["html", "md", "pdf"]
FORMATS: tuple[Format, ...] = ("html", "md", "pdf")


@cache
def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("caspian.report", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html.j2",), default=False),
        undefined=StrictUndefined,
        trim_blocks=False,
        lstrip_blocks=False,
        keep_trailing_newline=True,
    )
    env.filters["pending_label"] = pending_label
    env.filters["name"] = say.short_name
    return env


def _css() -> str:
    return (Path(__file__).parent / "templates" / "review.css").read_text(encoding="utf-8")


def hover_text(note: Note) -> str:
    """The title= text of a note link: the quoted sentence and where it comes from."""
    source = note.source
    where = ", ".join(x for x in (source.title, source.outlet, source.published) if x)
    return f"“{' '.join(source.quote.split())}” — {where}"


def _names(review: YearInReview) -> dict[str, str]:
    hosts = {p.host for p in review.connectivity.projects}
    return {h: say.short_name(h) for h in hosts}


def _context(review: YearInReview, images: Mapping[str, str]) -> dict[str, object]:
    return {
        "r": review,
        "images": images,
        "hover": {n.number: hover_text(n) for n in review.notes},
        "names": _names(review),
        "stage_names": say.STAGE_NAMES,
    }


def render_html(review: YearInReview) -> str:
    """One self-contained HTML page."""
    images = {
        key: "data:image/svg+xml;base64," + base64.b64encode(c.svg.encode("utf-8")).decode()
        for key, c in review.charts.items()
    }
    template = _environment().get_template("review.html.j2")
    return template.render(css=_css(), **_context(review, images))


@dataclass(frozen=True, slots=True)
class MarkdownOutput:
    text: str
    files: dict[str, str]  # relative path -> SVG text


def render_markdown(review: YearInReview, *, assets_dir: str) -> MarkdownOutput:
    """Markdown with footnotes; charts referenced as SVG files under `assets_dir`."""
    files = {f"{assets_dir}/{key}.svg": c.svg for key, c in review.charts.items()}
    images = {key: f"{assets_dir}/{key}.svg" for key in review.charts}
    template = _environment().get_template("review.md.j2")
    return MarkdownOutput(template.render(**_context(review, images)), files)


def render_pdf(review: YearInReview) -> bytes:
    """The PDF of the HTML page (WeasyPrint)."""
    with warnings.catch_warnings():
        # WeasyPrint warns at import when the system lacks libharfbuzz-subset (it still
        # works without it); the warning says nothing about our input
        warnings.filterwarnings("ignore", message="HarfBuzz-Subset", category=DeprecationWarning)
        from weasyprint import HTML  # heavy import: only when a PDF is asked for

    try:
        return bytes(HTML(string=render_html(review)).write_pdf())
    except Exception as err:  # WeasyPrint raises many kinds; report it as ours
        raise RenderError(f"the PDF could not be made: {err}") from err


def write_review(review: YearInReview, path: str | Path, *, fmt: Format | None = None) -> Path:
    """Write the review to `path` in `fmt` (default: from the file's extension)."""
    out = Path(path)
    chosen = fmt or _format_of(out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        if chosen == "html":
            out.write_text(render_html(review), encoding="utf-8")
        elif chosen == "md":
            assets = f"{out.stem}_files"
            rendered = render_markdown(review, assets_dir=assets)
            for name, svg in rendered.files.items():
                target = out.parent / name
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(svg, encoding="utf-8")
            out.write_text(rendered.text, encoding="utf-8")
        else:
            out.write_bytes(render_pdf(review))
    except OSError as err:
        raise RenderError(f"{out}: cannot write the review: {err.strerror}") from None
    return out


def parse_format(text: str) -> Format:
    """A --format value, checked."""
    for known in FORMATS:
        if text.lower() == known:
            return known
    raise InputError(f"--format: '{text}' is not one of {', '.join(FORMATS)}")


def _format_of(path: Path) -> Format:
    suffix = path.suffix.lower().lstrip(".")
    if suffix in ("htm", "html"):
        return "html"
    if suffix in ("md", "markdown"):
        return "md"
    if suffix == "pdf":
        return "pdf"
    raise InputError(f"{path}: cannot tell the format from the extension; use --format")
