"""Agreements: one event read twice, kept once.

"The EU and Egypt signed a joint declaration elevating their relations to a strategic and
comprehensive partnership" and "the two Presidents signed the Joint Statement on Enhanced
Strategic Partnership, by which the parties decided to raise the relations to the level
of enhanced strategic partnership" each state one event: the relationship raised by the
text that declares it. The sentence rules read two facts there (the declaration signed,
the partnership upgraded); :func:`declared_upgrades` keeps the upgrade, the fact the
event is about, and drops the signed declaration (or the signed relationship named by the
declaration's title) of the same parties, sentence and date. A later sentence that only
points back at that declaration ("the two leaders signed the declaration in Cairo") tells
the same event again and is dropped too. A declaration signed in a clause of its own,
coordinated with the announcement ("signed a Joint Statement and announced that relations
are elevated to ..."), is a second act and stays.
"""

from __future__ import annotations

import re

from caspian.extract.instruments import RELATIONSHIPS
from caspian.facts import AgreementFact, Instrument, Stage

#: What a text that raises a relationship is read as when its signing is told.
_DECLARING = frozenset({Instrument.JOINT_DECLARATION, *RELATIONSHIPS})
#: "signed the declaration", "the joint statement was signed": a pointer back, no name.
_POINTER = re.compile(
    r"\b(?:the|this|that)\s+(?:joint\s+)?(?:declaration|statement)\b(?!\s+(?:on|of|for)\b)", re.I
)


#: "the leaders signed a Joint Statement and announced that relations are elevated": the
#: declaration and the upgrade in coordinated clauses, two acts (each one fact).
_SEPARATE_ACT = re.compile(
    r"\b(?:signed|adopted|issued|released)\s+(?:a|the)\s+(?:[Jj]oint\s+)?(?:[Ss]tatement"
    r"|[Dd]eclaration|[Cc]ommuniqu\w+)\s+and\s+(?:then\s+|also\s+)?(?:announced|declared|said"
    r"|stated|agreed|decided|confirmed)\b"
)


def _key(fact: AgreementFact) -> tuple[frozenset[str], str | None]:
    return (frozenset(fact.parties), fact.date)


def declared_upgrades(facts: list[AgreementFact]) -> list[AgreementFact]:
    """`facts` without a signed declaration that an upgrade of the doc stands for."""
    upgrades = {
        (f.evidence_start, _key(f))
        for f in facts
        if f.stage is Stage.UPGRADED and f.instrument in RELATIONSHIPS
    }
    if not upgrades:
        return facts
    kept: list[AgreementFact] = []
    absorbed: set[tuple[frozenset[str], str | None]] = set()
    pointers: list[AgreementFact] = []
    for fact in facts:
        if fact.stage is Stage.SIGNED and fact.instrument in _DECLARING:
            if (fact.evidence_start, _key(fact)) in upgrades and not (
                fact.instrument is Instrument.JOINT_DECLARATION
                and _SEPARATE_ACT.search(fact.evidence)
            ):
                absorbed.add(_key(fact))
                continue
            if (
                fact.title is None
                and fact.instrument is Instrument.JOINT_DECLARATION
                and _POINTER.search(fact.evidence)
            ):
                pointers.append(fact)
        kept.append(fact)
    dropped = {id(f) for f in pointers if _key(f) in absorbed}
    return [f for f in kept if id(f) not in dropped]


#: "more than a dozen memorandums and cooperation agreements": one uncounted bundle.
_VAGUE_PAIR = re.compile(
    r"\b(?:more\s+than\s+(?:a\s+dozen|\w+)|dozens\s+of|scores\s+of|several|numerous|various"
    r"|many|a\s+(?:number|series|raft|host|package|set|range)\s+of)\s+(?:(?:other|bilateral|new"
    r"|intergovernmental)\s+)?(?:memorand\w+|MoUs|agreements|documents|deals)\s+and\s+"
    r"(?:[\w-]+\s+){0,2}(?:memorand\w+|MoUs|agreements|documents|deals)\b",
    re.I,
)
_BUNDLED = frozenset(
    {
        Instrument.MEMORANDUM_OF_UNDERSTANDING,
        Instrument.COOPERATION_AGREEMENT,
        Instrument.INVESTMENT_DEALS,
    }
)


def _bundle_key(fact: AgreementFact) -> tuple[int | None, frozenset[str], Stage, str | None]:
    return (fact.evidence_start, frozenset(fact.parties), fact.stage, fact.date)


def vague_bundles(facts: list[AgreementFact]) -> list[AgreementFact]:
    """One fact for an uncounted bundle of memorandums and agreements of one sentence (the
    spec's one fact per instrument is for instruments told apart); a bundle with an amount
    ("a series of agreements and memorandums worth $5 billion") is bulk deals."""
    bulk = {
        _bundle_key(f)
        for f in facts
        if f.instrument is Instrument.INVESTMENT_DEALS and _VAGUE_PAIR.search(f.evidence)
    }
    kept: list[AgreementFact] = []
    seen: set[tuple[int | None, frozenset[str], Stage, str | None]] = set()
    for fact in facts:
        if fact.instrument in _BUNDLED and _VAGUE_PAIR.search(fact.evidence):
            key = _bundle_key(fact)
            if key in seen or (key in bulk and fact.instrument is not Instrument.INVESTMENT_DEALS):
                continue
            seen.add(key)
        kept.append(fact)
    return kept


__all__ = ["declared_upgrades", "vague_bundles"]
