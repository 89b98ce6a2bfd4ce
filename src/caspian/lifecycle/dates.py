"""Partial ISO dates (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``) as the facts give them.

A partial date stands for the whole period it names: ``2025`` is every day of 2025,
``2025-08`` every day of August 2025. From that one reading follow all the rules:

- **interval**: :func:`first_day` and :func:`last_day` give the period's bounds.
- **compatible**: two dates may name the same day when their periods overlap; for
  partial ISO dates that is exactly "one is a prefix of the other" (``2025`` and
  ``2025-08`` are compatible, ``2025-07`` and ``2025-08`` are not).
- **definitely before**: ``a`` is surely earlier than ``b`` when ``a``'s period ends
  before ``b``'s begins (``2025-07`` is before ``2025-08-05``; ``2025`` is not before
  ``2025-08``).
- **order**: the sort key is the string itself, so a period sorts at its start and a
  coarser date before the finer dates inside it (``2025`` < ``2025-08`` < ``2025-08-05``
  < ``2025-09``). The order is total and deterministic.
- **as of**: an event dated ``e`` has happened as of ``d`` when ``e``'s period has begun by
  the end of ``d``'s period (``first_day(e) <= last_day(d)``): an event of ``2025-08`` has
  happened as of ``2025-08-01`` and of ``2025-09``, not as of ``2025-07-31``.
"""

from __future__ import annotations

import calendar
from datetime import date as Date

from caspian.facts import check_partial_date

PRECISION_YEAR = 1
PRECISION_MONTH = 2
PRECISION_DAY = 3


def precision(value: str) -> int:
    """1 for a year, 2 for a month, 3 for a day."""
    return {4: PRECISION_YEAR, 7: PRECISION_MONTH, 10: PRECISION_DAY}[len(value)]


def first_day(value: str) -> str:
    """The first day of the period, as YYYY-MM-DD."""
    if len(value) == 4:
        return value + "-01-01"
    if len(value) == 7:
        return value + "-01"
    return value


def last_day(value: str) -> str:
    """The last day of the period, as YYYY-MM-DD."""
    if len(value) == 4:
        return value + "-12-31"
    if len(value) == 7:
        year, month = int(value[:4]), int(value[5:7])
        return f"{value}-{calendar.monthrange(year, month)[1]:02d}"
    return value


def compatible(a: str, b: str) -> bool:
    """True when the two periods overlap (one date is a prefix of the other)."""
    return a.startswith(b) or b.startswith(a)


def before(a: str, b: str) -> bool:
    """True when `a` is surely earlier than `b` (its period ends before `b`'s begins)."""
    return last_day(a) < first_day(b)


def happened_by(event: str, as_of: str) -> bool:
    """True when the event's period has begun by the end of the `as_of` period."""
    return first_day(event) <= last_day(as_of)


def more_precise(a: str, b: str) -> str:
    """Of two compatible dates, the more precise one."""
    return a if len(a) >= len(b) else b


def year(value: str) -> str:
    return value[:4]


def parse_as_of(value: str | Date | None, *, today: Date | None = None) -> str:
    """An `--as-of` value as a partial ISO date (a date object or None: that day / today)."""
    if value is None:
        return (today or Date.today()).isoformat()
    if isinstance(value, Date):
        return value.isoformat()
    return check_partial_date(value.strip())
