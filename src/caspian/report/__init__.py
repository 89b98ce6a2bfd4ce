"""The Year in Review: a cited draft of an analyst's year in review, from the knowledge base.

- :mod:`~caspian.report.builder`: :func:`build_review` (knowledge base → typed review).
- :mod:`~caspian.report.sections`: one builder per section; :mod:`~caspian.report.phrasing`
  the sentence templates; :mod:`~caspian.report.citations` the numbered notes;
  :mod:`~caspian.report.projects` which project facts are one project.
- :mod:`~caspian.report.charts`, :mod:`~caspian.report.geomap`: static SVG charts and maps
  (country shapes decoded by :mod:`~caspian.report.topojson`).
- :mod:`~caspian.report.render`: HTML, Markdown and PDF from the Jinja2 templates.

What it contains and how it is built: docs/report.md.
"""

from __future__ import annotations

from caspian.errors import MissingAssetsError, RenderError
from caspian.report.builder import build_review
from caspian.report.model import YearInReview
from caspian.report.regions import Region, load_regions
from caspian.report.render import (
    FORMATS,
    Format,
    render_html,
    render_markdown,
    render_pdf,
    write_review,
)

__all__ = [
    "FORMATS",
    "Format",
    "MissingAssetsError",
    "Region",
    "RenderError",
    "YearInReview",
    "build_review",
    "load_regions",
    "render_html",
    "render_markdown",
    "render_pdf",
    "write_review",
]
