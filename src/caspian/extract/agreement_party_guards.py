"""Agreements: the last checks of a fact's parties, for any state or bloc.

- The speaker of a reporting clause is no party of what it reports
  (:mod:`caspian.extract.reporters`): "Kazakhstan's foreign ministry said the two sides
  agreed ...".
- A bloc named as a party acts for its member states named beside it: "Thailand signed a
  free trade agreement with the four EFTA states (Iceland, Liechtenstein, Norway and
  Switzerland)" is between Thailand and EFTA; "von der Leyen and the presidents of
  Argentina, Brazil, Paraguay and Uruguay concluded the EU-Mercosur agreement" between the
  EU and Mercosur. Only with two or more members and a party outside the bloc: "Kazakhstan,
  Kyrgyzstan and Russia signed a customs agreement with the EAEU commission" keeps its
  members (no one else is there for the bloc to face), and so does a list that names the
  bloc and its members side by side as signers ("the United States, India, the European
  Union, France, Germany and Italy signed a memorandum": each signed).
"""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise

from spacy.tokens import Doc

from caspian.extract.agreement_bloc_members import bloc_members
from caspian.extract.agreement_parties import _is_organisation
from caspian.extract.base import text_of
from caspian.extract.parties import party_mentions
from caspian.extract.reporters import without_reporters

#: A number that makes plural instruments a summary, not one each.
_VAGUE = re.compile(
    r"\b(?:several|many|various|numerous|multiple|dozens?|some|\d+|two|three"
    r"|four|five|six|seven|eight|nine|ten)\b"
)
#: Between two items of one list of actors.
_LISTED = re.compile(r"\s*(?:,|and|&|,\s*and)\s*(?:the\s+)?")


def _listed_together(doc: Doc, sent: tuple[int, int], bloc: str, members: frozenset[str]) -> bool:
    """Whether the sentence names the bloc and one of its members as items of one list."""
    text = text_of(doc)
    mentions = party_mentions(doc, *sent)
    for first, second in pairwise(mentions):
        ids = {first.actor_id, second.actor_id}
        if (
            bloc in ids
            and ids & members
            and _LISTED.fullmatch(text, first.end, second.start) is not None
        ):
            return True
    return False


def bloc_for_members(
    doc: Doc, sent: tuple[int, int], parties: list[str], on: date | None
) -> list[str]:
    """`parties` with the members of a bloc that is itself a party left out, when two or
    more of them are named and a party outside the bloc remains (see the module doc)."""
    if len(parties) < 4:
        return parties
    blocs = [p for p in parties if _is_organisation(p)]
    if not blocs:
        return parties
    from caspian.actors import load_registry

    registry = load_registry()
    for bloc in blocs:
        members = registry.members(bloc, on=on)
        inside = [p for p in parties if p in members]
        outside = [p for p in parties if p != bloc and p not in members]
        if len(inside) >= 2 and outside and not _listed_together(doc, sent, bloc, members):
            parties = [p for p in parties if p not in members]
    return parties


def each_subject(
    plural: bool, modifiers: str, parties: list[str], partners: list[str]
) -> list[list[str]] | None:
    """One party pair per subject for plural instruments signed "with" one partner (see
    the module doc), or None."""
    if not plural or len(partners) != 1 or len(parties) < 3 or _VAGUE.search(modifiers):
        return None
    subjects = [p for p in parties if p != partners[0]]
    if len(subjects) < 2 or partners[0] not in parties:
        return None
    return [[subject, partners[0]] for subject in subjects]


#: "with" right after an instrument, before its partner.
_WITH_AFTER = re.compile(r"\s+with\s+(?:the\s+)?")
#: How far back the list an instrument is picked out of may be (characters).
_LIST_BACK = 1200


def _picked_out(doc: Doc, sent: tuple[int, int], end: int, parties: list[str]) -> list[str]:
    """`parties` without the other items of a list the instrument ending at `end` is
    picked out of by its own partner (see the module doc)."""
    text = text_of(doc)
    with_after = _WITH_AFTER.match(text, end, sent[1])
    if with_after is None:
        return parties
    own = party_mentions(doc, with_after.end(), sent[1])
    if not own or own[0].start != with_after.end():
        return parties
    partner = own[0].actor_id
    named = {m.actor_id for m in party_mentions(doc, *sent)}
    earlier = party_mentions(doc, max(0, sent[0] - _LIST_BACK), sent[0])
    listed: set[str] = set()
    chain: set[str] = {earlier[0].actor_id} if earlier else set()
    for first, second in pairwise(earlier):
        if _LISTED.fullmatch(text, first.end, second.start) is None:
            if partner in chain:
                listed |= chain
            chain = set()
        chain.add(second.actor_id)
    if partner in chain:
        listed |= chain
    dropped = [p for p in parties if p in listed and p not in named and p != partner]
    kept = [p for p in parties if p not in dropped]
    return kept if len(kept) >= 2 else parties


#: After the instrument, the others that did the same on their own: "signed an association
#: agreement with the EU, alongside Moldova and Ukraine" (each signed its own), ", as did
#: Uzbekistan", ", just like Kyrgyzstan".
_ALONGSIDE = re.compile(
    r",\s+(?:alongside|as\s+did|as\s+had|just\s+(?:as|like)|like|much\s+as)\s+(?:the\s+)?"
)


def _alongside(doc: Doc, sent: tuple[int, int], end: int, parties: list[str]) -> list[str]:
    """`parties` without the actors named after "alongside"/"as did" past the instrument
    ending at `end` (see :data:`_ALONGSIDE`), if two parties remain."""
    text = text_of(doc)
    found = _ALONGSIDE.search(text, end, sent[1])
    if found is None:
        return parties
    clause_end = (
        next(
            (
                m.start()
                for m in re.finditer(
                    r"[;.]|,\s+(?:and|but|which|while)\s", text[found.end() : sent[1]]
                )
            ),
            sent[1] - found.end(),
        )
        + found.end()
    )
    others = {m.actor_id for m in party_mentions(doc, found.end(), clause_end)}
    before = {m.actor_id for m in party_mentions(doc, sent[0], found.start())}
    kept = [p for p in parties if p not in others or p in before]
    return kept if len(kept) >= 2 else parties


def checked_parties(
    doc: Doc, sent: tuple[int, int], parties: list[str], end: int | None = None
) -> list[str]:
    """The parties of an agreement fact after the checks of the module doc (`end`: where
    the instrument's mention ends)."""
    parties = bloc_members(doc, sent, parties, end)  # "the heads of the eight member states"
    if len(parties) < 3:
        return parties
    parties = without_reporters(doc, sent, parties)
    if end is not None and len(parties) >= 3:
        parties = _picked_out(doc, sent, end, parties)
    if end is not None and len(parties) >= 3:
        parties = _alongside(doc, sent, end, parties)  # ", alongside Moldova and Ukraine"
    return bloc_for_members(doc, sent, parties, doc._.published)


__all__ = ["bloc_for_members", "checked_parties", "each_subject"]
