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
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc

from caspian.extract.base import actors_in, text_of

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


def bloc_members(
    doc: Doc, sent: tuple[int, int], parties: list[str], end: int | None = None
) -> list[str]:
    """`parties` with a bloc's members as the signers where the sentence makes them so
    (see the module doc); `end`: where the instrument's mention ends (the members phrase
    names the signers only before it)."""
    found = _member_states(doc, sent, parties, end)
    if found is None:
        found = _summit_heads(doc, sent, parties)
    return parties if found is None else found


__all__ = ["bloc_members"]
