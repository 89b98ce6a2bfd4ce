"""Money lent is no commitment: a loan is a lending transaction between a lender and a
borrower, not a quantified target that parties set themselves (the spec's commitment).

"Moscow will lend Tehran 1.3 billion euros for the project", "The Russian side will
provide to Iran an intergovernmental loan of 1.3 billion euros", "India will extend a $500
million line of credit to Sri Lanka", "Japan will provide a loan of 30 billion yen to build
a power plant", "$200 million in concessional loans": the amount is a loan's. Money offered
as grants, aid, investment or financing in general stays an offer ("Xi announced 1.5 billion
yuan in grants", "26 billion yuan in financing"), and so does money of mixed kinds ("$10
billion in loans and grants": the loans are only a part).

Money given by one side alone is no commitment either (:func:`one_sided_money`): "Germany
will provide 50 million euros over three years in budget support", "Washington would
provide 65 million dollars in economic assistance this year", "the fund will invest about
$400 million over the first decade", "expects the zone to attract investment of $20
billion" name a giver (or a receiver) and no counterpart with whom a target is set. A
state's own policy aim with a deadline stays one ("Kazakhstan aims to attract $150
billion in foreign direct investment by 2029", "pledged to attract $8 billion of investment
over the next decade"), as does money given to a named recipient
("China pledged 2 billion yuan in grants to Kyrgyzstan").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_I = re.IGNORECASE
_QUAL = (
    r"(?:nearly|almost|about|approximately|around|roughly|some|close\s+to|over|more\s+than|"
    r"at\s+least|up\s+to|no\s+less\s+than|in\s+excess\s+of|an\s+estimated|a\s+further|"
    r"another|an\s+additional)"
)
_LOAN_NOUN = (
    r"(?:(?:soft|concessional|concessionary|preferential|state|sovereign|government|"
    r"intergovernmental|inter-governmental|export|bridge|syndicated|long-term)\s+)?"
    r"(?:loans?|credits?|credit\s+lines?|lines?\s+of\s+credit|lending)"
)
#: the lender's verb or the loan's noun before the amount: "will lend Tehran", "a soft loan
#: of", "extend credit of", "a credit line of"
_LOAN_BEFORE = re.compile(
    r"(?:\b(?:lend|lends|lending|lent)\b(?:\s+(?:[\w'’-]+|the\s+[\w'’-]+)){0,3}?|"
    rf"\b{_LOAN_NOUN}\s+(?:of|worth|totall?ing|amounting\s+to)|"
    # "a $500 million line of credit": the noun after the amount (below)
    r"\bloan\s+agreement\s+(?:of|for|worth))"
    rf"\s+(?:{_QUAL}\s+)?$",
    _I,
)
#: the loan's noun right after the amount: "a $553 million loan", "10 billion yuan in loans",
#: "$500 million line of credit"
_LOAN_AFTER = re.compile(
    rf"^\s*(?:(?:in|of|worth\s+of|as)\s+)?(?:(?:new|fresh|additional|further)\s+)?{_LOAN_NOUN}\b",
    _I,
)
#: other money beside the loans: "loans and grants", "grants and loans", "financing and credit"
_MIXED = re.compile(
    r"\b(?:grants?|aid|investments?|financing|funding|assistance|support|donations?)\b", _I
)

_JOINED_MIXED = re.compile(
    r"(?:\s*,\s*|\s+(?:and|or|as\s+well\s+as|plus)\s+)(?:[\w-]+\s+){0,2}?" + _MIXED.pattern,
    _I,
)
#: other money named just before the loans: "grants and loans of $2 billion"
_MIXED_JOINED = re.compile(
    _MIXED.pattern + r"(?:\s*,\s*|\s+(?:and|or|as\s+well\s+as|plus)\s+)(?:[\w-]+\s+){0,2}?$",
    _I,
)


def lent(before: str, after: str) -> bool:
    """Whether the amount between `before` (its clause up to it) and `after` (the text after
    it) is money lent, and only lent."""
    near_before = before[-120:]
    near_after = after[:80]
    loan_after = _LOAN_AFTER.match(near_after)
    loan_before = _LOAN_BEFORE.search(near_before)
    if loan_after is None and loan_before is None:
        return False
    # the money around the loan's words: its own noun phrase and a coordinated one
    if loan_after is not None and _JOINED_MIXED.match(near_after, loan_after.end()):
        return False  # "$10 billion in loans and grants"
    if loan_before is not None:
        if _MIXED_JOINED.search(near_before, 0, loan_before.start()):
            return False  # "grants and loans of $2 billion"
        phrase = near_before[loan_before.start() :]
        if re.search(r"\b(?:and|or|as\s+well\s+as|plus)\b", phrase, _I) and _MIXED.search(phrase):
            return False  # "loans and grants of $2 billion"
    # "lend ... $1 billion in grants": no such money is lent
    return not (loan_after is None and _MIXED.match(re.sub(r"^\s*(?:in|of)\s+", "", near_after)))


#: a policy aim of the one party itself (not a pledge or an undertaking to others)
_OWN_AIM = re.compile(
    r"\b(?:aim\w*|goals?|targets?|targeting|objectives?|ambitions?|strategy|seeks?|seeking|"
    r"striv\w*|plans?\s+to|planning\s+to|attract\w*)\b",
    _I,
)


def one_sided_money(
    metric: str, parties: Sequence[str], deadline: str | None, before: str
) -> bool:
    """Whether an investment amount has one party only (a donor, investor or receiver with
    no counterpart) and is not that party's own aim with a deadline (`before`: the
    sentence up to the amount)."""
    if metric != "investment" or len(parties) != 1:
        return False
    return not (deadline is not None and _OWN_AIM.search(before))
