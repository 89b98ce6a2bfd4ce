"""Agreements: talks on an instrument that the clause says were completed
(``caspian.agreements.v1``).

"Negotiations on the free trade agreement between A and B were concluded on Monday",
"Talks between A and B on a trade deal were successfully completed", "negotiations on
the text of a peace treaty had been completed": the subject of the completion verb is
the talks, not the instrument; the instrument's stage is
``concluded`` (not ``negotiating``, nor ``signed`` for a passive "concluded"). The talks
noun must come right before the instrument (with "between ...", "on", "over", "for"),
and the completion verb after it in the same clause.
"""

from __future__ import annotations

import re

from caspian.extract.instruments import InstrumentMention
from caspian.extract.stages import Cue
from caspian.facts import Stage

#: "negotiations on the", "talks between Indonesia and the EU on a", right before the
#: instrument (its modifiers included).
_TALKS_BEFORE = re.compile(
    r"\b(?:negotiations|talks)\s+(?:(?:between|among|with)\s+[^,;:.]{2,80}?\s+)?"
    r"(?:on|over|for|about|towards?)\s+(?:the\s+|a\s+|an\s+|their\s+|its\s+)?"
    r"(?:(?:final\s+|draft\s+|full\s+)?text\s+of\s+(?:the\s+|a\s+|an\s+|their\s+|its\s+)?)?$",
    re.I,
)
#: The completion verb of the talks, after the instrument (and its "between A and B").
_COMPLETED = re.compile(
    r"(?:\s+(?:between|among|with)\s+[^,;:.]{2,80}?)?,?\s+(?:(?:have|has|had)\s+been|were|was)"
    r"\s+(?:(?:formally|successfully|finally|officially|now)\s+)?(?P<verb>concluded|completed"
    r"|finali[sz]ed|wrapped\s+up)\b"
)


def concluded_talks(text: str, sent: tuple[int, int], mention: InstrumentMention) -> Cue | None:
    """A ``concluded`` cue for an instrument whose talks the clause says were completed."""
    if not _TALKS_BEFORE.search(text, max(sent[0], mention.start - 120), mention.start):
        return None
    done = _COMPLETED.match(text, mention.end, sent[1])
    if done is None:
        return None
    return Cue(done.start("verb"), done.end("verb"), Stage.CONCLUDED, True, done.group("verb"))


__all__ = ["concluded_talks"]
