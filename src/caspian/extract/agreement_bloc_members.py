"""Agreements: the members of a bloc as the parties, for any bloc with a membership record.

Two ways a story makes a bloc's member states the signers without naming them:

- "the (N) member states" / "the (N) members" (resolved by :mod:`caspian.extract.references`
  to the bloc's full members at the publication date) as the signers: "The heads of the
  eight member states signed the declaration, a text on the organisation's future", "The
  foreign ministers of the member states adopted a joint statement". The members are the
  parties; the bloc itself, named beside them only as a possessive or an anaphor, is not
  a second party (not "its member states", where the bloc acts for them, nor "the members
  of X" / "the ten ASEAN members", where the bloc is the party).
- the heads of state or the leaders of a bloc's summit: "At the organisation's summit ...
  the heads of state signed the Act", where the sentences before named the bloc, its
  members and its observers (the guests of a summit: no signers). The parties are the
  bloc's full members at the date; only where the context gives a guest (an observer or
  partner of the bloc) and every other actor it gives is a member ("the leaders of the EU
  and Japan signed" keeps its two sides; "the leaders signed" after a story of the bloc
  alone keeps the bloc as the party, the gold's reading of such a summit).

And "the (ten) ASEAN members" before the instrument make the bloc a party (it signs for
them), while an organisation whose name is the instrument's own is none ("the ten ASEAN
members and China ... signed the Regional Comprehensive Economic Partnership").
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc

from caspian.extract.base import actors_in, text_of
from caspian.extract.count_words import COUNT_WORDS

#: "the (eight) (full) member states", "the members": the bloc's members (not "its").
_MEMBERS_PHRASE = re.compile(
    r"^[Tt]he\s+(?:\w+\s+)?(?:full\s+)?member(?:\s+states|\s+countries|s)$"
)
#: The heads of state or leaders as the subject, with no "of X" naming whose.
_HEADS = re.compile(
    r"\b[Tt]he\s+(?:heads\s+of\s+(?:state|government)(?:\s+and\s+(?:of\s+)?government)?"
    r"|leaders|presidents)\b(?!\s+of\b)(?!\s+and\b)"
)
#: The ways of naming an actor that make it a named signer of the sentence itself.
_NAMED_VIA = frozenset({"name", "short", "demonym", "person", "office"})


def _is_organisation(actor_id: str) -> bool:
    from caspian.extract.agreement_parties import _is_organisation as is_organisation

    return is_organisation(actor_id)


def _member_states(
    doc: Doc, sent: tuple[int, int], parties: list[str], end: int | None
) -> list[str] | None:
    text = text_of(doc)
    if text.find("member", *sent) < 0:
        return None
    spans: dict[tuple[int, int], list[str]] = {}
    for mention in actors_in(doc, *sent):
        if (
            mention.via == "reference"
            and (end is None or mention.end < end)  # (not "which covers ... the member states")
            and _MEMBERS_PHRASE.match(text[mention.start : mention.end])
        ):
            spans.setdefault((mention.start, mention.end), []).append(mention.actor_id)
    if len(spans) != 1:
        return None
    members = next(iter(spans.values()))
    if len(members) < 2:
        return None
    if any(m.via != "reference" and _is_organisation(m.actor_id) for m in actors_in(doc, *sent)):
        return None  # "the EU and the member states signed": the bloc named acts for them
    from caspian.actors import load_registry

    registry = load_registry()
    on: date | None = doc._.published
    kept = [
        p
        for p in parties
        if p not in members
        and not (_is_organisation(p) and set(members) <= registry.members(p, on=on))
    ]
    return sorted(members) + kept


def _blocs_before(doc: Doc, sent: tuple[int, int]) -> list[str]:
    """The organisations named (not by an anaphor) in the three sentences before."""
    bounds: list[tuple[int, int]] = doc._.sentences or [sent]
    index = next((k for k, b in enumerate(bounds) if b[0] == sent[0]), 0)
    floor = bounds[max(0, index - 3)][0]
    found = {
        m.actor_id
        for m in actors_in(doc, floor, sent[0])
        if m.via != "reference" and _is_organisation(m.actor_id)
    }
    return sorted(found)


def _summit_heads(doc: Doc, sent: tuple[int, int], parties: list[str]) -> list[str] | None:
    text = text_of(doc)
    if _HEADS.search(text, *sent) is None:
        return None
    if any(m.via in _NAMED_VIA for m in actors_in(doc, *sent)):
        return None  # "the presidents of Kazakhstan and China": named signers
    blocs = [p for p in parties if _is_organisation(p)] or _blocs_before(doc, sent)
    if len(blocs) != 1:
        return None
    from caspian.actors import load_registry

    registry = load_registry()
    on: date | None = doc._.published
    bloc = blocs[0]
    related = {m.member for m in registry.group_memberships(bloc) if m.active(on)}
    members = registry.members(bloc, on=on)
    if len(members) < 2 or any(p != bloc and p not in related for p in parties):
        return None
    if all(p == bloc or p in members for p in parties):
        return None  # "the leaders signed" with the bloc alone: the bloc is the party
    return sorted(members)


#: "the (ten) ASEAN members", "the EAEU member states": the bloc as one party.
_BLOC_MEMBERS_AFTER = re.compile(r"\s+(?:member\s+states|member\s+countries|members)\b")
_NUMBERS = COUNT_WORDS
_THE_NUMBER_BEFORE = re.compile(r"\b[Tt]he\s+(?:(?P<n>\w+)\s+)?$")


def _own_name(doc: Doc, sent: tuple[int, int], parties: list[str], end: int | None) -> list[str]:
    """`parties` with a bloc named as "the (N) X members" before the instrument added (the
    gold's reading: the bloc signs for them), and without an organisation whose name is
    the instrument's own ("signed the Regional Comprehensive Economic Partnership")."""
    if end is None:
        return parties
    text = text_of(doc)
    from caspian.actors import load_registry

    found = list(parties)
    for mention in actors_in(doc, sent[0], end):
        if mention.via == "reference" or not _is_organisation(mention.actor_id):
            continue
        if mention.end == end and len(found) >= 3 and mention.actor_id in found:
            found.remove(mention.actor_id)  # the instrument's name, not a party
            continue
        before = _THE_NUMBER_BEFORE.search(text, max(sent[0], mention.start - 20), mention.start)
        if before is None or not _BLOC_MEMBERS_AFTER.match(text, mention.end, end):
            continue
        members = load_registry().members(mention.actor_id, on=doc._.published)
        word = (before.group("n") or "").lower()
        number = int(word) if word.isdigit() else _NUMBERS.get(word, 0)
        if before.group("n") and (not number or number != len(members)):
            continue
        if mention.actor_id not in found and members:
            found.insert(0, mention.actor_id)
    return found


def bloc_members(
    doc: Doc, sent: tuple[int, int], parties: list[str], end: int | None = None
) -> list[str]:
    """`parties` with a bloc's members as the signers where the sentence makes them so
    (see the module doc); `end`: where the instrument's mention ends (the members phrase
    names the signers only before it)."""
    parties = _own_name(doc, sent, parties, end)
    found = _member_states(doc, sent, parties, end)
    if found is None:
        found = _summit_heads(doc, sent, parties)
    return parties if found is None else found


__all__ = ["bloc_members"]
