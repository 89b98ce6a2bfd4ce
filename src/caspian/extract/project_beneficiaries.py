"""Projects: the state a project is financed for or helped to build, as its host.

A lender or partner helping a state build at home names the state right before the work:
"approved $350 million to help Tajikistan finish the X plant", "a loan of $150 million to
Kyrgyzstan to rebuild the X highway", "will lend Uzbekistan $300 million to modernise the
X plant", "is lending Georgia 100 million euros for the X port", "enable Armenia to upgrade
the X line". The state helped or lent to is the host (the lender is a party). Read only
when the sentence gives no host otherwise (see :func:`caspian.extract.project_hosts.
project_host`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from caspian.extract.base import text_of
from caspian.extract.fact_context import direct_mentions, is_company_mention, is_state
from caspian.extract.project_names import Name

_I = re.IGNORECASE
# the words before the state: a helping verb, or money lent or granted "to" it
_HELPED_BEFORE = re.compile(
    r"\b(?:help\w*|enabl\w*|assist\w*|allow\w*|support\w*)\s+(?:the\s+government\s+of\s+)?$|"
    r"\b(?:loans?|credits?|grants?|financing|funding|lend\w*|lent)\b[^.;]{0,50}?\bto\s+"
    r"(?:the\s+government\s+of\s+)?$|"
    r"\b(?:lend\w*|lent|grant\w*|give\w*|gave|provid\w*)\s+$",
    _I,
)
_WORK = (
    r"(?:build|construct|finish|complet|rebuil|reconstruct|rehabilitat|upgrad|moderni[sz]|"
    r"expand|extend|develop|electrif|repair|renovat)\w*"
)
# the words between the state and the project: an amount, then the work or "for"
_STATE_TO_WORK = re.compile(
    r"(?:\s+(?:about\s+|some\s+|another\s+|a\s+further\s+)?(?:US)?\$?€?[\d.,]+\s*"
    r"(?:million|billion|bn|mln|m)?(?:\s+(?:dollars|euros|yuan))?"
    r"(?:\s+(?:in|of)\s+(?:loans?|credit|grants?|financing|funding))?)?"
    rf"\s+(?:(?:to\s+)?{_WORK}|for)\s+"
    r"(?:(?:a|the|one)\s+(?:[\w-]+\s+){0,2}?(?:section|part|stretch|phase|segment|leg|upgrade|"
    r"expansion|extension|completion|construction)\s+of\s+)?(?:the\s+)?(?:[\w-]+\s+)?$",
    _I,
)


def beneficiary_host(doc: Doc, sent: Span, name: Name) -> str | None:
    """The one state helped, lent to or granted money to build the project named right
    after it, else None."""
    text = text_of(doc)
    found: set[str] = set()
    for mention in direct_mentions(doc, sent.start_char, name.start):
        if not is_state(mention.actor_id) or is_company_mention(mention):
            continue
        if not _HELPED_BEFORE.search(text, max(sent.start_char, mention.start - 90), mention.start):
            continue
        if _STATE_TO_WORK.fullmatch(text, mention.end, name.start):
            found.add(str(mention.actor_id))
    return next(iter(found)) if len(found) == 1 else None


__all__ = ["beneficiary_host"]
