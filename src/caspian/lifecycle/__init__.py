"""The pure core of consolidation (no database): facts in, typed entities out.

- :mod:`~caspian.lifecycle.dates`: partial ISO dates (compatibility, order, as-of).
- :mod:`~caspian.lifecycle.identity`: which facts are one agreement.
- :mod:`~caspian.lifecycle.stages`: stage events, stage as of a date, conflicts.
- :mod:`~caspian.lifecycle.others`: memberships, commitments, projects, trade figures.
- :mod:`~caspian.lifecycle.core`: the whole consolidation.
"""

from __future__ import annotations

from caspian.lifecycle.core import consolidate, consolidate_groups
from caspian.lifecycle.model import (
    Agreement,
    Commitment,
    Conflict,
    ConflictSide,
    Consolidation,
    FactRecord,
    FigureValue,
    Link,
    MembershipEvent,
    MembershipHistory,
    Project,
    ProjectEvent,
    StageEvent,
    StageState,
    Support,
    TradeFigure,
)
from caspian.lifecycle.stages import stage_as_of

__all__ = [
    "Agreement",
    "Commitment",
    "Conflict",
    "ConflictSide",
    "Consolidation",
    "FactRecord",
    "FigureValue",
    "Link",
    "MembershipEvent",
    "MembershipHistory",
    "Project",
    "ProjectEvent",
    "StageEvent",
    "StageState",
    "Support",
    "TradeFigure",
    "consolidate",
    "consolidate_groups",
    "stage_as_of",
]
